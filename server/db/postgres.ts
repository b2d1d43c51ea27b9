// A PostgreSQL server (15 or later) through node-postgres' pool: the same SQL as the embedded database.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyStream } from 'pg-copy-streams';
import { DatabaseError, TRIGRAM_SETTINGS, type Database, type Queryable, type Row } from './types.ts';

/** COPY FROM STDIN on one connection (pg-copy-streams); fails as a query would when the connection is lost. */
async function copyInto(client: pg.PoolClient, table: string, columns: string, text: string): Promise<void> {
  await pipeline(Readable.from([Buffer.from(text)]), client.query(copyStream(`COPY ${table} (${columns}) FROM STDIN`)));
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async copyFrom(table: string, columns: string, text: string) {
      if (!(client instanceof pg.Pool)) return copyInto(client, table, columns, text);
      const connection = await client.connect();
      try {
        await copyInto(connection, table, columns, text);
      } finally {
        connection.release();
      }
    },
  };
}

/** Connects to `url` (postgres://user@host:port/db); fails with a clear message when the server cannot be reached. */
export async function openPostgres(url: string, poolSize = 8): Promise<Database> {
  const options = Object.entries(TRIGRAM_SETTINGS)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    const why = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(`cannot connect to the PostgreSQL server at ${redact(url)}: ${why}`, { cause: error });
  }
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The address without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
