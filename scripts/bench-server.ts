// `npm run bench:server [-- --entities N] [--seed S]`: server mode's benchmark. Writes synthetic FtM data
// (100,000 entities by default; 1,000,000 for the full run), imports it into the embedded PGlite and into a
// PostgreSQL server (DATABASE_URL, or a throw-away one started here), then times the API's search, entity,
// expansion and path requests and the same statements run directly in psql (the floor). Prints a table and
// writes bench-results/server-<entities>.{json,md}.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from '../server/api/app.ts';
import { openDatabase } from '../server/db/open.ts';
import type { Database, Queryable } from '../server/db/types.ts';
import { generateFtmLines } from './lib/synthetic.ts';
import { cpuModel } from './lib/bench/machine.ts';
import { percentile } from './lib/bench/stats.ts';
import { psqlTimes, type Statement } from './lib/bench-server/psqlFloor.ts';

const { values } = parseArgs({
  options: { entities: { type: 'string' }, seed: { type: 'string' }, samples: { type: 'string' } },
});
const entities = Number(values.entities ?? '100000');
const seed = Number(values.seed ?? '1');
const samples = Number(values.samples ?? '200');
const work = mkdtempSync(join(tmpdir(), 'bench-server-'));

async function writeData(path: string): Promise<void> {
  const out = createWriteStream(path);
  let batch: string[] = [];
  for (const line of generateFtmLines({ seed, entities })) {
    batch.push(line);
    if (batch.length === 5000) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      batch = [];
    }
  }
  out.end(`${batch.join('\n')}\n`);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

function ingestInChild(
  file: string,
  flag: '--dir' | '--url',
  where: string,
): { entities: number; elapsedMs: number; peakRssMb: number } {
  const out = execFileSync('npx', ['tsx', 'scripts/lib/bench-server/ingestChild.ts', file, flag, where], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { entities: number; elapsedMs: number; peakRssMb: number };
}

/** A typo as people make them: one letter of the name dropped. */
function typo(name: string, i: number): string {
  if (name.length < 6) return name;
  const at = 2 + (i % (name.length - 4));
  return name.slice(0, at) + name.slice(at + 1);
}

interface Workload {
  search: string[];
  entity: string[];
  expand: string[];
  path: string[];
}

/** Requests drawn from the data (seeded by md5 order, so both databases get the same ones). */
async function workload(db: Database): Promise<Workload> {
  const names = await db.query<{ name: string }>(
    `SELECT name FROM explorer.names WHERE property = 'name' ORDER BY md5(entity_id || name) LIMIT ${samples}`,
  );
  const parties = await db.query<{ id: string }>(
    `SELECT id FROM explorer.entities WHERE schema IN ('Person', 'Company', 'Organization', 'PublicBody') ORDER BY md5(id) LIMIT ${samples}`,
  );
  const connected = await db.query<{ id: string }>(
    `SELECT DISTINCT entity_id AS id, md5(entity_id) FROM explorer.adjacency ORDER BY md5(entity_id) LIMIT ${samples}`,
  );
  // Path ends: a walk of up to 3 steps from a connected entity, so a path of at most 3 steps exists.
  const path: string[] = [];
  for (const [i, { id }] of connected.slice(0, Math.min(100, samples)).entries()) {
    let at = id;
    for (let step = 0; step < 3; step++) {
      const next = await db.query<{ other_id: string }>(
        `SELECT other_id FROM explorer.adjacency WHERE entity_id = $1 ORDER BY md5(other_id || $2) LIMIT 1`,
        [at, String(i)],
      );
      if (next[0] === undefined) break;
      at = next[0].other_id;
    }
    if (at !== id) path.push(`/paths?from=${encodeURIComponent(id)}&to=${encodeURIComponent(at)}&maxDepth=4`);
  }
  return {
    search: names.map((n, i) => `/search?q=${encodeURIComponent(typo(n.name, i))}&limit=10`),
    entity: parties.map((p) => `/entities/${encodeURIComponent(p.id)}`),
    expand: connected.map((c) => `/entities/${encodeURIComponent(c.id)}/neighbours?limit=200`),
    path,
  };
}

/** Wraps a database so the statements of each request can be replayed in psql. */
function recording(db: Database): { db: Database; take(): Statement[] } {
  let log: Statement[] = [];
  const logged =
    (q: Queryable): Queryable['query'] =>
    (sql, params = []) => {
      log.push({ sql, params });
      return q.query(sql, params);
    };
  const wrapped: Database = {
    ...db,
    query: logged(db),
    exec: (sql) => db.exec(sql),
    // Replayed in psql between the same BEGIN and COMMIT: settings made for one transaction must hold there too.
    transaction: async (w) => {
      log.push({ sql: 'BEGIN', params: [] });
      const result = await db.transaction((tx) => w({ ...tx, query: logged(tx) }));
      log.push({ sql: 'COMMIT', params: [] });
      return result;
    },
    close: () => db.close(),
  };
  return {
    db: wrapped,
    take: () => {
      const out = log;
      log = [];
      return out;
    },
  };
}

type Kind = keyof Workload;
interface Timings {
  ms: Record<Kind, number[]>;
  statements: Record<Kind, Statement[][]>;
}

async function timeApi(db: Database, load: Workload): Promise<Timings> {
  const rec = recording(db);
  const api = createApi(rec.db);
  for (const path of load.search.slice(0, 20)) await api.request(path); // warm-up
  rec.take();
  const ms = { search: [], entity: [], expand: [], path: [] } as Record<Kind, number[]>;
  const statements = { search: [], entity: [], expand: [], path: [] } as Record<Kind, Statement[][]>;
  for (const kind of ['search', 'entity', 'expand', 'path'] as const) {
    for (const path of load[kind]) {
      const start = performance.now();
      const response = await api.request(path);
      await response.text();
      ms[kind].push(performance.now() - start);
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      statements[kind].push(rec.take().filter((s) => !s.sql.includes('pg_namespace')));
    }
  }
  return { ms, statements };
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

async function startPostgres(): Promise<{ url: string; stop(): void }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => undefined };
  // Its own folder directly in /tmp: the postgres user must be able to reach it.
  const dir = mkdtempSync(join(tmpdir(), 'bench-postgres-'));
  const url = execFileSync('scripts/lib/test-postgres.sh', ['start', dir, '54339'], { encoding: 'utf8' }).trim();
  return { url, stop: () => execFileSync('scripts/lib/test-postgres.sh', ['stop', dir]) };
}

