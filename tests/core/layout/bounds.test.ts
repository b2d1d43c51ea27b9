import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../../src/core/layout/bounds.ts';

describe('boundsOf', () => {
  it('is the box around the points, and empty (infinite) without any', () => {
    expect(
      boundsOf([
        { x: 3, y: -1 },
        { x: -2, y: 5 },
      ]),
    ).toEqual({ minX: -2, minY: -1, maxX: 3, maxY: 5 });
    expect(boundsOf([])).toEqual({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });
  });

  it('takes more points than a call may have arguments (a spread would throw)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({ x: i, y: 5 - i }));
    expect(boundsOf(many)).toEqual({ minX: 0, minY: -299_994, maxX: 299_999, maxY: 5 });
  });
});
