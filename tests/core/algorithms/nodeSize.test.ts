import { describe, expect, it } from 'vitest';
import { nodeSizeValues, sizeFromValue } from '../../../src/core/algorithms/nodeSize.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data should be valid');
const graph = buildGraph(dataset);

describe('nodeSizeValues', () => {
  it('counts the measures against a target, the measures a body imposed, or every relation', () => {
    const against = dataset.measures.filter((m) => m.target === 'chen-quanguo').length;
    expect(nodeSizeValues(graph, 'measuresReceived').get('chen-quanguo')).toBe(against);
    expect(nodeSizeValues(graph, 'measuresImposed').get('chen-quanguo')).toBe(0);
    const body = dataset.measures[0]?.body ?? '';
    expect(nodeSizeValues(graph, 'measuresImposed').get(body)).toBe(
      dataset.measures.filter((m) => m.body === body).length,
    );
    expect(nodeSizeValues(graph, 'degree').get('chen-quanguo')).toBe(graph.degree('chen-quanguo'));
  });
});

describe('sizeFromValue', () => {
  it('grows from the minimum to the maximum with the square root of the value', () => {
    expect(sizeFromValue(0, 40, 20, 60)).toBe(20);
    expect(sizeFromValue(40, 40, 20, 60)).toBe(60);
    expect(sizeFromValue(10, 40, 20, 60)).toBe(40);
    expect(sizeFromValue(3, 0, 20, 60)).toBe(20);
  });
});
