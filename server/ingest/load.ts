// Writes batches of derived rows into the staging schema with COPY (the bulk path of both PGlite and a
// PostgreSQL server), one transaction per batch, and merges the fragments of one id once the file is read.
import type { Database, Queryable } from '../db/types.ts';
import { STAGING_SCHEMA } from '../db/migrate.ts';
import type { DerivedRows } from './derive.ts';

const S = STAGING_SCHEMA;

type Cell = string | boolean | null;

/** One field in COPY's text format: backslash, tab and line breaks escaped, NULL as \N. */
function field(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

/** Rows as COPY text: one line per row, fields separated by tabs. */
export function copyText(rows: readonly (readonly Cell[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(field).join('\t')}\n`;
  return text;
}

async function copyRows(tx: Queryable, table: string, columns: string, rows: readonly (readonly Cell[])[]) {
  if (rows.length > 0) await tx.copyFrom(`${S}.${table}`, columns, copyText(rows));
}

/**
 * Writes one batch in one transaction. Fragments (several lines with one id) are all written here and merged
 * by mergeFragments after the load: checking each row against the primary key while loading cost more than
 * the rest of the load together.
 */
export async function insertBatch(db: Database, batch: readonly DerivedRows[]): Promise<void> {
  await db.transaction(async (tx) => {
    // A batch lost to a crash is an import to run again, never a corrupt one: no need to wait for the disk.
    await tx.exec('SET LOCAL synchronous_commit = off');
    await copyRows(
      tx,
      'entities',
      'id, schema, caption, properties, first_seen, last_change',
      batch.map(({ entity: e }) => [
        e.id,
        e.schema,
        e.caption,
        JSON.stringify(e.properties),
        e.firstSeen,
        e.lastChange,
      ]),
    );
    await copyRows(
      tx,
      'names',
      'entity_id, name, norm, property',
      batch.flatMap((b) => b.names.map((n) => [n.entityId, n.name, n.norm, n.property])),
    );
    await copyRows(
      tx,
      'identifiers',
      'entity_id, scheme, value, norm',
      batch.flatMap((b) => b.identifiers.map((i) => [i.entityId, i.scheme, i.value, i.norm])),
    );
    // Each relation is stored from both ends, so one entity's neighbours are one index range.
    await copyRows(
      tx,
      'adjacency',
      'entity_id, other_id, relation_id, type, direction, label, start_date, end_date',
      batch.flatMap((b) =>
        b.edges.flatMap((e) => [
          [e.sourceId, e.targetId, e.relationId, e.type, 'out', e.label, e.startDate, e.endDate],
          [e.targetId, e.sourceId, e.relationId, e.type, 'in', e.label, e.startDate, e.endDate],
        ]),
      ),
    );
    await copyRows(
      tx,
      'measures',
      'entity_id, sanction_id, kind, kind_guessed, authority_id, authority, program, start_date, end_date, listing_date',
      batch.flatMap((b) =>
        b.measures.map((m) => [
          m.entityId,
          m.sanctionId,
          m.kind,
          m.kindGuessed,
          m.authorityId,
          m.authority,
          m.program,
          m.startDate,
          m.endDate,
          m.listingDate,
        ]),
      ),
    );
  });
}

/**
 * Makes each id one row: the lines of a repeated id become one entity with the first line's schema, caption
 * and dates and every line's property values, in file order without repeats. Returns how many lines were
 * merged into an earlier one. The table is only appended to during the load, so ctid order is file order.
 */
export async function mergeFragments(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.exec(
      `CREATE TABLE ${S}.fragments AS
       SELECT id, (array_agg(schema ORDER BY ctid))[1] AS schema, (array_agg(caption ORDER BY ctid))[1] AS caption,
              ${S}.merge_properties_agg(properties ORDER BY ctid) AS properties,
              (array_agg(first_seen ORDER BY ctid))[1] AS first_seen,
              (array_agg(last_change ORDER BY ctid))[1] AS last_change, count(*) AS lines
       FROM ${S}.entities
       WHERE id IN (SELECT id FROM ${S}.entities GROUP BY id HAVING count(*) > 1)
       GROUP BY id`,
    );
    const [row] = await tx.query<{ repeats: string | number }>(
      `SELECT coalesce(sum(lines - 1), 0) AS repeats FROM ${S}.fragments`,
    );
    const repeats = Number(row?.repeats ?? 0);
    if (repeats > 0) {
      await tx.exec(
        `DELETE FROM ${S}.entities WHERE id IN (SELECT id FROM ${S}.fragments);
         INSERT INTO ${S}.entities (id, schema, caption, properties, first_seen, last_change)
         SELECT id, schema, caption, properties, first_seen, last_change FROM ${S}.fragments`,
      );
    }
    await tx.exec(`DROP TABLE ${S}.fragments`);
    return repeats;
  });
}
