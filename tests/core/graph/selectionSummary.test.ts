import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { sanctionSummary } from '../../../src/core/graph/queries.ts';
import { selectionSummary } from '../../../src/core/graph/selectionSummary.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(dataset);

describe('selectionSummary', () => {
  it('adds up the measures against several nodes, each measure and body once', () => {
    const ids = ['chen-quanguo', 'zhu-hailun', 'wang-mingshan'];
    const one = ids.map((id) => sanctionSummary(graph, id));
    const all = selectionSummary(graph, [...ids, 'chen-quanguo', 'no-such-node']);
    expect(all.nodes).toBe(3);
    expect(all.measureCount).toBe(one.reduce((n, s) => n + s.measureCount, 0));
    expect(all.bodies).toBe(new Set(one.flatMap((s) => s.bodyIds)).size);
    expect(all.since).toBe(one.map((s) => s.since).sort()[0]);
  });

  it('says nothing is recorded for nodes without measures', () => {
    expect(selectionSummary(graph, [])).toEqual({ nodes: 0, measureCount: 0, bodies: 0, since: null });
  });
});
