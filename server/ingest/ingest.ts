// Imports an FtM file: streamed into a staging schema in batches, checked and indexed there, then swapped in
// for the live schema in one short transaction. Until the swap the previous import stays usable; a failure
// (a full disk, a lost connection) leaves it in place and the staging schema is dropped on the next run.
import { basename } from 'node:path';
import { LIVE_SCHEMA, migrate, STAGING_SCHEMA } from '../db/migrate.ts';
import { DatabaseError, type Database } from '../db/types.ts';
import { deriveRows, type DerivedRows } from './derive.ts';
import { insertBatch, mergeFragments } from './load.ts';
import { openFtmSource, type SkippedLine } from './source.ts';
import { computeSummary } from './summary.ts';

export interface IngestProgress {
  entities: number;
  lines: number;
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
  /** 'load' while reading the file, then 'index' while building indexes and the summary. */
  stage: 'load' | 'index';
}

export interface IngestOptions {
  /** Entities per INSERT batch (default 2000). */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Every skipped line, as it is met. */
  onSkip?: (skipped: SkippedLine) => void;
}

export interface IngestResult {
  file: string;
  entities: number;
  lines: number;
  /** Lines skipped (not JSON, not an FtM entity), the first 100 listed. */
  skipped: number;
  skippedLines: SkippedLine[];
  /** Edges and measures dropped because an end is not in the file. */
  danglingEdges: number;
  danglingMeasures: number;
  elapsedMs: number;
}

const S = STAGING_SCHEMA;

/** Removes repeated derived rows (a fragment or a nested child given twice). */
async function dropRepeats(db: Database): Promise<void> {
  const keys: Record<string, string> = {
    names: 'entity_id, norm',
    identifiers: 'entity_id, scheme, norm',
    adjacency: 'entity_id, other_id, relation_id, direction',
    measures: 'entity_id, sanction_id, kind',
  };
  for (const [table, key] of Object.entries(keys)) {
    const same = key
      .split(', ')
      .map((c) => `a.${c} = b.${c}`)
      .join(' AND ');
    await db.exec(`DELETE FROM ${S}.${table} a USING ${S}.${table} b WHERE a.ctid > b.ctid AND ${same}`);
  }
}

async function dropDangling(db: Database): Promise<{ edges: number; measures: number }> {
  const edges = await db.query(
    `DELETE FROM ${S}.adjacency a WHERE NOT EXISTS (SELECT 1 FROM ${S}.entities e WHERE e.id = a.entity_id)
       OR NOT EXISTS (SELECT 1 FROM ${S}.entities e WHERE e.id = a.other_id) RETURNING 1`,
  );
  const measures = await db.query(
    `DELETE FROM ${S}.measures m WHERE NOT EXISTS (SELECT 1 FROM ${S}.entities e WHERE e.id = m.entity_id) RETURNING 1`,
  );
  await db.exec(
    `DELETE FROM ${S}.identifiers i WHERE NOT EXISTS (SELECT 1 FROM ${S}.entities e WHERE e.id = i.entity_id)`,
  );
  // Both ends of an edge were counted; report relations.
  return { edges: edges.length / 2, measures: measures.length };
}

/** The staging schema becomes the live one; the previous import is dropped. One transaction. */
async function swapIn(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec(`DROP SCHEMA IF EXISTS ${LIVE_SCHEMA}_previous CASCADE`);
    const live = await tx.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [LIVE_SCHEMA]);
    if (live.length > 0) await tx.exec(`ALTER SCHEMA ${LIVE_SCHEMA} RENAME TO ${LIVE_SCHEMA}_previous`);
    await tx.exec(`ALTER SCHEMA ${S} RENAME TO ${LIVE_SCHEMA}`);
    await tx.exec(`DROP SCHEMA IF EXISTS ${LIVE_SCHEMA}_previous CASCADE`);
  });
}

/**
 * Imports `path` into `db`, replacing the previous import when it completes: entities keyed by id, those
 * no longer in the file gone. Broken lines are reported and skipped, never abort the import.
 */
export async function ingestFile(db: Database, path: string, options: IngestOptions = {}): Promise<IngestResult> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 2000;
  const skippedLines: SkippedLine[] = [];
  let skipped = 0;
  const source = openFtmSource(path, (line) => {
    skipped++;
    if (skippedLines.length < 100) skippedLines.push(line);
    options.onSkip?.(line);
  });
  let entities = 0;
  let lines = 0;
  const progress = (stage: IngestProgress['stage']) =>
    options.onProgress?.({
      entities,
      lines,
      bytesRead: source.bytesRead(),
      totalBytes: source.totalBytes,
      elapsedMs: Date.now() - started,
      stage,
    });
  // One batch is written while the next is read and derived: the database and the parsing overlap.
  let writing: Promise<void> | undefined;
  const write = async (batch: DerivedRows[]) => {
    await writing;
    writing = insertBatch(db, batch).then(() => {
      entities += batch.length;
      progress('load');
    });
    // Awaited at the next write; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  };
  try {
    await db.exec(`DROP SCHEMA IF EXISTS ${S} CASCADE`);
    await migrate(db, S, ['before-load']);
    let batch: DerivedRows[] = [];
    for await (const line of source.lines) {
      lines = line.line;
      for (const entity of line.entities) batch.push(deriveRows(entity));
      if (batch.length >= batchSize) {
        await write(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await write(batch);
    await writing;
    progress('index');
    const repeats = await mergeFragments(db);
    if (repeats > 0) await dropRepeats(db);
    // Indexes first: finding dangling edges looks each end up by the entities' primary key.
    await migrate(db, S, ['after-load']);
    const dangling = await dropDangling(db);
    await db.exec(
      `ANALYZE ${S}.entities; ANALYZE ${S}.names; ANALYZE ${S}.name_norms; ANALYZE ${S}.identifiers; ANALYZE ${S}.adjacency; ANALYZE ${S}.measures`,
    );
    const result: IngestResult = {
      file: basename(path),
      entities: entities - repeats,
      lines,
      skipped,
      skippedLines,
      danglingEdges: dangling.edges,
      danglingMeasures: dangling.measures,
      elapsedMs: 0,
    };
    await computeSummary(db, S, result);
    await swapIn(db);
    result.elapsedMs = Date.now() - started;
    return result;
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(
      `the import of ${basename(path)} stopped after ${entities.toLocaleString('en')} entities: ${why}. ` +
        'The previous import, if any, is still in place.',
      { cause: error },
    );
  }
}
