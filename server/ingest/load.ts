// Writes batches of derived rows into the staging schema: one multi-row INSERT per table per batch, built
// from arrays with unnest (the same SQL on PGlite and on a PostgreSQL server).
import type { Queryable } from '../db/types.ts';
import { STAGING_SCHEMA } from '../db/migrate.ts';
import type { DerivedRows } from './derive.ts';

const S = STAGING_SCHEMA;

/** Merges fragments of one id within a batch (a single INSERT cannot touch one row twice). */
function mergeFragments(batch: readonly DerivedRows[]): DerivedRows['entity'][] {
  const byId = new Map<string, DerivedRows['entity']>();
  for (const { entity } of batch) {
    const seen = byId.get(entity.id);
    if (seen === undefined) {
      byId.set(entity.id, { ...entity, properties: { ...entity.properties } });
      continue;
    }
    for (const [name, list] of Object.entries(entity.properties)) {
      const merged = seen.properties[name] ?? [];
      seen.properties[name] = [...merged, ...list.filter((v) => !merged.includes(v))];
    }
  }
  return [...byId.values()];
}

/** Inserts one batch; returns how many of its entities repeated an id already stored or in the batch. */
export async function insertBatch(db: Queryable, batch: readonly DerivedRows[]): Promise<number> {
  const entities = mergeFragments(batch);
  const stored = await db.query<{ inserted: boolean }>(
    `INSERT INTO ${S}.entities (id, schema, caption, properties, first_seen, last_change)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[])
     ON CONFLICT (id) DO UPDATE SET properties = ${S}.merge_properties(entities.properties, EXCLUDED.properties)
     RETURNING (xmax = 0) AS inserted`,
    [
      entities.map((e) => e.id),
      entities.map((e) => e.schema),
      entities.map((e) => e.caption),
      entities.map((e) => JSON.stringify(e.properties)),
      entities.map((e) => e.firstSeen),
      entities.map((e) => e.lastChange),
    ],
  );
  const repeats = batch.length - stored.filter((r) => r.inserted).length;

  const names = batch.flatMap((b) => b.names);
  if (names.length > 0) {
    await db.query(
      `INSERT INTO ${S}.names (entity_id, name, norm, property) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
      [names.map((n) => n.entityId), names.map((n) => n.name), names.map((n) => n.norm), names.map((n) => n.property)],
    );
  }
  const ids = batch.flatMap((b) => b.identifiers);
  if (ids.length > 0) {
    await db.query(
      `INSERT INTO ${S}.identifiers (entity_id, scheme, value, norm) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
      [ids.map((i) => i.entityId), ids.map((i) => i.scheme), ids.map((i) => i.value), ids.map((i) => i.norm)],
    );
  }
  const edges = batch.flatMap((b) => b.edges);
  if (edges.length > 0) {
    // Each relation is stored from both ends, so one entity's neighbours are one index range.
    const ends = edges.flatMap((e) => [
      { entity: e.sourceId, other: e.targetId, direction: 'out', e },
      { entity: e.targetId, other: e.sourceId, direction: 'in', e },
    ]);
    await db.query(
      `INSERT INTO ${S}.adjacency (entity_id, other_id, relation_id, type, direction, label, start_date, end_date)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
      [
        ends.map((x) => x.entity),
        ends.map((x) => x.other),
        ends.map((x) => x.e.relationId),
        ends.map((x) => x.e.type),
        ends.map((x) => x.direction),
        ends.map((x) => x.e.label),
        ends.map((x) => x.e.startDate),
        ends.map((x) => x.e.endDate),
      ],
    );
  }
  const measures = batch.flatMap((b) => b.measures);
  if (measures.length > 0) {
    await db.query(
      `INSERT INTO ${S}.measures (entity_id, sanction_id, kind, kind_guessed, authority_id, authority, program, start_date, end_date, listing_date)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`,
      [
        measures.map((m) => m.entityId),
        measures.map((m) => m.sanctionId),
        measures.map((m) => m.kind),
        measures.map((m) => m.kindGuessed),
        measures.map((m) => m.authorityId),
        measures.map((m) => m.authority),
        measures.map((m) => m.program),
        measures.map((m) => m.startDate),
        measures.map((m) => m.endDate),
        measures.map((m) => m.listingDate),
      ],
    );
  }
  return repeats;
}
