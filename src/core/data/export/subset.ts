// Which records an export covers: the whole dataset, or only what the app shows ("export what is visible").
// Shared by the FollowTheMoney and CSV exports so both agree on what a subset means.

/** Ids of the visible nodes and edges (roles, measures, links). */
export interface ExportSubset {
  nodeIds: Iterable<string>;
  edgeIds: Iterable<string>;
}

/** A membership test for ids; with no subset, everything is included. */
export type Includes = (id: string) => boolean;

/** Turns optional ids into a membership test (all ids when `ids` is undefined). */
export function includesOf(ids: Iterable<string> | undefined): Includes {
  if (ids === undefined) return () => true;
  const set = new Set(ids);
  return (id) => set.has(id);
}
