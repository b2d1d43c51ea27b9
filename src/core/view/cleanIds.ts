// Helpers for the clean rules of fields that list node ids: each id as the data will show it (an id an
// identity judgement merged away becomes the node it went into), unknown ids dropped, duplicates once.
import type { CleanInput } from './fieldSpec.ts';

/** The first item of each key, in order. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The ids as the data names them (see CleanInput.nodeId), each once; unknown ids are recorded as missing. */
export function nodeIdsIn(ids: readonly string[], input: Pick<CleanInput, 'nodeId'>, what: string): string[] {
  const found = ids.map((id) => input.nodeId(id, what)).filter((id): id is string => id !== null);
  return uniqueBy(found, (id) => id);
}

/**
 * One item per node: an item given for the node itself wins over one given for a record merged into it
 * (`own` false); otherwise the first. Order is kept among the items kept.
 */
export function ownFirst<T>(items: readonly { node: string; own: boolean; item: T }[]): T[] {
  const owned = new Set(items.filter((i) => i.own).map((i) => i.node));
  const kept = items.filter((i) => i.own || !owned.has(i.node));
  return uniqueBy(kept, (i) => i.node).map((i) => i.item);
}