const file = join(work, `synthetic-${entities}.ftm.json`);
console.error(`writing ${entities.toLocaleString('en')} synthetic FtM entities...`);
await writeData(file);
const postgres = await startPostgres();
const results: Record<'pglite' | 'postgres', { ingest: ReturnType<typeof ingestInChild>; timings: Timings }> =
  {} as never;
let floor: Record<Kind, number[]> | undefined;
try {
  for (const name of ['pglite', 'postgres'] as const) {
    console.error(`${name}: importing...`);
    const dbDir = join(work, 'pglite-db');
    const ingest = name === 'pglite' ? ingestInChild(file, '--dir', dbDir) : ingestInChild(file, '--url', postgres.url);
    console.error(
      `${name}: ${ingest.entities} entities in ${fmt(ingest.elapsedMs)}, peak RSS ${ingest.peakRssMb} MB; timing requests...`,
    );
    const db = await openDatabase(name === 'pglite' ? { dir: dbDir } : { url: postgres.url });
    const load = await workload(db);
    const timings = await timeApi(db, load);
    await db.close();
    results[name] = { ingest, timings };
    if (name === 'postgres') {
      floor = { search: [], entity: [], expand: [], path: [] };
      for (const kind of ['search', 'entity', 'expand', 'path'] as const) {
        floor[kind] = psqlTimes(postgres.url, timings.statements[kind], join(work, `${kind}.sql`));
      }
    }
  }
} finally {
  postgres.stop();
}

const rows: [string, (t: Timings) => string, string][] = [
  ['search p50', (t) => fmt(percentile(t.ms.search, 50)), 'search'],
  ['search p95', (t) => fmt(percentile(t.ms.search, 95)), 'search'],
  ['entity with relation counts p95', (t) => fmt(percentile(t.ms.entity, 95)), 'entity'],
  ['expansion, up to 200 neighbours p95', (t) => fmt(percentile(t.ms.expand, 95)), 'expand'],
  ['shortest path up to 4 steps p95', (t) => fmt(percentile(t.ms.path, 95)), 'path'],
];
const rate = (i: { entities: number; elapsedMs: number }) =>
  Math.round(i.entities / (i.elapsedMs / 1000)).toLocaleString('en');
const pct = (kind: Kind, p: number) => (floor ? fmt(percentile(floor[kind], p)) : 'n/a');
const table = [
  `| ${entities.toLocaleString('en')} entities | embedded (PGlite) | PostgreSQL ${'server'} | psql floor (server) |`,
  '| --- | ---: | ---: | ---: |',
  `| ingest rate | ${rate(results.pglite.ingest)}/s | ${rate(results.postgres.ingest)}/s | |`,
  `| ingest time | ${fmt(results.pglite.ingest.elapsedMs)} | ${fmt(results.postgres.ingest.elapsedMs)} | |`,
  `| peak RSS of the importing process | ${results.pglite.ingest.peakRssMb} MB | ${results.postgres.ingest.peakRssMb} MB (the server's own memory not counted) | |`,
  ...rows.map(([label, f, kind]) => {
    const p = label.includes('p50') ? 50 : 95;
    return `| ${label} | ${f(results.pglite.timings)} | ${f(results.postgres.timings)} | ${pct(kind as Kind, p)} |`;
  }),
].join('\n');
const counts = `${results.pglite.timings.ms.search.length} searches (names with one letter dropped), ${results.pglite.timings.ms.entity.length} entities, ${results.pglite.timings.ms.expand.length} expansions, ${results.pglite.timings.ms.path.length} paths`;
const machine = `${cpuModel()}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, Node ${process.version}`;
const md = `${table}\n\nRequests: ${counts}, timed through the API handler (Hono, JSON) in one process. Machine: ${machine}.\n`;
console.log(md);
if (!existsSync('bench-results')) throw new Error('run from the repository root');
writeFileSync(`bench-results/server-${entities}.md`, md);
writeFileSync(
  `bench-results/server-${entities}.json`,
  `${JSON.stringify({ entities, seed, machine, date: new Date().toISOString(), results, floor }, (k, v) => (k === 'statements' ? undefined : v), 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
