// A node's world: its neighbourhood to a depth (for focus mode), and what expanding it by one edge kind
// (measures, roles, links) would add, with the counts shown on the expand control ("+3 measures").
import type { EdgeKind, SanctionsGraph } from '../graph/build.ts';
import { EXPANSION_KINDS, type ExpansionKind } from '../view/viewState.ts';
import { AlgorithmInputError, allows, type ElementSet } from './types.ts';

export interface NeighbourhoodOptions {
  /** Only walk through these elements (e.g. what the filters and the date leave); default: the whole graph. */
  within?: ElementSet;
}

/** The neighbourhood of a node, with each node's distance (number of hops) from it. */
export interface Neighbourhood extends ElementSet {
  distance: Map<string, number>;
}

/** The edge kind an expansion follows. */
export const EXPANSION_EDGE_KIND: Record<ExpansionKind, EdgeKind> = {
  measures: 'measure',
  roles: 'role',
  links: 'link',
};

function assertNode(graph: SanctionsGraph, module: string, node: string): void {
  if (!graph.hasNode(node)) throw new AlgorithmInputError(module, `no node "${node}" in the graph`);
}

/**
 * Every node within `depth` hops of the node, edge direction ignored (a breadth-first search), and every
 * edge between two of those nodes. Depth 0 is the node alone. With `within`, only those elements are
 * walked and returned; the start node is returned even when `within` leaves it out.
 * Our own BFS rather than graphology-traversal's, because it must skip hidden edges, not only nodes.
 */
export function neighbourhood(
  graph: SanctionsGraph,
  nodeId: string,
  depth: number,
  options: NeighbourhoodOptions = {},
): Neighbourhood {
  assertNode(graph, 'neighbourhood', nodeId);
  if (!Number.isInteger(depth) || depth < 0) {
    throw new AlgorithmInputError('neighbourhood', `depth must be a whole number from 0, got ${depth}`);
  }
  const { within } = options;
  const distance = new Map<string, number>([[nodeId, 0]]);
  let frontier = [nodeId];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!allows(within, edge, source, target)) return;
        const other = source === node ? target : source;
        if (distance.has(other)) return;
        distance.set(other, level);
        next.push(other);
      });
    }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const node of distance.keys()) {
    graph.forEachOutEdge(node, (edge, _attributes, source, target) => {
      if (distance.has(target) && allows(within, edge, source, target)) edges.add(edge);
    });
  }
  return { nodes: new Set(distance.keys()), edges, distance };
}

export interface ExpandOptions {
  /** Only these elements may be added (e.g. what the filters and the date leave). */
  within?: ElementSet;
}

/**
 * What expanding a node by one kind adds: the node, its edges of that kind and the nodes at their
 * other ends (all of them, visible or not; subtract what is shown to get what is new).
 */
export function expand(
  graph: SanctionsGraph,
  nodeId: string,
  kind: ExpansionKind,
  options: ExpandOptions = {},
): ElementSet {
  assertNode(graph, 'expand', nodeId);
  const edgeKind = EXPANSION_EDGE_KIND[kind];
  const added: ElementSet = { nodes: new Set([nodeId]), edges: new Set() };
  graph.forEachEdge(nodeId, (edge, attributes, source, target) => {
    if (attributes.kind !== edgeKind || !allows(options.within, edge, source, target)) return;
    added.edges.add(edge);
    added.nodes.add(source === nodeId ? target : source);
  });
  return added;
}

/** How many nodes and edges an expansion would add to what is shown. */
export interface ExpansionCount {
  nodes: number;
  edges: number;
}

/**
 * Per expansion kind, how many edges (the "+3 measures" of the control) and neighbour nodes expanding
 * the node would add to `visible`. A kind that adds nothing counts 0 for both.
 */
export function expansionCounts(
  graph: SanctionsGraph,
  nodeId: string,
  visible: ElementSet,
  options: ExpandOptions = {},
): Record<ExpansionKind, ExpansionCount> {
  assertNode(graph, 'expansionCounts', nodeId);
  const counts: Record<ExpansionKind, ExpansionCount> = {
    measures: { nodes: 0, edges: 0 },
    roles: { nodes: 0, edges: 0 },
    links: { nodes: 0, edges: 0 },
  };
  for (const kind of EXPANSION_KINDS) {
    const added = expand(graph, nodeId, kind, options);
    let nodes = 0;
    let edges = 0;
    for (const node of added.nodes) if (!visible.nodes.has(node)) nodes++;
    for (const edge of added.edges) if (!visible.edges.has(edge)) edges++;
    counts[kind] = { nodes, edges };
  }
  return counts;
}
