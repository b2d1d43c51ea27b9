// Large graphs: above SUMMARY_THRESHOLD_NODES shown entities the app opens on a summary instead of drawing
// everything, and the canvas draws only what is visible (a focus and its expansions) as a graph of its own.
import type { ElementSet } from '../core/algorithms/types.ts';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { ViewState } from '../core/view/viewState.ts';
import { DEFAULT_RENDER_SETTINGS, drawsFast } from '../render/settings.ts';

/** Above this many entities to show (and with no focus), the main area shows the summary (render settings). */
export const SUMMARY_THRESHOLD_NODES = DEFAULT_RENDER_SETTINGS.summaryThresholdNodes;

/** Whether the canvas fades unconnected nodes at an "as of" date: not on graphs it draws the fast way. */
export function fadesUnconnected(graph: SanctionsGraph): boolean {
  return !drawsFast(graph.order);
}

/** True when the graph is large enough that the canvas should only ever get what is visible. */
export function isLargeGraph(graph: SanctionsGraph, threshold = SUMMARY_THRESHOLD_NODES): boolean {
  return graph.order > threshold;
}

/**
 * Whether the main area shows the summary: the graph is large, nothing is focused, more than `threshold`
 * entities would be drawn (filters can bring a graph under it), and drawing everything was not asked for.
 */
export function showsSummary(
  graph: SanctionsGraph,
  view: Pick<ViewState, 'focus'>,
  visible: ElementSet,
  options: { drawAll: boolean; threshold?: number },
): boolean {
  const threshold = options.threshold ?? SUMMARY_THRESHOLD_NODES;
  return !options.drawAll && view.focus === null && isLargeGraph(graph, threshold) && visible.nodes.size > threshold;
}

/**
 * The part of `graph` in `visible`, as a graph of its own: the same node and edge keys and attributes
 * (records are shared, not copied). Edges whose ends are not both visible are left out.
 */
export function visibleSubgraph(graph: SanctionsGraph, visible: ElementSet): SanctionsGraph {
  const sub: SanctionsGraph = graph.nullCopy();
  for (const id of visible.nodes) if (graph.hasNode(id)) sub.addNode(id, graph.getNodeAttributes(id));
  for (const id of visible.edges) {
    if (!graph.hasEdge(id)) continue;
    const source = graph.source(id);
    const target = graph.target(id);
    if (sub.hasNode(source) && sub.hasNode(target))
      sub.addDirectedEdgeWithKey(id, source, target, graph.getEdgeAttributes(id));
  }
  return sub;
}

/** Starts exploring from a node of a large graph: focus on its neighbourhood (one step) and select it. */
export function exploreFrom(view: ViewState, id: string): ViewState {
  return {
    ...view,
    focus: { node: id, depth: 1 },
    expanded: [],
    selection: { type: 'node', id },
    panel: 'details',
    camera: null,
  };
}
