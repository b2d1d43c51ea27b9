// Large graphs: above SUMMARY_THRESHOLD_NODES shown entities the app opens on a summary instead of drawing
// everything, and the canvas draws only what is visible (a focus and its expansions) as a graph of its own.
import type { SanctionedTarget } from '../core/algorithms/insights.ts';
import type { ElementSet } from '../core/algorithms/types.ts';
import type { SanctionsGraph } from '../core/graph/build.ts';
import { MEASURE_KINDS, type MeasureKind } from '../core/model/kinds.ts';
import type { ViewState } from '../core/view/viewState.ts';

/** Above this many entities to show (and with no focus), the main area shows the summary, not the canvas. */
export const SUMMARY_THRESHOLD_NODES = 25_000;

/** The query parameter that turns the summary off: `?draw=all` draws every entity whatever the size. */
export const DRAW_PARAM = 'draw';

/** True when the page address asks to draw everything (`?draw=all`). */
export function isDrawAllSearch(search: string): boolean {
  return new URLSearchParams(search).get(DRAW_PARAM) === 'all';
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
    if (sub.hasNode(source) && sub.hasNode(target)) sub.addDirectedEdgeWithKey(id, source, target, graph.getEdgeAttributes(id));
  }
  return sub;
}

export interface BodyMeasureCount {
  body: string;
  /** Measures the body imposed (within `within` when given). */
  measures: number;
  /** Distinct targets of those measures. */
  targets: number;
}

/** Sanctioning bodies ranked by the number of measures they imposed, then by name; at most `limit`. */
export function largestBodies(graph: SanctionsGraph, limit = Infinity, options: { within?: ElementSet } = {}): BodyMeasureCount[] {
  const tally = new Map<string, { measures: number; targets: Set<string> }>();
  graph.forEachEdge((id, attributes) => {
    if (attributes.kind !== 'measure') return;
    if (options.within && !options.within.edges.has(id)) return;
    const entry = tally.get(attributes.record.body) ?? { measures: 0, targets: new Set<string>() };
    entry.measures += 1;
    entry.targets.add(attributes.record.target);
    tally.set(attributes.record.body, entry);
  });
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
  return [...tally.entries()]
    .map(([body, entry]) => ({ body, measures: entry.measures, targets: entry.targets.size }))
    .sort((a, b) => b.measures - a.measures || name(a.body).localeCompare(name(b.body), 'en'))
    .slice(0, limit);
}

/**
 * The first `limit` of mostSanctioned (insights.ts), the same entries in the same order, for large graphs:
 * only the entries that can make the cut are compared by name, so a list of 20,000 targets is not sorted.
 */
export function topSanctioned(graph: SanctionsGraph, limit: number, options: { within?: ElementSet } = {}): SanctionedTarget[] {
  const tally = new Map<string, { measures: number; bodies: Set<string>; kinds: Set<MeasureKind> }>();
  graph.forEachEdge((id, attributes) => {
    if (attributes.kind !== 'measure') return;
    if (options.within && !options.within.edges.has(id)) return;
    const { target, body, kind } = attributes.record;
    const entry = tally.get(target) ?? { measures: 0, bodies: new Set<string>(), kinds: new Set<MeasureKind>() };
    entry.measures += 1;
    entry.bodies.add(body);
    entry.kinds.add(kind);
    tally.set(target, entry);
  });
  const entries = [...tally.entries()].map(([target, entry]) => ({ target, ...entry }));
  const byCounts = (a: (typeof entries)[number], b: (typeof entries)[number]) => b.measures - a.measures || b.bodies.size - a.bodies.size;
  entries.sort(byCounts);
  const last = entries[Math.min(limit, entries.length) - 1];
  // Everything tied with the last entry that makes the cut may still make it once names are compared.
  const candidates = last ? entries.filter((e, i) => i < limit || byCounts(e, last) === 0) : [];
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
  const byName = (a: string, b: string) => name(a).localeCompare(name(b), 'en');
  return candidates
    .sort((a, b) => byCounts(a, b) || byName(a.target, b.target))
    .slice(0, limit)
    .map((e) => ({ target: e.target, measures: e.measures, bodies: [...e.bodies].sort(byName), kinds: MEASURE_KINDS.filter((k) => e.kinds.has(k)) }));
}

/** Starts exploring from a node of a large graph: focus on its neighbourhood (one step) and select it. */
export function exploreFrom(view: ViewState, id: string): ViewState {
  return { ...view, focus: { node: id, depth: 1 }, expanded: [], selection: { type: 'node', id }, panel: 'details', camera: null };
}
