import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { usesQuickLayout } from '../../../src/render/layoutChoice.ts';
import { DEFAULT_RENDER_SETTINGS } from '../../../src/render/settings.ts';

const FORCE_LAYOUT_MAX_NODES = DEFAULT_RENDER_SETTINGS.forceLayoutMaxNodes;
import { quickLayoutPositions } from '../../../src/core/layout/quickLayout.ts';

const graph = buildGraph(generateDataset({ seed: 3, nodes: 1500 }));

describe('quickLayoutPositions', () => {
  it('places every node, each at its own spot', () => {
    const positions = quickLayoutPositions(graph);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    const spots = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(graph.order);
  });

  it('gives the same positions for the same graph, whatever the order of calls', () => {
    const a = quickLayoutPositions(graph);
    quickLayoutPositions(buildGraph(generateDataset({ seed: 4, nodes: 200 })));
    expect(quickLayoutPositions(graph)).toEqual(a);
  });

  it('keeps nodes apart by about the spacing', () => {
    const positions = Object.values(quickLayoutPositions(graph, { spacing: 60 }));
    let closest = Infinity;
    // Nearest neighbour of a sample of nodes (all pairs would be slow).
    for (const p of positions.slice(0, 200)) {
      for (const q of positions) if (q !== p) closest = Math.min(closest, Math.hypot(p.x - q.x, p.y - q.y));
    }
    expect(closest).toBeGreaterThan(30);
  });

  it('puts a target sanctioned by one body only next to that body rather than next to another body', () => {
    const positions = quickLayoutPositions(graph);
    const bodies = graph.filterNodes((_, attrs) => attrs.kind === 'sanctioningBody');
    const leaf = graph.filterNodes(
      (id, attrs) => attrs.kind !== 'sanctioningBody' && graph.degree(id) === 1 && graph.inDegree(id) === 1,
    )[0];
    if (!leaf) throw new Error('the synthetic data should have a target with one measure and nothing else');
    const body = graph.inNeighbors(leaf)[0];
    const at = positions[leaf];
    if (!body || !at) throw new Error('unplaced');
    const distance = (id: string) => {
      const p = positions[id];
      return p ? Math.hypot(p.x - at.x, p.y - at.y) : Infinity;
    };
    for (const other of bodies) if (other !== body) expect(distance(body)).toBeLessThan(distance(other));
  });
});

describe('usesQuickLayout', () => {
  it('replaces only the force layout, and only above the size limit', () => {
    expect(usesQuickLayout('fcose', FORCE_LAYOUT_MAX_NODES)).toBe(false);
    expect(usesQuickLayout('fcose', FORCE_LAYOUT_MAX_NODES + 1)).toBe(true);
    expect(usesQuickLayout('concentric', 50_000)).toBe(false);
  });
});
