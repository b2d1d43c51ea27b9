import { describe, expect, it } from 'vitest';
import { addDrawn, decodeDrawnIds, encodeDrawnIds, MAX_DRAWN } from '../../../src/core/server/drawnIds.ts';

describe('drawn ids in a link', () => {
  it('round-trips ids of any characters', () => {
    const ids = ['NK-QF9V4PmHC3RboJCfYkCiTm', 'p,1', 'a&b=c#d', '王俊海'];
    expect(decodeDrawnIds(encodeDrawnIds(ids))).toEqual(ids);
  });

  it('reads a damaged or hostile value as no ids, never throwing', () => {
    expect(decodeDrawnIds('not-compressed')).toEqual([]);
    expect(decodeDrawnIds(null)).toEqual([]);
    expect(decodeDrawnIds(encodeDrawnIds([]))).toEqual([]);
  });

  it('keeps ids unique and at most MAX_DRAWN', () => {
    const many = Array.from({ length: MAX_DRAWN + 10 }, (_, i) => `id-${i}`);
    expect(addDrawn(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(addDrawn([], many)).toHaveLength(MAX_DRAWN);
    expect(decodeDrawnIds(encodeDrawnIds([...many, ...many]))).toHaveLength(MAX_DRAWN);
  });
});
