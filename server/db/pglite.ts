// The embedded database: PostgreSQL compiled to WebAssembly (PGlite) with pg_trgm, kept in a folder or,
// without one, in memory (tests). Nothing to install.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { TRIGRAM_SETTINGS, type Database, type Queryable, type Row } from './types.ts';

function wrap(db: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async copyFrom(table: string, columns: string, text: string) {
      // PGlite reads COPY's input from the blob passed with the query, named /dev/blob.
      await db.query(`COPY ${table} (${columns}) FROM '/dev/blob'`, [], { blob: new Blob([text]) });
    },
  };
}

/** Opens (creating if needed) an embedded database in `dir`, or in memory when `dir` is undefined. */
export async function openPglite(dir?: string): Promise<Database> {
  const db = await PGlite.create(dir ?? 'memory://', { extensions: { pg_trgm } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  for (const [name, value] of Object.entries(TRIGRAM_SETTINGS)) await db.exec(`SET ${name} = ${value}`);
  const base = wrap(db);
  return {
    kind: 'pglite',
    ...base,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}
