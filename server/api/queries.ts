// The API's reads: each one SQL statement (or a few) on the live schema, the same on PGlite and a server.
import { LIVE_SCHEMA } from '../db/migrate.ts';
import { TRIGRAM_SETTINGS, type Queryable, type Database } from '../db/types.ts';
import { normaliseIdentifier, normaliseName, type MeasureRow } from '../ingest/derive.ts';
import type { DatasetRankings, DatasetSummary, RankedEntity } from '../ingest/summary.ts';

const S = LIVE_SCHEMA;

export type SearchHit = {
  id: string;
  schema: string;
  caption: string;
  /** The name or identifier that matched. */
  matched: string;
  /** 0-1 for names (trigram similarity), 2 for an exact identifier. */
  score: number;
};

/**
 * How much closer a match a longer query asks for. The trigram thresholds rise from their floors
 * (TRIGRAM_SETTINGS) to `1 - trigramsAllowedOff / trigrams in the query`, capped at `atMost`: a long name typed
 * with a typo or two still finds itself, while names that merely share its common words ("... Industrial
 * Corporation") no longer pass, outrank it, or have to be scored one by one (at 1,000,000 entities they made the
 * slowest searches). Measured on 200 names with one letter dropped, the first hit was unchanged or closer.
 */
export const SEARCH_STRICTNESS = {
  similarity: { trigramsAllowedOff: 10, atMost: 0.8 },
  word: { trigramsAllowedOff: 3, atMost: 0.9 },
} as const;

// Set for this transaction only (set_config's `true`), from the query's own trigrams as pg_trgm counts them.
const SET_THRESHOLDS_FOR_QUERY = `SELECT
  set_config('pg_trgm.similarity_threshold',
    greatest($2::real, least($5::real, 1 - $4::real / greatest(1, cardinality(show_trgm($1)))))::text, true),
  set_config('pg_trgm.word_similarity_threshold',
    greatest($3::real, least($7::real, 1 - $6::real / greatest(1, cardinality(show_trgm($1)))))::text, true)`;

/**
 * Names by trigram similarity (typo tolerant: "Abasi" finds "Abbasi") or word similarity (a query that is one
 * word of a longer name), and identifiers exactly after normalising; best first. A longer query asks for a
 * closer match (see SEARCH_STRICTNESS).
 */
export async function searchEntities(
  db: Database,
  input: { q: string; limit: number; offset: number; schema?: string | undefined },
): Promise<{ items: SearchHit[]; hasMore: boolean }> {
  // Each branch scores distinct normalised names (name_norms), keeps only its best few, and only then looks up
  // the names bearing them, so a common name costs one similarity check and an index range, not thousands.
  const keep = (input.limit + input.offset + 1) * 4;
  const norm = normaliseName(input.q);
  const rows = await db.transaction(async (tx) => {
    await tx.query(SET_THRESHOLDS_FOR_QUERY, [
      norm,
      TRIGRAM_SETTINGS['pg_trgm.similarity_threshold'],
      TRIGRAM_SETTINGS['pg_trgm.word_similarity_threshold'],
      SEARCH_STRICTNESS.similarity.trigramsAllowedOff,
      SEARCH_STRICTNESS.similarity.atMost,
      SEARCH_STRICTNESS.word.trigramsAllowedOff,
      SEARCH_STRICTNESS.word.atMost,
    ]);
    return tx.query<SearchHit>(
      `WITH by_similarity AS (
       SELECT norm, similarity(norm, $1) AS score FROM ${S}.name_norms WHERE norm % $1
       ORDER BY score DESC, norm LIMIT $6
     ), by_word AS (
       SELECT norm, word_similarity($1, norm) AS score FROM ${S}.name_norms WHERE $1 <% norm
       ORDER BY score DESC, norm LIMIT $6
     ), by_name AS (
       (SELECT n.entity_id, n.name AS matched, s.score FROM by_similarity s JOIN ${S}.names n ON n.norm = s.norm
        ORDER BY s.score DESC, n.entity_id LIMIT $6)
       UNION ALL
       (SELECT n.entity_id, n.name AS matched, w.score FROM by_word w JOIN ${S}.names n ON n.norm = w.norm
        ORDER BY w.score DESC, n.entity_id LIMIT $6)
     ), by_identifier AS (
       SELECT entity_id, value AS matched, 2.0::real AS score FROM ${S}.identifiers WHERE norm = $2 AND $2 <> '' LIMIT $6
     ), best AS (
       SELECT DISTINCT ON (entity_id) entity_id, matched, score
       FROM (SELECT * FROM by_name UNION ALL SELECT * FROM by_identifier) AS hits
       ORDER BY entity_id, score DESC, matched
     )
     SELECT e.id, e.schema, e.caption, best.matched, best.score
     FROM best JOIN ${S}.entities e ON e.id = best.entity_id
     WHERE $5::text IS NULL OR e.schema = $5
     ORDER BY best.score DESC, e.caption, e.id
     LIMIT $3 OFFSET $4`,
      [norm, normaliseIdentifier(input.q), input.limit + 1, input.offset, input.schema ?? null, keep],
    );
  });
  const items = rows.slice(0, input.limit).map((r) => ({ ...r, score: Math.round(Number(r.score) * 1000) / 1000 }));
  return { items, hasMore: rows.length > input.limit };
}

/** A measure as the API returns it: the ingested row without its target, which the caller already has. */
export type MeasureView = Omit<MeasureRow, 'entityId'>;

export type RelationCount = { type: string; direction: 'out' | 'in'; count: number };

export interface EntityView {
  id: string;
  schema: string;
  caption: string;
  properties: Record<string, string[]>;
  firstSeen: string | null;
  lastChange: string | null;
  measures: MeasureView[];
  relationCounts: RelationCount[];
}

