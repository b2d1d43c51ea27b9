// How much each node carries, by the measure the reader picks for node sizes: measures received (as a target),
// measures imposed (as a sanctioning body) or degree (every relation). Pure; counts the whole graph.
import type { SanctionsGraph } from '../graph/build.ts';
import type { SizeMeasure } from '../view/types.ts';

/** The value of `measure` for every node of `graph`, by node id. */
export function nodeSizeValues(graph: SanctionsGraph, measure: SizeMeasure): Map<string, number> {
  const values = new Map<string, number>();
  graph.forEachNode((id) => values.set(id, 0));
  if (measure === 'degree') {
    graph.forEachNode((id) => values.set(id, graph.degree(id)));
    return values;
  }
  graph.forEachEdge((_id, attrs, source, target) => {
    if (attrs.kind !== 'measure') return;
    const at = measure === 'measuresReceived' ? target : source;
    values.set(at, (values.get(at) ?? 0) + 1);
  });
  return values;
}

/**
 * A node's diameter from its value: `min` for 0, `max` for the largest value, area growing with the value
 * (diameter with its square root) so that a node with 40 measures does not drown the page.
 */
export function sizeFromValue(value: number, largest: number, min: number, max: number): number {
  if (largest <= 0 || value <= 0) return min;
  return Math.round((min + (max - min) * Math.sqrt(Math.min(value, largest) / largest)) * 10) / 10;
}
