// The dataset's summary and rankings, computed once per import (they scan whole tables) and stored in
// dataset_info, so the API answers them from one row.
import type { Database } from '../db/types.ts';

/** How many entries each stored ranking keeps (the API's limit for rankings). */
export const RANKING_SIZE = 100;

export type RankedEntity = {
  id: string;
  schema: string;
  caption: string;
  count: number;
};

export interface DatasetSummary {
  import: Record<string, unknown>;
  entities: number;
  bySchema: { schema: string; count: number }[];
  relationsByType: { type: string; count: number }[];
  measuresByKind: { kind: string; count: number }[];
  measuresByAuthority: { authorityId: string; authority: string; count: number }[];
}

export interface DatasetRankings {
  /** Parties with the most relations. */
  relations: RankedEntity[];
  /** Parties under the most Sanctions. */
  sanctions: RankedEntity[];
}

function counted<T extends Record<string, unknown>>(rows: T[]): T[] {
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Computes and stores `summary` and `rankings` in `schema`.dataset_info. */
export async function computeSummary(db: Database, schema: string, importInfo: object): Promise<void> {
  const s = schema;
  const bySchema = counted(
    await db.query<{ schema: string; count: number }>(
      `SELECT schema, count(*) AS count FROM ${s}.entities GROUP BY schema ORDER BY count DESC, schema`,
    ),
  );
  const relationsByType = counted(
    await db.query<{ type: string; count: number }>(
      `SELECT type, count(*) AS count FROM ${s}.adjacency WHERE direction = 'out' GROUP BY type ORDER BY count DESC, type`,
    ),
  );
  const measuresByKind = counted(
    await db.query<{ kind: string; count: number }>(
      `SELECT kind, count(*) AS count FROM ${s}.measures GROUP BY kind ORDER BY count DESC, kind`,
    ),
  );
  const measuresByAuthority = counted(
    await db.query<{ authorityId: string; authority: string; count: number }>(
      `SELECT authority_id AS "authorityId", min(authority) AS authority, count(*) AS count FROM ${s}.measures
       GROUP BY authority_id ORDER BY count DESC, authority_id LIMIT ${RANKING_SIZE}`,
    ),
  );
  const ranked = async (sql: string) => counted(await db.query<RankedEntity>(sql));
  const rankings: DatasetRankings = {
    relations: await ranked(
      `SELECT e.id, e.schema, e.caption, r.count FROM (
         SELECT entity_id, count(*) AS count FROM ${s}.adjacency GROUP BY entity_id ORDER BY count DESC, entity_id LIMIT ${RANKING_SIZE}
       ) r JOIN ${s}.entities e ON e.id = r.entity_id ORDER BY r.count DESC, e.id`,
    ),
    sanctions: await ranked(
      `SELECT e.id, e.schema, e.caption, r.count FROM (
         SELECT entity_id, count(DISTINCT sanction_id) AS count FROM ${s}.measures GROUP BY entity_id
         ORDER BY count DESC, entity_id LIMIT ${RANKING_SIZE}
       ) r JOIN ${s}.entities e ON e.id = r.entity_id ORDER BY r.count DESC, e.id`,
    ),
  };
  const entities = bySchema.reduce((sum, row) => sum + row.count, 0);
  const summary: DatasetSummary = {
    import: { ...importInfo, importedAt: new Date().toISOString() },
    entities,
    bySchema,
    relationsByType,
    measuresByKind,
    measuresByAuthority,
  };
  await db.query(
    `INSERT INTO ${s}.dataset_info (key, value) VALUES ('summary', $1::jsonb), ('rankings', $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify(summary), JSON.stringify(rankings)],
  );
}
