// How two actors are connected: every shortest path between two nodes, edge direction ignored, and the
// path written out as a sentence whose arrows show which way each measure, role or link points.
import type { EdgeAttributes, SanctionsGraph } from '../graph/build.ts';
import { MEASURE_KIND_LABEL } from '../model/labels.ts';
import { MEASURE_KINDS, type MeasureKind } from '../model/kinds.ts';
import { AlgorithmInputError, allows, type ElementSet } from './types.ts';

/** A path: its nodes from start to end, and for each hop every edge joining the two nodes (either direction). */
export interface GraphPath {
  nodes: string[];
  /** edges[i] joins nodes[i] and nodes[i + 1]; parallel edges (two measures by one body) share a hop. */
  edges: string[][];
}

export interface ShortestPathsOptions {
  /** Walk only these elements (what the canvas shows); default: the whole graph. */
  visible?: ElementSet;
  /** At most this many paths (by their node sequences); default 100. */
  maxPaths?: number;
}

/**
 * All shortest paths between two nodes, edge direction ignored, as node sequences with the edges of each
 * hop. Empty when no path exists (or an end is not visible); one path of one node when from === to.
 * A breadth-first search keeping every parent at the previous level, then paths read back from `to`
 * (graphology-shortest-path gives one path per pair and cannot skip hidden edges, so it does not fit here).
 * Paths come sorted by their node ids, so the result is stable.
 */
export function shortestPaths(
  graph: SanctionsGraph,
  from: string,
  to: string,
  options: ShortestPathsOptions = {},
): GraphPath[] {
  for (const node of [from, to]) {
    if (!graph.hasNode(node)) throw new AlgorithmInputError('shortestPaths', `no node "${node}" in the graph`);
  }
  const { visible, maxPaths = 100 } = options;
  if (visible && (!visible.nodes.has(from) || !visible.nodes.has(to))) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];

  const parents = new Map<string, string[]>([[from, []]]);
  const level = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  let depth = 0;
  while (frontier.length > 0 && !level.has(to)) {
    depth += 1;
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!allows(visible, edge, source, target)) return;
        const other = source === node ? target : source;
        const seen = level.get(other);
        if (seen === undefined) {
          level.set(other, depth);
          parents.set(other, [node]);
          next.push(other);
        } else if (seen === depth) {
          const list = parents.get(other);
          if (list && !list.includes(node)) list.push(node);
        }
      });
    }
    frontier = next;
  }
  if (!level.has(to)) return [];

  const sequences: string[][] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (sequences.length >= maxPaths) return;
    if (node === from) {
      sequences.push([from, ...suffix]);
      return;
    }
    for (const parent of [...(parents.get(node) ?? [])].sort()) walk(parent, [node, ...suffix]);
  };
  walk(to, []);

  return sequences.map((nodes) => ({
    nodes,
    edges: nodes.slice(1).map((node, i) => hopEdges(graph, nodes[i] ?? node, node, visible)),
  }));
}

function hopEdges(graph: SanctionsGraph, a: string, b: string, visible: ElementSet | undefined): string[] {
  return [...graph.outEdges(a, b), ...graph.outEdges(b, a)]
    .filter((edge) => allows(visible, edge, graph.source(edge), graph.target(edge)))
    .sort();
}

/** Every node and edge on any of the paths, for highlighting. */
export function pathElements(paths: readonly GraphPath[]): ElementSet {
  const elements: ElementSet = { nodes: new Set(), edges: new Set() };
  for (const path of paths) {
    for (const node of path.nodes) elements.nodes.add(node);
    for (const hop of path.edges) for (const edge of hop) elements.edges.add(edge);
  }
  return elements;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** "asset freeze (blocking) and visa ban": the kinds in the model's order. */
function measureKinds(kinds: Set<MeasureKind>): string {
  return joinAnd(MEASURE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => lowerFirst(MEASURE_KIND_LABEL[kind])));
}

/** The words between two node names for one hop, read from `from` to `to`. */
function hopPhrase(graph: SanctionsGraph, from: string, edges: string[]): string {
  const forwardMeasures = new Set<MeasureKind>();
  const backwardMeasures = new Set<MeasureKind>();
  const others: string[] = [];
  for (const edge of edges) {
    const attributes: EdgeAttributes = graph.getEdgeAttributes(edge);
    const forward = graph.source(edge) === from;
    if (attributes.kind === 'measure') {
      (forward ? forwardMeasures : backwardMeasures).add(attributes.record.kind);
    } else if (attributes.kind === 'role') {
      const title = attributes.record.title;
      others.push(forward ? `-> post of ${title} in` : `<- post of ${title} held by`);
    } else {
      const label = attributes.record.label;
      others.push(forward ? `-> ${label} ->` : `<- ${label} <-`);
    }
  }
  const phrases: string[] = [];
  if (forwardMeasures.size > 0) phrases.push(`-> ${measureKinds(forwardMeasures)} on`);
  if (backwardMeasures.size > 0) phrases.push(`<- ${measureKinds(backwardMeasures)} by`);
  phrases.push(...new Set(others));
  return phrases.join(' / ');
}

/**
 * A path as a sentence, e.g. "SenseTime <- investment ban by US Treasury -> asset freeze (blocking) on
 * Chen Quanguo": "->" where an edge points along the path, "<-" where it points back. Measures read
 * "kind on target" / "kind by body", roles "post of title in organisation" / "held by person", links by label.
 */
export function describePath(graph: SanctionsGraph, path: GraphPath): string {
  const name = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'name') : node);
  const [first, ...rest] = path.nodes;
  if (first === undefined) return '';
  let sentence = name(first);
  rest.forEach((node, i) => {
    const previous = path.nodes[i] ?? first;
    const phrase = hopPhrase(graph, previous, path.edges[i] ?? []);
    sentence += phrase === '' ? ` - ${name(node)}` : ` ${phrase} ${name(node)}`;
  });
  return sentence;
}
