// Path sentences cut into names and phrases must read exactly as the core's describePath.
import { describe, expect, it } from 'vitest';
import { describePath, shortestPaths } from '../../../src/core/algorithms/paths.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { pathSegments, segmentsText } from '../../../src/features/paths/pathSegments.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('bundled data does not load');
const graph = buildGraph(dataset);

describe('pathSegments', () => {
  it('SenseTime to Chen Quanguo: names alternate with phrases and the text is describePath', () => {
    const paths = shortestPaths(graph, 'sensetime', 'chen-quanguo');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const segments = pathSegments(graph, path);
      expect(segmentsText(segments)).toBe(describePath(graph, path));
      expect(segments.filter((s) => s.type === 'node').map((s) => (s.type === 'node' ? s.id : ''))).toEqual(path.nodes);
      segments.forEach((s, i) => expect(s.type).toBe(i % 2 === 0 ? 'node' : 'text'));
    }
  });

  it('matches describePath for the shortest paths between many pairs of nodes', () => {
    const nodes = graph.nodes();
    let checked = 0;
    for (let i = 0; i < nodes.length; i += 3) {
      for (let j = 1; j < nodes.length; j += 4) {
        const a = nodes[i];
        const b = nodes[j];
        if (!a || !b) continue;
        for (const path of shortestPaths(graph, a, b, { maxPaths: 3 })) {
          expect(segmentsText(pathSegments(graph, path))).toBe(describePath(graph, path));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives one name for a one-node path and nothing for an empty one', () => {
    expect(pathSegments(graph, { nodes: ['sensetime'], edges: [] })).toEqual([
      { type: 'node', id: 'sensetime', name: 'SenseTime Group Limited' },
    ]);
    expect(pathSegments(graph, { nodes: [], edges: [] })).toEqual([]);
  });
});
