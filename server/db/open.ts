// Chooses the database: a PostgreSQL server when a URL is given (DATABASE_URL), else the embedded one.
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Database } from './types.ts';

export interface DatabaseChoice {
  /** postgres://... : use that server. */
  url?: string;
  /** Folder of the embedded database; in memory when absent. */
  dir?: string;
}

export function openDatabase(choice: DatabaseChoice): Promise<Database> {
  return choice.url ? openPostgres(choice.url) : openPglite(choice.dir);
}