/** One entity with its facts (properties), measures and how many relations of each type it has. */
export async function getEntity(db: Queryable, id: string): Promise<EntityView | undefined> {
  // Three independent reads: in parallel on a server's pool (PGlite runs them one after another anyway).
  const [[entity], measures, counts] = await Promise.all([
    db.query<Omit<EntityView, 'measures' | 'relationCounts'>>(
      `SELECT id, schema, caption, properties, first_seen AS "firstSeen", last_change AS "lastChange"
     FROM ${S}.entities WHERE id = $1`,
      [id],
    ),
    db.query<MeasureView>(
      `SELECT sanction_id AS "sanctionId", kind, kind_guessed AS "kindGuessed", authority_id AS "authorityId", authority,
            program, start_date AS "startDate", end_date AS "endDate", listing_date AS "listingDate"
     FROM ${S}.measures WHERE entity_id = $1 ORDER BY coalesce(listing_date, start_date) DESC NULLS LAST, sanction_id, kind`,
      [id],
    ),
    db.query<RelationCount>(
      `SELECT type, direction, count(*) AS count FROM ${S}.adjacency WHERE entity_id = $1
     GROUP BY type, direction ORDER BY count DESC, type, direction`,
      [id],
    ),
  ]);
  if (entity === undefined) return undefined;
  return { ...entity, measures, relationCounts: counts.map((c) => ({ ...c, count: Number(c.count) })) };
}

export type Neighbour = {
  id: string;
  schema: string;
  caption: string;
  type: string;
  direction: 'out' | 'in';
  label: string | null;
  relationId: string;
  startDate: string | null;
  endDate: string | null;
};

/** One page of an entity's neighbours, optionally of one relation type, in a stable order. */
export async function getNeighbours(
  db: Queryable,
  input: { id: string; type?: string | undefined; limit: number; offset: number },
): Promise<{ items: Neighbour[]; total: number }> {
  const type = input.type ?? null;
  const [items, [total]] = await Promise.all([
    db.query<Neighbour>(
      `SELECT a.other_id AS id, e.schema, e.caption, a.type, a.direction, a.label, a.relation_id AS "relationId",
            a.start_date AS "startDate", a.end_date AS "endDate"
     FROM ${S}.adjacency a JOIN ${S}.entities e ON e.id = a.other_id
     WHERE a.entity_id = $1 AND ($2::text IS NULL OR a.type = $2)
     ORDER BY a.type, a.other_id, a.relation_id, a.direction LIMIT $3 OFFSET $4`,
      [input.id, type, input.limit, input.offset],
    ),
    db.query<{ count: number }>(
      `SELECT count(*) AS count FROM ${S}.adjacency WHERE entity_id = $1 AND ($2::text IS NULL OR type = $2)`,
      [input.id, type],
    ),
  ]);
  return { items, total: Number(total?.count ?? 0) };
}

/** True when an import has been swapped in (the API has something to read). */
export async function hasData(db: Queryable): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [S]);
  return rows.length > 0;
}

export async function getSummary(db: Queryable): Promise<DatasetSummary | undefined> {
  const [row] = await db.query<{ value: DatasetSummary }>(`SELECT value FROM ${S}.dataset_info WHERE key = 'summary'`);
  return row?.value;
}

export async function getRankings(db: Queryable, by: keyof DatasetRankings, limit: number): Promise<RankedEntity[]> {
  const [row] = await db.query<{ value: DatasetRankings }>(
    `SELECT value FROM ${S}.dataset_info WHERE key = 'rankings'`,
  );
  return (row?.value[by] ?? []).slice(0, limit);
}

/** Captions of a set of ids (for paths). */
export async function getCaptions(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, { schema: string; caption: string }>> {
  const rows = await db.query<{ id: string; schema: string; caption: string }>(
    `SELECT id, schema, caption FROM ${S}.entities WHERE id = ANY($1::text[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { schema: r.schema, caption: r.caption }]));
}

/**
 * The FtM entities for an export: the given ids and, with `related`, the relationship entities between two
 * of them and the Sanctions on them. Unknown ids are listed, not an error.
 */
export async function exportEntities(
  db: Queryable,
  ids: readonly string[],
  related: boolean,
): Promise<{ lines: string[]; missing: string[] }> {
  const rows = await db.query<{
    id: string;
    schema: string;
    properties: Record<string, string[]>;
    first_seen: string | null;
    last_change: string | null;
  }>(
    `WITH wanted AS (SELECT unnest($1::text[]) AS id),
     extra AS (
       SELECT DISTINCT a.relation_id AS id FROM ${S}.adjacency a
       WHERE $2 AND a.entity_id IN (SELECT id FROM wanted) AND a.other_id IN (SELECT id FROM wanted)
       UNION SELECT DISTINCT m.sanction_id FROM ${S}.measures m WHERE $2 AND m.entity_id IN (SELECT id FROM wanted)
     )
     SELECT e.id, e.schema, e.properties, e.first_seen, e.last_change FROM ${S}.entities e
     WHERE e.id IN (SELECT id FROM wanted) OR e.id IN (SELECT id FROM extra)
     ORDER BY e.id`,
    [ids, related],
  );
  const found = new Set(rows.map((r) => r.id));
  const lines = rows.map((r) => {
    const entity: Record<string, unknown> = { id: r.id, schema: r.schema, properties: r.properties };
    if (r.first_seen !== null) entity.first_seen = r.first_seen;
    if (r.last_change !== null) entity.last_change = r.last_change;
    return JSON.stringify(entity);
  });
  return { lines, missing: ids.filter((id) => !found.has(id)) };
}
