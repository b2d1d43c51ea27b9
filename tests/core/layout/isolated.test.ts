import { describe, expect, it } from 'vitest';
import { isolatedNodes, placeBeside, placeRestBeside } from '../../../src/core/layout/isolated.ts';
import type { Positions } from '../../../src/core/layout/types.ts';
import { closestPair, graphOf } from './helpers.ts';
import { NODE_SPACING } from '../../../src/core/layout/types.ts';

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

describe('placeRestBeside', () => {
  it('keeps a star among the rest a star (leaves around their hub), right of the drawing, with loners further right', () => {
    const leaves = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const graph = graphOf(['hub'], [...leaves.map((t) => `hub>${t}`), 'a-b', 'lone']);
    const placed: Positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 200, y: 100 }],
    ]);
    const rest = placeRestBeside(graph, placed, ['hub', ...leaves, 'lone']);
    expect(rest.size).toBe(14);
    const hub = rest.get('hub') ?? { x: NaN, y: NaN };
    for (const t of leaves) {
      const p = rest.get(t) ?? { x: NaN, y: NaN };
      expect(p.x).toBeGreaterThan(200);
      expect(Math.hypot(p.x - hub.x, p.y - hub.y)).toBeLessThan(NODE_SPACING * 3.5);
    }
    // Around the hub, not beside it: the leaves' middle is near the hub (in a grid the hub would be a corner).
    const middle = leaves.reduce(
      (m, t) => ({ x: m.x + (rest.get(t)?.x ?? NaN) / 12, y: m.y + (rest.get(t)?.y ?? NaN) / 12 }),
      { x: 0, y: 0 },
    );
    expect(Math.hypot(middle.x - hub.x, middle.y - hub.y)).toBeLessThan(NODE_SPACING);
    const starRight = Math.max(...[...rest].filter(([id]) => id !== 'lone').map(([, p]) => p.x));
    expect(rest.get('lone')?.x).toBeGreaterThan(starRight);
    expect(closestPair(new Map([...placed, ...rest]))).toBeGreaterThanOrEqual(NODE_SPACING);
  });
});
