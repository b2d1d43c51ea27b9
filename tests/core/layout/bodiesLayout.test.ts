import { describe, expect, it } from 'vitest';
import { bodiesLayout } from '../../../src/core/layout/bodiesLayout.ts';
import { NODE_SPACING } from '../../../src/core/layout/types.ts';
import { closestPair, graphOf, reversed } from './helpers.ts';

describe('bodiesLayout', () => {
  // us sanctions a, b, c; eu sanctions c, d; both sanction e; x holds a role in a; lone is alone.
  const graph = graphOf(['us', 'eu'], ['us>a', 'us>b', 'us>c', 'eu>c', 'eu>d', 'us>e', 'eu>e', 'x-a', 'lone']);
  const p = bodiesLayout(graph);
  const at = (id: string) => p.get(id) ?? { x: NaN, y: NaN };

  it('puts the bodies in a column on the left and every target to their right', () => {
    expect(at('us').x).toBe(at('eu').x);
    for (const t of ['a', 'b', 'c', 'd', 'e']) expect(at(t).x).toBeGreaterThan(at('us').x);
  });

  it('groups targets by who sanctioned them: each group apart from the others', () => {
    const rows = (ids: string[]) => ids.map((id) => at(id).y);
    const usOnly = rows(['a', 'b']);
    const both = rows(['c', 'e']);
    const euOnly = rows(['d']);
    // Groups are stacked: every y of one group is above or below every y of another.
    const apart = (g: number[], h: number[]) => Math.max(...g) < Math.min(...h) || Math.max(...h) < Math.min(...g);
    expect(apart(usOnly, both)).toBe(true);
    expect(apart(both, euOnly)).toBe(true);
    expect(apart(usOnly, euOnly)).toBe(true);
  });

  it('draws each body level with what it sanctioned, and the body with more targets first', () => {
    expect(at('us').y).toBeLessThan(at('eu').y);
    expect(at('us').y).toBeLessThan(at('d').y);
  });

  it('puts what no body sanctioned in a block to the right, with no overlaps anywhere', () => {
    const right = Math.max(...['us', 'eu', 'a', 'b', 'c', 'd', 'e'].map((id) => at(id).x));
    expect(at('x').x).toBeGreaterThan(right);
    expect(at('lone').x).toBeGreaterThan(right);
    expect(closestPair(p)).toBeGreaterThanOrEqual(NODE_SPACING);
  });

  it('gives the same positions whatever order the data lists nodes and edges in', () => {
    expect(bodiesLayout(reversed(graph))).toEqual(p);
  });

  it("spreads a tall stack of blocks to about a screen's width, so a fit does not leave it a narrow band", () => {
    // Two bodies, each alone on 30 targets: two tall blocks stacked.
    const many = graphOf(
      ['us', 'eu'],
      Array.from({ length: 60 }, (_, i) => (i < 30 ? `us>t${i}` : `eu>t${i}`)),
    );
    const wide = bodiesLayout(many);
    const xs = [...wide.values()].map((q) => q.x);
    const ys = [...wide.values()].map((q) => q.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeGreaterThan(1);
    expect(closestPair(wide)).toBeGreaterThanOrEqual(NODE_SPACING);
  });
});
