import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { forceLayout } from '../../../src/core/layout/forceLayout.ts';
import { NODE_SPACING, type LayoutGraph } from '../../../src/core/layout/types.ts';
import { closestPair, graphOf, reversed } from './helpers.ts';

function synthetic(nodes: number): LayoutGraph {
  const graph = buildGraph(generateDataset({ seed: 2, nodes }));
  const input: LayoutGraph = { nodes: [], edges: [] };
  graph.forEachNode((id, n) => input.nodes.push({ id, kind: n.kind }));
  graph.forEachEdge((id, a, source, target) => input.edges.push({ id, source, target, kind: a.kind }));
  return input;
}

describe('forceLayout', () => {
  const star = graphOf(['us'], ['us>a', 'us>b', 'us>c', 'us>d', 'us>e', 'us>f', 'a-g', 'b-h', 'lone1', 'lone2']);

  it('places every node, no two closer than the spacing', () => {
    const positions = forceLayout(star);
    expect([...positions.keys()].sort()).toEqual(star.nodes.map((n) => n.id).sort());
    expect(closestPair(positions)).toBeGreaterThanOrEqual(NODE_SPACING);
  });

  it('leaves no overlaps on a crowded graph of 300 nodes with hubs', () => {
    const input = synthetic(300);
    const positions = forceLayout(input);
    expect(positions.size).toBe(300);
    expect(closestPair(positions)).toBeGreaterThanOrEqual(NODE_SPACING);
  });

  it('gives the same positions every time and whatever order the data lists nodes and edges in', () => {
    const input = synthetic(150);
    const a = forceLayout(input);
    expect(forceLayout(input)).toEqual(a);
    expect(forceLayout(reversed(input))).toEqual(a);
  });

  it('keeps connected nodes nearer each other than unconnected ones', () => {
    const twoStars = graphOf(['x', 'y'], ['x>a', 'x>b', 'x>c', 'x>d', 'y>p', 'y>q', 'y>r', 'y>s', 'x>y']);
    const p = forceLayout(twoStars);
    const d = (u: string, v: string) =>
      Math.hypot((p.get(u)?.x ?? 0) - (p.get(v)?.x ?? 0), (p.get(u)?.y ?? 0) - (p.get(v)?.y ?? 0));
    expect(d('a', 'x')).toBeLessThan(d('a', 'y'));
    expect(d('p', 'y')).toBeLessThan(d('p', 'x'));
  });

  it('puts nodes without edges in a block to the right of the drawing', () => {
    const positions = forceLayout(star);
    const linkedRight = Math.max(
      ...['us', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => positions.get(id)?.x ?? 0),
    );
    for (const id of ['lone1', 'lone2']) expect(positions.get(id)?.x).toBeGreaterThan(linkedRight);
  });
});
