// The one small interface the server talks to a database through: the embedded PGlite and a PostgreSQL
// server (node-postgres) both implement it, so every query and migration is the same SQL on both.

/** A row as the driver returns it: column name to value. */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one parameterised statement ($1, $2...) and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Appends rows to `table` with COPY FROM: `text` in COPY's text format, one line per row. */
  copyFrom(table: string, columns: string, text: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database error the command line can explain: what failed and what is still in place. */
export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

/**
 * Trigram thresholds for name search (pg_trgm's defaults are 0.3 and 0.6; the word threshold is kept): a name within one or two typos
 * of the query still passes (a dropped letter in "Ahmad Abbasi" scores 0.77), and a common first name no longer
 * drags thousands of candidates through the index recheck.
 */
export const TRIGRAM_SETTINGS = { 'pg_trgm.similarity_threshold': '0.4', 'pg_trgm.word_similarity_threshold': '0.6' };
