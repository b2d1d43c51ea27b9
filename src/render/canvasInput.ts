// What the user does on the canvas, as the app's intents: taps select, shift-taps toggle, a shift-drag on the
// background is a lasso, a drag moves a node. Curation elements (groups, notes) are not data and never selected.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { nodesInRectangle } from '../core/view/lasso.ts';
import type { Camera, Point } from '../core/view/viewState.ts';
import { isCurationId } from './curationLayer.ts';
import type { LayoutProgress } from './layoutSession.ts';

export interface CanvasEvents {
  onSelectNode(id: string): void;
  /** Shift-click on a node: add it to the selection or take it out. */
  onToggleNode?(id: string): void;
  /** Shift-drag on the background: the nodes inside the rectangle. */
  onLasso?(ids: string[]): void;
  onSelectEdge(id: string): void;
  onClearSelection(): void;
  /** After a pan or zoom settles. */
  onCamera(camera: Camera): void;
  /** After the user drags nodes. */
  onMoved(positions: Record<string, Point>): void;
  /** While a layout runs and when it is drawn (see LayoutProgress). */
  onLayoutProgress?(progress: LayoutProgress): void;
}

/** What the canvas does itself after an input, besides telling the app. */
export interface InputFollowUp {
  /** After a lasso: Cytoscape selected what the box held; the canvas shows the app's selection again. */
  lassoed(): void;
  /** After a node is dropped somewhere new. */
  moved(): void;
  /** A double tap on a node. */
  centreOn(id: string): void;
}

/** Reports taps, lassos, double taps and drags on `cy` as `events`. */
export function bindInput(cy: Core, events: CanvasEvents, followUp: InputFollowUp): void {
  const shift = (e: EventObject): boolean => (e.originalEvent as MouseEvent | undefined)?.shiftKey === true;
  cy.on('tap', 'node', (e: EventObject) => {
    const id = String(e.target.id());
    if (isCurationId(id)) return;
    if (shift(e) && events.onToggleNode) events.onToggleNode(id);
    else events.onSelectNode(id);
  });
  cy.on('tap', 'edge', (e: EventObject) => {
    if (!isCurationId(String(e.target.id()))) events.onSelectEdge(e.target.id());
  });
  // What the last two taps landed on (a node id, or null for anything else), newest last.
  const taps: [string | null, string | null] = [null, null];
  cy.on('tap', (e: EventObject) => {
    taps[0] = taps[1];
    taps[1] = e.target === cy || !e.target.isNode() || shift(e) ? null : String(e.target.id());
    if (e.target === cy) events.onClearSelection();
  });
  // Where a press on the background starts: Cytoscape's boxstart comes only once the pointer has moved.
  let boxStart: Point | null = null;
  cy.on('tapstart', (e: EventObject) => {
    boxStart = { ...e.position };
  });
  cy.on('boxend', (e: EventObject) => {
    const start = boxStart;
    boxStart = null;
    if (!start) return;
    const positions = new Map<string, Point>();
    cy.nodes()
      .not('.hidden')
      .forEach((n) => {
        if (!isCurationId(n.id()) && !n.isParent()) positions.set(n.id(), n.position());
      });
    const ids = nodesInRectangle(positions, { x1: start.x, y1: start.y, x2: e.position.x, y2: e.position.y });
    // Cytoscape selects what the box held; the store decides what is selected.
    setTimeout(() => {
      events.onLasso?.(ids);
      followUp.lassoed();
    }, 0);
  });
  // Cytoscape calls any two taps in quick succession a double tap, even on two different nodes: a quick
  // click then shift-click would zoom in on the second node and move the rest of a selection spree away.
  cy.on('dbltap', 'node', (e: EventObject) => {
    const id = String(e.target.id());
    if (taps[0] === id && taps[1] === id) followUp.centreOn(id);
  });
  cy.on('dragfree', 'node', (e: EventObject) => {
    const node = e.target as NodeSingular;
    if (isCurationId(node.id())) return;
    const { x, y } = node.position();
    events.onMoved({ [node.id()]: { x: Math.round(x), y: Math.round(y) } });
    followUp.moved();
  });
}
