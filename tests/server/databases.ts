// The databases the server tests run against: the embedded PGlite always, and a PostgreSQL server when
// DATABASE_URL is set (CI starts one). Each test file gets a fresh, empty database of its own.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPglite } from '../../server/db/pglite.ts';
import { openPostgres } from '../../server/db/postgres.ts';
import type { Database } from '../../server/db/types.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<{ db: Database; drop(): Promise<void> }>;
}

async function freshPostgres(url: string): Promise<{ db: Database; drop(): Promise<void> }> {
  const name = `explorer_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openPostgres(target.toString());
  return {
    db,
    async drop() {
      await db.close();
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name}`);
      await again.end();
    },
  };
}

export const TEST_DATABASES: TestDatabase[] = [
  {
    name: 'pglite',
    async open() {
      const db = await openPglite();
      return { db, drop: () => db.close() };
    },
  },
];
const url = process.env.DATABASE_URL;
if (url) TEST_DATABASES.push({ name: 'postgres', open: () => freshPostgres(url) });

/** Writes `text` to a new temporary file and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-server-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** FtM JSON lines from entity objects. */
export function ftmLines(entities: readonly object[]): string {
  return `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`;
}
