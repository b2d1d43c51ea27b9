// Named user commands that touch both the view state and the canvas (e.g. select then centre), and the
// port through which they reach the canvas: CanvasCommands, declared here and implemented by src/render,
// which attaches its implementation while a canvas is mounted. Without one (list view) only the state changes.
import type { ExportFrame } from '../core/view/exportFrame.ts';
import type { Point } from '../core/view/viewState.ts';
import { updateView } from './store.ts';
import { clearSelection, selectEdge, selectNode } from './transitions.ts';

/** What the app can ask of the graph canvas. */
export interface CanvasCommands {
  fit(): void;
  zoomBy(factor: number): void;
  centreOn(id: string): void;
  png(options: { full: boolean; scale: number; background: boolean }): Blob | null;
  /** Resolves to null when there is no canvas. With a frame: the title, legend, filters and credit around it. */
  svg(options: { full: boolean; background: boolean; frame: ExportFrame | null }): Promise<string | null>;
  /** Where the nodes are drawn now (graph coordinates); empty without a canvas. */
  nodePositions(ids: readonly string[]): Map<string, Point>;
  /** The middle of what is in view (graph coordinates). */
  viewCentre(): Point;
}

let attached: CanvasCommands | null = null;

/** Makes `commands` the canvas the app talks to; the returned function detaches it (if still attached). */
export function attachCanvas(commands: CanvasCommands): () => void {
  attached = commands;
  return () => {
    if (attached === commands) attached = null;
  };
}

/** The mounted canvas, or null (list view, summary, before the first draw). */
export function canvasCommands(): CanvasCommands | null {
  return attached;
}

/** Select a node and bring it into view: what choosing a search result or a name in a panel does. */
export function goToNode(id: string): void {
  updateView(selectNode, id);
  attached?.centreOn(id);
}

/** Select an edge (a measure, a post) and bring it into view: "Show this measure on the graph". */
export function goToEdge(id: string): void {
  updateView(selectEdge, id);
  attached?.centreOn(id);
}

export function deselect(): void {
  updateView(clearSelection);
}
