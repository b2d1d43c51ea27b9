import { describe, expect, it } from 'vitest';
import { busiestFirst, topWithTies } from '../../../src/core/algorithms/ranking.ts';

const same = (a: number, b: number) => a === b;

describe('topWithTies', () => {
  it('gives tied entries the same rank and marks them', () => {
    const { rows } = topWithTies([9, 7, 7, 5], 10, same);
    expect(rows.map((r) => [r.item, r.rank, r.tied])).toEqual([
      [9, 1, false],
      [7, 2, true],
      [7, 2, true],
      [5, 4, false],
    ]);
  });

  it('does not cut silently through a tie: it counts those tied with the last one shown', () => {
    const scores = [5, 4, 3, ...Array.from({ length: 20 }, () => 2), 1];
    const top = topWithTies(scores, 10, same);
    expect(top.rows).toHaveLength(10);
    expect(top.rows[9]).toEqual({ item: 2, rank: 4, tied: true });
    expect(top.tiedBeyond).toBe(13);
    expect(top.beyond).toBe(14);
  });

  it('reports nothing beyond when the cut falls between two values', () => {
    const top = topWithTies([3, 2, 1], 2, same);
    expect(top.tiedBeyond).toBe(0);
    expect(top.beyond).toBe(1);
    expect(top.rows.map((r) => r.tied)).toEqual([false, false]);
  });
});

describe('busiestFirst', () => {
  it('orders columns by their count, keeping the given order between equals', () => {
    expect(busiestFirst([1, 5, 2, 5])).toEqual([1, 3, 2, 0]);
  });
});
