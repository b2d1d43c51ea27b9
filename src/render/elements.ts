// Graph -> Cytoscape element definitions. Pure: the graph is read, never changed.
import type { ElementDefinition } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { Point } from '../core/view/viewState.ts';
import { ownValue } from '../core/idRecord.ts';

/**
 * One element per node and edge; data carries what the stylesheet selects on. With `visible`, elements not in
 * it get the class `hidden`; with `display`, nodes carry the label text to draw (`display`: wrapped lines).
 */
export function toElements(
  graph: SanctionsGraph,
  positions: Record<string, Point> = {},
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null = null,
  display?: (name: string) => string,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, node) => {
    const position = ownValue(positions, id);
    elements.push({
      group: 'nodes',
      data: { id, label: node.name, kind: node.kind, ...(display ? { display: display(node.name) } : {}) },
      ...(position ? { position: { ...position } } : {}),
      ...(visible && !visible.nodes.has(id) ? { classes: 'hidden' } : {}),
    });
  });
  const shared = sharedPairs(graph);
  graph.forEachEdge((id, attrs, source, target) => {
    const data: Record<string, string> = { id, source, target, edgeKind: attrs.kind };
    if (shared.has(pairKey(source, target))) data.parallel = 'yes';
    if (attrs.kind === 'measure') data.measureKind = attrs.record.kind;
    if (attrs.kind === 'link') data.label = attrs.record.label;
    elements.push({ group: 'edges', data, ...(visible && !visible.edges.has(id) ? { classes: 'hidden' } : {}) });
  });
  return elements;
}

/** The same key for both directions between two nodes. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Pairs of nodes with more than one edge between them (either way), and loops. Only their edges are drawn as
 * curves fanned apart; a lone edge is a straight line, which looks the same and spares Cytoscape the search
 * for parallel edges that bundled curves make on every redraw.
 */
function sharedPairs(graph: SanctionsGraph): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  graph.forEachEdge((_id, _attrs, source, target) => {
    const key = pairKey(source, target);
    if (source === target || seen.has(key)) shared.add(key);
    else seen.add(key);
  });
  return shared;
}
