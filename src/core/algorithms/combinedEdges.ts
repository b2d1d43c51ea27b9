// Which edges a collapsed group carries: its members' visible edges, combined into one edge per outside
// neighbour (a shown node or another collapsed group) and direction, with the count of edges it stands for.
import type { Curation } from '../view/curation.ts';
import type { ElementSet } from './types.ts';

/** One end of a combined edge: a node drawn as itself, or a collapsed group drawn as one node. */
export type CombinedEnd = { type: 'node'; id: string } | { type: 'group'; id: string };

/** Edges between the same two ends in the same direction, drawn as one edge labelled with their count. */
export interface CombinedEdge {
  /** Unique among the combined edges of one view, made from both ends (safe for any id). */
  key: string;
  source: CombinedEnd;
  target: CombinedEnd;
  /** The data edges it stands for, in the order the visible set lists them. */
  edges: string[];
}

/** The ends of an edge, as the graph stores them. */
export interface EdgeEnds {
  source(edge: string): string;
  target(edge: string): string;
}

const endKey = (end: CombinedEnd): string => JSON.stringify([end.type, end.id]);

/**
 * The combined edges of the collapsed groups in `curation`, from the edges `visible` lets through (filters,
 * date and focus applied; the curation not). An edge with a hidden end is left out (a hidden node takes its
 * edges with it), so is an edge between two members of one group; an edge with no collapsed end is drawn
 * as itself and is not returned. Ordered by each combined edge's first data edge.
 */
export function combinedEdges(graph: EdgeEnds, visible: ElementSet, curation: Curation): CombinedEdge[] {
  const folded = new Map<string, string>();
  for (const group of curation.groups) {
    if (!group.collapsed) continue;
    for (const member of group.members) folded.set(member, group.id);
  }
  if (folded.size === 0) return [];
  const hidden = new Set(curation.hidden);
  const endOf = (node: string): CombinedEnd | null => {
    if (hidden.has(node) || !visible.nodes.has(node)) return null;
    const group = folded.get(node);
    return group === undefined ? { type: 'node', id: node } : { type: 'group', id: group };
  };
  const combined = new Map<string, CombinedEdge>();
  for (const edge of visible.edges) {
    const source = endOf(graph.source(edge));
    const target = endOf(graph.target(edge));
    if (!source || !target) continue;
    if (source.type === 'node' && target.type === 'node') continue;
    if (source.type === 'group' && target.type === 'group' && source.id === target.id) continue;
    const key = `${endKey(source)}>${endKey(target)}`;
    const found = combined.get(key);
    if (found) found.edges.push(edge);
    else combined.set(key, { key, source, target, edges: [edge] });
  }
  return [...combined.values()];
}
