import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { toElements } from '../../src/render/elements.ts';
import { THEMES } from '../../src/render/palette.ts';
import { buildStylesheet } from '../../src/render/stylesheet.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not validate');
const graph = buildGraph(dataset);
const g = graph.toGraphology();

describe('canvas elements', () => {
  it('marks as parallel exactly the edges that share both ends with another edge, either way', () => {
    const edges = toElements(graph).filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(graph.size);
    let parallel = 0;
    for (const e of edges) {
      const { source, target } = e.data as { source: string; target: string };
      const between = g.outEdges(source, target).length + (source === target ? 0 : g.outEdges(target, source).length);
      const expected = source === target || between > 1;
      expect(e.data.parallel === 'yes', `${String(e.data.id)}`).toBe(expected);
      if (expected) parallel += 1;
    }
    // The bundled data has both kinds (Treasury and State measures against the same officials; lone roles).
    expect(parallel).toBeGreaterThan(0);
    expect(parallel).toBeLessThan(edges.length);
  });

  it('draws lone edges straight and fans parallel ones apart as curves', () => {
    const rules = buildStylesheet(THEMES.light) as { selector: string; style: Record<string, unknown> }[];
    expect(rules.find((r) => r.selector === 'edge')?.style['curve-style']).toBe('straight');
    expect(rules.find((r) => r.selector === 'edge[parallel]')?.style['curve-style']).toBe('bezier');
  });
});
