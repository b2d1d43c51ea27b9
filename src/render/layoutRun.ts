// Computes a layout from plain data: the seeded force layout (fcose, on a headless Cytoscape) or, above
// settings.forceLayoutMaxNodes, the quick arrangement. Runs in the layout worker so the page stays responsive.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { IdGraph } from '../core/graph/idGraph.ts';
import type { NodeKind } from '../core/model/kinds.ts';
import type { LayoutName, Point } from '../core/view/viewState.ts';
import { layoutOptions } from './layouts.ts';
import { THEMES } from './palette.ts';
import { usesQuickLayout } from './layoutChoice.ts';
import { quickLayoutPositions } from './quickLayout.ts';
import { withSeededRandom } from './seededRandom.ts';
import { buildStylesheet } from './stylesheet.ts';
import { centred } from './positions.ts';
import { idRecord } from '../core/idRecord.ts';

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
  const graph = new IdGraph();
  for (const n of input.nodes) graph.addNode(n.id, {});
  for (const e of input.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {});
  return quickLayoutPositions(graph);
}

// Cytoscape's layouts (cose-base) keep nodes in plain objects keyed by id, so the headless run gets
// index ids ('n0', 'e0') and the positions are mapped back: an id like 'constructor' cannot collide.
function runCytoscapeLayout(input: LayoutInput): Record<string, Point> {
  const index = new Map(input.nodes.map((n, i) => [n.id, `n${i}`]));
  const elements: ElementDefinition[] = [
    ...input.nodes.map((n, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, kind: n.kind, label: '' } })),
    ...input.edges.flatMap((e, i) => {
      const source = index.get(e.source);
      const target = index.get(e.target);
      return source && target ? [{ group: 'edges' as const, data: { id: `e${i}`, source, target } }] : [];
    }),
  ];
  // The stylesheet gives node sizes (bodies are larger); labels are not counted, so fonts do not matter.
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: buildStylesheet(THEMES.light) });
  withSeededRandom(1, () => cy.layout(layoutOptions(input.name, {}, false, input.nodes.length)).run());
  const positions = idRecord<Point>();
  input.nodes.forEach((n, i) => {
    positions[n.id] = { ...cy.getElementById(`n${i}`).position() };
  });
  cy.destroy();
  return positions;
}
