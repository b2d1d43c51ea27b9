// Named user commands that touch both the view state and the canvas (e.g. select then centre).
// The canvas handle is registered by the App; without one (list view) only the state changes.
import type { RefObject } from 'react';
import type { GraphViewHandle } from '../render/GraphView.tsx';
import { updateView } from './store.ts';
import { clearSelection, selectEdge, selectNode } from './transitions.ts';

let canvas: RefObject<GraphViewHandle | null> | null = null;

export function registerCanvas(handle: RefObject<GraphViewHandle | null>): void {
  canvas = handle;
}

export function canvasHandle(): GraphViewHandle | null {
  return canvas?.current ?? null;
}

/** Select a node and bring it into view: what choosing a search result or a name in a panel does. */
export function goToNode(id: string): void {
  updateView(selectNode, id);
  canvasHandle()?.centreOn(id);
}

export function goToEdge(id: string): void {
  updateView(selectEdge, id);
}

export function deselect(): void {
  updateView(clearSelection);
}
