import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph, buildGraphInSlices } from '../../../src/core/graph/build.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not validate');

describe('buildGraph', () => {
  it('has one node per entity and one edge per measure, role and link, keyed by record id', () => {
    const graph = buildGraph(dataset);
    expect(graph.order).toBe(dataset.nodes.length);
    expect(graph.size).toBe(dataset.measures.length + dataset.roles.length + dataset.links.length);
    const measure = dataset.measures[0];
    if (!measure) throw new Error('no measure');
    expect(graph.source(measure.id)).toBe(measure.body);
    expect(graph.target(measure.id)).toBe(measure.target);
    expect(graph.getEdgeAttributes(measure.id)).toEqual({ kind: 'measure', record: measure });
  });

  it('in slices pauses every `slice` records and builds the same graph', () => {
    const slices = buildGraphInSlices(dataset, 10);
    let pauses = 0;
    let step = slices.next();
    while (!step.done) {
      pauses += 1;
      step = slices.next();
    }
    const records = dataset.nodes.length + dataset.measures.length + dataset.roles.length + dataset.links.length;
    expect(pauses).toBe(Math.floor(records / 10));
    expect(step.value.toGraphology().export()).toEqual(buildGraph(dataset).toGraphology().export());
  });
});
