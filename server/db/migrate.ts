// Versioned migrations: the numbered SQL files in ./migrations, applied in order to one schema of the
// database and recorded in that schema's schema_migrations table, so each runs once.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './types.ts';

/** The schema the API reads; an import is loaded into STAGING_SCHEMA and swapped in when complete. */
export const LIVE_SCHEMA = 'explorer';
export const STAGING_SCHEMA = 'explorer_staging';

export type MigrationPhase = 'before-load' | 'after-load';

export interface Migration {
  version: number;
  name: string;
  phase: MigrationPhase;
  sql: string;
}

const FOLDER = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Every migration in the repository, in version order. */
export function loadMigrations(): Migration[] {
  return readdirSync(FOLDER)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(`${FOLDER}${file}`, 'utf8');
      const phase: MigrationPhase = /^-- phase: after-load/m.test(sql) ? 'after-load' : 'before-load';
      return { version: Number(file.slice(0, 3)), name: file.replace(/\.sql$/, ''), phase, sql };
    });
}

/** Creates the extension the name index needs (trusted in PostgreSQL 13+: a database owner may create it). */
export async function ensureExtensions(db: Database): Promise<void> {
  await db.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
}

/**
 * Applies to `schema` the migrations of the given phases it has not had yet, each in its own transaction.
 * Returns the versions applied.
 */
export async function migrate(
  db: Database,
  schema: string,
  phases: readonly MigrationPhase[] = ['before-load', 'after-load'],
): Promise<number[]> {
  await ensureExtensions(db);
  await db.exec(
    `CREATE SCHEMA IF NOT EXISTS ${schema};
     CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const done = new Set(
    (await db.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations`)).map((r) => r.version),
  );
  const applied: number[] = [];
  for (const migration of loadMigrations()) {
    if (done.has(migration.version) || !phases.includes(migration.phase)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(`SET LOCAL search_path TO ${schema}, public;\n${migration.sql}`);
      await tx.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    });
    applied.push(migration.version);
  }
  return applied;
}
