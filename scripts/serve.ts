// `npm run serve -- --data FILE [--db DIR] [--port P]`: imports an FtM file (plain, gzip or a nested export)
// into the embedded PostgreSQL (PGlite, in DIR) or, with DATABASE_URL, a PostgreSQL server, then serves the
// app and its API on 127.0.0.1. Without --data it serves what the database already holds.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createServerApp } from '../server/app.ts';
import { LIVE_SCHEMA, migrate } from '../server/db/migrate.ts';
import { openDatabase } from '../server/db/open.ts';
import { redact } from '../server/db/postgres.ts';
import { DatabaseError } from '../server/db/types.ts';
import { hasData } from '../server/api/queries.ts';
import { ingestFile } from '../server/ingest/ingest.ts';
import { formatProgress } from '../server/ingest/progress.ts';

const USAGE = `usage: npm run serve -- [--data FILE] [--db DIR] [--port P]
  --data  an FtM JSON-lines file (plain or .gz, or an OpenSanctions nested export) to import first
  --db    folder of the embedded database (default .explorer-db); ignored when DATABASE_URL is set
  --port  port on 127.0.0.1 (default 8787)
  DATABASE_URL=postgres://user@host:port/db  use that PostgreSQL server (15 or later) instead`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        data: { type: 'string' },
        db: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port ?? '8787');
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number\n${USAGE}`);
if (values.data !== undefined && !existsSync(values.data)) fail(`no such file: ${values.data}`);

const url = process.env.DATABASE_URL;
const dir = resolve(values.db ?? '.explorer-db');
try {
  const db = await openDatabase(url ? { url } : { dir });
  console.error(url ? `database: PostgreSQL server at ${redact(url)}` : `database: embedded PostgreSQL in ${dir}`);
  if (values.data !== undefined) {
    const tty = process.stderr.isTTY;
    let lastLine = 0;
    const result = await ingestFile(db, values.data, {
      onProgress: (progress) => {
        const now = Date.now();
        if (!tty && now - lastLine < 5000 && progress.stage === 'load') return;
        lastLine = now;
        process.stderr.write(tty ? `\r${formatProgress(progress)}\x1b[K` : `${formatProgress(progress)}\n`);
      },
      onSkip: (skipped) => {
        if (tty) process.stderr.write('\r\x1b[K');
        console.error(`line ${skipped.line} skipped (${skipped.problem}): ${skipped.detail}`);
      },
    });
    if (tty) process.stderr.write('\n');
    const rate = Math.round(result.entities / (result.elapsedMs / 1000));
    console.error(
      `imported ${result.entities.toLocaleString('en')} entities from ${result.file} in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
        `(${rate.toLocaleString('en')}/s); ${result.skipped} lines skipped; ` +
        `${result.danglingEdges} relations and ${result.danglingMeasures} measures dropped for an end not in the file`,
    );
  } else if (!(await hasData(db))) {
    fail(`the database holds no import yet: start with --data FILE\n${USAGE}`);
  } else {
    await migrate(db, LIVE_SCHEMA);
  }
  const app = createServerApp(db, resolve('dist'));
  serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
    console.error(`serving the app and its API on http://127.0.0.1:${info.port}/ (Ctrl-C stops)`);
  });
  const stop = () => {
    void db.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof DatabaseError) fail(error.message);
  throw error;
}
