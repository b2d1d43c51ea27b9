// Computes a layout from plain data: the seeded force layout (fcose, on a headless Cytoscape) or, above
// settings.forceLayoutMaxNodes, the quick arrangement. Runs in the layout worker so the page stays responsive.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import type { NodeKind } from '../core/model/kinds.ts';
import type { LayoutName, Point } from '../core/view/viewState.ts';
import { layoutOptions } from './layouts.ts';
import { THEMES } from './palette.ts';
import { usesQuickLayout } from './layoutChoice.ts';
import { quickLayoutPositions } from './quickLayout.ts';
import { withSeededRandom } from './seededRandom.ts';
import { buildStylesheet } from './stylesheet.ts';
import { centred } from './positions.ts';

/** What a layout needs: every node (shown or hidden) with its kind, which sets its size, and every edge. */
export interface LayoutInput {
  name: LayoutName;
  nodes: { id: string; kind: NodeKind }[];
  edges: { id: string; source: string; target: string }[];
}

/**
 * Positions of every node, with the node centres' bounding box centred on (0, 0). The same input always gives
 * the same positions (the force layout runs with a seeded generator), so a shared link needs only the
 * positions the user dragged.
 */
export function computeLayout(input: LayoutInput): Record<string, Point> {
  return centred(usesQuickLayout(input.name, input.nodes.length) ? arrange(input) : runCytoscapeLayout(input));
}

function arrange(input: LayoutInput): Record<string, Point> {
  const graph = new MultiDirectedGraph();
  for (const n of input.nodes) graph.addNode(n.id);
  for (const e of input.edges) graph.addEdgeWithKey(e.id, e.source, e.target);
  return quickLayoutPositions(graph);
}

function runCytoscapeLayout(input: LayoutInput): Record<string, Point> {
  const elements: ElementDefinition[] = [
    ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, kind: n.kind, label: '' } })),
    ...input.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ];
  // The stylesheet gives node sizes (bodies are larger); labels are not counted, so fonts do not matter.
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: buildStylesheet(THEMES.light) });
  withSeededRandom(1, () => cy.layout(layoutOptions(input.name, {}, false, input.nodes.length)).run());
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  cy.destroy();
  return positions;
}
