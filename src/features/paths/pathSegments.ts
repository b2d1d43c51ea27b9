// A path sentence cut into pieces a panel can render: node names (as links) and the phrases between them.
// The words come from describePath itself, so the sentence on screen is exactly the core's sentence.
import { describePath, type GraphPath } from '../../core/algorithms/paths.ts';
import type { SanctionsGraph } from '../../core/graph/build.ts';

export type PathSegment = { type: 'node'; id: string; name: string } | { type: 'text'; text: string };

function nameOf(graph: SanctionsGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id;
}

/**
 * The path as alternating node and text pieces whose texts, joined, give describePath(graph, path).
 * Each hop's phrase is read from describePath on that single hop, with the two names taken off its ends.
 */
export function pathSegments(graph: SanctionsGraph, path: GraphPath): PathSegment[] {
  const [first, ...rest] = path.nodes;
  if (first === undefined) return [];
  const segments: PathSegment[] = [{ type: 'node', id: first, name: nameOf(graph, first) }];
  rest.forEach((node, i) => {
    const previous = path.nodes[i] ?? first;
    const hop = describePath(graph, { nodes: [previous, node], edges: [path.edges[i] ?? []] });
    const head = nameOf(graph, previous);
    const tail = nameOf(graph, node);
    const middle =
      hop.startsWith(head) && hop.endsWith(tail) && hop.length >= head.length + tail.length
        ? hop.slice(head.length, hop.length - tail.length)
        : ' - ';
    segments.push({ type: 'text', text: middle }, { type: 'node', id: node, name: tail });
  });
  return segments;
}

/** The plain text of the pieces (equals describePath for the same path). */
export function segmentsText(segments: readonly PathSegment[]): string {
  return segments.map((s) => (s.type === 'node' ? s.name : s.text)).join('');
}
