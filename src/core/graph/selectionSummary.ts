// What a multi-selection adds up to: the measures against any of its nodes, the distinct bodies behind them
// and the earliest announcement, each measure counted once.
import { compareDates } from './dates.ts';
import type { SanctionsGraph } from './build.ts';
import type { PartialDate } from '../model/schema.ts';

export interface SelectionSummary {
  nodes: number;
  measureCount: number;
  bodies: number;
  since: PartialDate | null;
}

/** Combined measures against the nodes in `ids` that the graph has (unknown ids are skipped). */
export function selectionSummary(graph: SanctionsGraph, ids: readonly string[]): SelectionSummary {
  const measures = new Set<string>();
  const bodies = new Set<string>();
  let since: PartialDate | null = null;
  let nodes = 0;
  for (const id of new Set(ids)) {
    if (!graph.hasNode(id)) continue;
    nodes += 1;
    for (const edge of graph.inboundEdges(id)) {
      const attributes = graph.getEdgeAttributes(edge);
      if (attributes.kind !== 'measure' || measures.has(edge)) continue;
      measures.add(edge);
      bodies.add(graph.source(edge));
      if (since === null || compareDates(attributes.record.announced, since) < 0) since = attributes.record.announced;
    }
  }
  return { nodes, measureCount: measures.size, bodies: bodies.size, since };
}
