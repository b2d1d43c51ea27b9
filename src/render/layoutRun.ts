// Computes a layout from plain data: the layouts of src/core/layout (ownLayouts.ts) or the older Cytoscape
// layouts that old links name (fcose seeded, on a headless Cytoscape). The layout worker loads this file only
// for the Cytoscape layouts (ownLayouts.ts is what it needs up front).
import cytoscape, { type ElementDefinition } from 'cytoscape';
import type { Point } from '../core/view/viewState.ts';
import { layoutOptions, type CytoscapeLayoutName } from './layouts.ts';
import { THEMES } from './palette.ts';
import { withSeededRandom } from '../core/layout/seeded.ts';
import { buildStylesheet } from './stylesheet.ts';
import { centred } from './positions.ts';
import { idRecord } from '../core/idRecord.ts';
import { computeOwnLayout, type LayoutInput } from './ownLayouts.ts';

export type { LayoutInput } from './ownLayouts.ts';

/**
 * Positions of every node, with the node centres' bounding box centred on (0, 0). The same input always gives
 * the same positions (the force layout runs with a seeded generator), so a shared link needs only the
 * positions the user dragged.
 */
export function computeLayout(input: LayoutInput): Record<string, Point> {
  return computeOwnLayout(input) ?? centred(runCytoscapeLayout(input, input.name as CytoscapeLayoutName));
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
