// Graph -> Cytoscape element definitions. Pure: the graph is read, never changed.
import type { ElementDefinition } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { Point } from '../core/view/viewState.ts';

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
    const position = Object.hasOwn(positions, id) ? positions[id] : undefined;
    elements.push({
      group: 'nodes',
      data: { id, label: node.name, kind: node.kind, ...(display ? { display: display(node.name) } : {}) },
      ...(position ? { position: { ...position } } : {}),
      ...(visible && !visible.nodes.has(id) ? { classes: 'hidden' } : {}),
    });
  });
  graph.forEachEdge((id, attrs, source, target) => {
    const data: Record<string, string> = { id, source, target, edgeKind: attrs.kind };
    if (attrs.kind === 'measure') data.measureKind = attrs.record.kind;
    if (attrs.kind === 'link') data.label = attrs.record.label;
    elements.push({ group: 'edges', data, ...(visible && !visible.edges.has(id) ? { classes: 'hidden' } : {}) });
  });
  return elements;
}
