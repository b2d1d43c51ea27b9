// Computes a layout from plain data: the layouts of src/core/layout (ForceAtlas2 with overlap removal, by
// sanctioning body, timeline, around the selection), the older Cytoscape layouts that old links name (fcose
// seeded, on a headless Cytoscape) or, above settings.forceLayoutMaxNodes, the quick arrangement instead of a
// force layout. Runs in the layout worker so the page stays responsive.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { IdGraph } from '../core/graph/idGraph.ts';
import { aroundLayout } from '../core/layout/aroundLayout.ts';
import { bodiesLayout } from '../core/layout/bodiesLayout.ts';
import { forceLayout } from '../core/layout/forceLayout.ts';
import { timelineLayout } from '../core/layout/timelineLayout.ts';
import type { LayoutGraph, Positions } from '../core/layout/types.ts';
import type { LayoutName, Point } from '../core/view/viewState.ts';
import { layoutOptions, type CytoscapeLayoutName } from './layouts.ts';
import { THEMES } from './palette.ts';
import { usesQuickLayout } from './layoutChoice.ts';
import { quickLayoutPositions } from '../core/layout/quickLayout.ts';
import { withSeededRandom } from '../core/layout/seeded.ts';
import { buildStylesheet } from './stylesheet.ts';
import { centred } from './positions.ts';
import { idRecord } from '../core/idRecord.ts';

/**
 * What a layout needs: every node (shown or hidden) with its kind, every edge with its kind (and a measure's
 * date), and for "around the selection" the selected node.
 */
export interface LayoutInput extends LayoutGraph {
  name: LayoutName;
  centre?: string | null;
}

/**
 * Positions of every node, with the node centres' bounding box centred on (0, 0). The same input always gives
 * the same positions (the force layout runs with a seeded generator), so a shared link needs only the
 * positions the user dragged.
 */
export function computeLayout(input: LayoutInput): Record<string, Point> {
  if (usesQuickLayout(input.name, input.nodes.length)) return centred(arrange(input));
  switch (input.name) {
    case 'force':
      return centred(record(forceLayout(input)));
    case 'bodies':
      return centred(record(bodiesLayout(input)));
    case 'timeline':
      return centred(record(timelineLayout(input)));
    case 'around':
      return centred(record(aroundLayout(input, input.centre ?? null)));
    default:
      return centred(runCytoscapeLayout(input, input.name));
  }
}

/** Positions as the plain (prototype-free) record the worker posts. */
function record(positions: Positions): Record<string, Point> {
  const out = idRecord<Point>();
  for (const [id, p] of positions) out[id] = p;
  return out;
}

function arrange(input: LayoutInput): Record<string, Point> {
  const graph = new IdGraph();
  for (const n of input.nodes) graph.addNode(n.id, {});
  for (const e of input.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {});
  return quickLayoutPositions(graph);
}

// Cytoscape's layouts (cose-base) keep nodes in plain objects keyed by id, so the headless run gets
// index ids ('n0', 'e0') and the positions are mapped back: an id like 'constructor' cannot collide.
function runCytoscapeLayout(input: LayoutInput, name: CytoscapeLayoutName): Record<string, Point> {
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
  withSeededRandom(1, () => cy.layout(layoutOptions(name, {}, false, input.nodes.length)).run());
  const positions = idRecord<Point>();
  input.nodes.forEach((n, i) => {
    positions[n.id] = { ...cy.getElementById(`n${i}`).position() };
  });
  cy.destroy();
  return positions;
}
