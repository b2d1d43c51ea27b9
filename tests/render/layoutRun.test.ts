import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { generateDataset } from '../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { layoutInput } from '../../src/render/layoutClient.ts';
import { computeLayout } from '../../src/render/layoutRun.ts';
import { centred } from '../../src/render/positions.ts';
import { DEFAULT_RENDER_SETTINGS } from '../../src/render/settings.ts';

const FORCE_LAYOUT_MAX_NODES = DEFAULT_RENDER_SETTINGS.forceLayoutMaxNodes;
import { quickLayoutPositions } from '../../src/core/layout/quickLayout.ts';

const dataset = loadBundledDataset().dataset;
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(dataset);

/** Centre of the box around the points. */
function boxCentre(points: { x: number; y: number }[]): { x: number; y: number } {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

describe('computeLayout', () => {
  it('places every node, centred on (0, 0), the same way every time', () => {
    for (const name of ['force', 'bodies', 'timeline', 'around', 'fcose'] as const) {
      const a = computeLayout(layoutInput(graph, name));
      expect(Object.keys(a).sort()).toEqual(graph.nodes().sort());
      const centre = boxCentre(Object.values(a));
      expect(Math.abs(centre.x)).toBeLessThan(1e-6);
      expect(Math.abs(centre.y)).toBeLessThan(1e-6);
      expect(computeLayout(layoutInput(graph, name))).toEqual(a);
    }
  });

  it('gives each layout its own arrangement', () => {
    const names = ['force', 'bodies', 'timeline', 'around', 'fcose', 'circle'] as const;
    const id = graph.nodes()[0] ?? '';
    const places = names.map((name) => JSON.stringify(computeLayout(layoutInput(graph, name))[id]));
    expect(new Set(places).size).toBe(names.length);
  });

  it('uses the quick arrangement above the force layout limit', () => {
    const big = buildGraph(generateDataset({ seed: 3, nodes: FORCE_LAYOUT_MAX_NODES + 50 }));
    expect(computeLayout(layoutInput(big, 'force'))).toEqual(centred(quickLayoutPositions(big)));
    expect(computeLayout(layoutInput(big, 'fcose'))).toEqual(centred(quickLayoutPositions(big)));
  });
});

describe('centred', () => {
  it('shifts the box around the points onto the origin, keeping distances', () => {
    const out = centred({ a: { x: 10, y: 20 }, b: { x: 30, y: 60 } });
    expect(out).toEqual({ a: { x: -10, y: -20 }, b: { x: 10, y: 20 } });
    expect(centred({})).toEqual({});
  });
});
