import { describe, expect, it } from 'vitest';
import { isolatedNodes, placeBeside } from '../../../src/core/layout/isolated.ts';
import type { Positions } from '../../../src/core/layout/types.ts';
import { closestPair } from './helpers.ts';

describe('isolatedNodes', () => {
  it('lists the nodes no edge touches (a self-loop does not count), in input order', () => {
    const nodes = [{ id: 'c' }, { id: 'a' }, { id: 'b' }, { id: 'd' }];
    expect(
      isolatedNodes(nodes, [
        { source: 'a', target: 'b' },
        { source: 'd', target: 'd' },
      ]),
    ).toEqual(['c', 'd']);
  });
});

describe('placeBeside', () => {
  const drawing: Positions = new Map([
    ['a', { x: -300, y: -200 }],
    ['b', { x: 400, y: 250 }],
    ['c', { x: 0, y: 0 }],
  ]);

  it('puts the block right of the drawing, its top level with the drawing top, on a grid', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const block = placeBeside(drawing, ids, { spacing: 100, gap: 200 });
    expect(block.size).toBe(12);
    const xs = [...block.values()].map((p) => p.x);
    const ys = [...block.values()].map((p) => p.y);
    expect(Math.min(...xs)).toBe(600);
    expect(Math.min(...ys)).toBe(-200);
    // Never below the drawing's height when a square block would fit in it: 12 nodes, 5 rows of 100.
    expect(Math.max(...ys)).toBeLessThanOrEqual(250);
    expect(closestPair(block)).toBeGreaterThanOrEqual(100);
  });

  it('makes a square block when the drawing is short, and starts at the origin with nothing drawn', () => {
    const block = placeBeside(new Map(), ['a', 'b', 'c', 'd'], { spacing: 50 });
    expect([...block.values()]).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 50, y: 0 },
      { x: 50, y: 50 },
    ]);
    expect(placeBeside(drawing, []).size).toBe(0);
  });
});
