import { describe, expect, it } from 'vitest';
import { aroundCentre, aroundLayout } from '../../../src/core/layout/aroundLayout.ts';
import { NODE_SPACING } from '../../../src/core/layout/types.ts';
import { closestPair, graphOf, reversed } from './helpers.ts';

describe('aroundLayout', () => {
  // c at the middle: a, b one step away; d, e two steps; f three; lone and the pair y-w not reachable.
  const graph = graphOf(['a'], ['a>c', 'c-b', 'a>d', 'b-e', 'e-f', 'y-w', 'lone']);
  const p = aroundLayout(graph, 'c');
  const r = (id: string) => Math.hypot(p.get(id)?.x ?? NaN, p.get(id)?.y ?? NaN);

  it('puts the selected node in the middle and each step away on a wider ring', () => {
    expect(p.get('c')).toEqual({ x: 0, y: 0 });
    expect(r('a')).toBeCloseTo(r('b'), 0);
    expect(r('d')).toBeCloseTo(r('e'), 0);
    expect(r('d')).toBeGreaterThan(r('a'));
    expect(r('f')).toBeGreaterThan(r('d'));
  });

  it('puts what cannot be reached beside the rings, with no overlaps', () => {
    const right = Math.max(...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => p.get(id)?.x ?? NaN));
    for (const id of ['y', 'w', 'lone']) expect(p.get(id)?.x).toBeGreaterThan(right);
    expect(closestPair(p)).toBeGreaterThanOrEqual(NODE_SPACING);
  });

  it('spaces a crowded ring so its nodes do not overlap', () => {
    const star = graphOf(
      ['hub'],
      Array.from({ length: 40 }, (_, i) => `hub>t${i}`),
    );
    expect(closestPair(aroundLayout(star, 'hub'))).toBeGreaterThanOrEqual(NODE_SPACING - 1);
  });

  it('without a selection (or an unknown one), centres on the best-connected node', () => {
    expect(aroundCentre(graph, null)).toBe('a');
    expect(aroundCentre(graph, 'nobody')).toBe('a');
    expect(aroundLayout(graph, null).get('a')).toEqual({ x: 0, y: 0 });
  });

  it('gives the same positions whatever order the data lists nodes and edges in', () => {
    expect(aroundLayout(reversed(graph), 'c')).toEqual(p);
  });
});
