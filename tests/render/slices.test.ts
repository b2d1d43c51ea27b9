import { describe, expect, it } from 'vitest';
import { visibilityChange } from '../../src/render/slices.ts';

describe('visibilityChange', () => {
  it('shows what is newly wanted and hides what no longer is', () => {
    const change = visibilityChange(new Set(['a', 'c']), new Set(['a', 'b']), () => ['a', 'b', 'c']);
    expect(change).toEqual({ show: ['c'], hide: ['b'] });
  });

  it('hides everything not wanted when nothing was shown before', () => {
    expect(visibilityChange(new Set(['a']), null, () => ['a', 'b', 'c'])).toEqual({ show: [], hide: ['b', 'c'] });
  });

  it('changes nothing when the sets agree', () => {
    expect(visibilityChange(new Set(['a']), new Set(['a']), () => ['a'])).toEqual({ show: [], hide: [] });
  });
});
