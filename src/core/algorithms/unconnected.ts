// Nodes shown with none of their relations shown: at an "as of" date, who is not yet (or no longer) part of
// what happened. The canvas fades them, so that the measures piling up over time stand out.
import type { SanctionsGraph } from '../graph/build.ts';

/**
 * The shown nodes that have relations in the data but none among the shown edges. Nodes without any relation
 * in the data are left out: nothing about them changes with the view.
 */
export function unconnectedNodes(
  graph: SanctionsGraph,
  shown: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
): Set<string> {
  const out = new Set<string>();
  for (const id of shown.nodes) {
    if (!graph.hasNode(id) || graph.degree(id) === 0) continue;
    if (!graph.edges(id).some((edge) => shown.edges.has(edge))) out.add(id);
  }
  return out;
}
