// Rankings that tell ties as ties: shared ranks ("2=") and, where a cut-off falls inside a tie, how many
// more share the last place shown instead of an arbitrary cut through them.

export interface RankedRow<T> {
  item: T;
  /** Competition ranking: tied entries share the rank of the first of them (1, 2, 2, 4). */
  rank: number;
  /** Whether another entry (shown or not) shares this rank. */
  tied: boolean;
}

export interface TopWithTies<T> {
  rows: RankedRow<T>[];
  /** Entries beyond the cut-off that tie with the last one shown. */
  tiedBeyond: number;
  /** Entries beyond the cut-off in all. */
  beyond: number;
}

/**
 * The first `limit` entries of `ranked` (already in rank order), each with its rank; `same` says whether
 * two entries tie. The entries after the cut that tie with the last shown are counted, not dropped silently.
 */
export function topWithTies<T>(ranked: readonly T[], limit: number, same: (a: T, b: T) => boolean): TopWithTies<T> {
  const rows: RankedRow<T>[] = [];
  let rank = 1;
  for (let i = 0; i < ranked.length && i < limit; i++) {
    const item = ranked[i] as T;
    const previous = ranked[i - 1];
    if (i > 0 && !(previous !== undefined && same(previous, item))) rank = i + 1;
    const before = previous !== undefined && same(previous, item);
    const after = i + 1 < ranked.length && same(item, ranked[i + 1] as T);
    rows.push({ item, rank, tied: before || after });
  }
  const last = ranked[Math.min(limit, ranked.length) - 1];
  let tiedBeyond = 0;
  for (let i = limit; i < ranked.length && last !== undefined && same(last, ranked[i] as T); i++) tiedBeyond += 1;
  return { rows, tiedBeyond, beyond: Math.max(0, ranked.length - limit) };
}

/**
 * Column order for a matrix: the busiest first (most rows with an entry), then the given order.
 * Returns the column indexes in their new order.
 */
export function busiestFirst(counts: readonly number[]): number[] {
  return counts
    .map((count, index) => ({ count, index }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map((c) => c.index);
}
