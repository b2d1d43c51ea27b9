// Curation commands as the toolbar, the keys and the panel call them: each reads what is selected and shown
// now, applies one pure transition, and so makes one undo step.
import type { HighlightColour, NoteTarget } from '../core/view/curation.ts';
import { gatherAround } from '../core/view/lasso.ts';
import { canvasCommands } from './commands.ts';
import { moveNodes } from './transitions.ts';
import {
  addNote,
  createGroup,
  hideNodes,
  hideOthers,
  pinNodes,
  selectAllVisible,
  selectedNodeIds,
  setNodeColour,
  showAllHidden,
  toggleNodeInSelection,
  unpinNodes,
} from './curationTransitions.ts';
import { selectShown } from './derived.ts';
import { updateView, useAppStore } from './store.ts';

const shownNodes = (): Set<string> => {
  const { data, view } = useAppStore.getState();
  return data ? selectShown(data, view).nodes : new Set();
};

const selected = (): string[] => selectedNodeIds(useAppStore.getState().view);

export function hideSelected(): void {
  updateView(hideNodes, selected());
}

export function hideAllButSelected(): void {
  const keep = selected();
  if (keep.length > 0) updateView(hideOthers, keep, shownNodes());
}

export function showAll(): void {
  updateView(showAllHidden);
}

/** Pins the selected nodes where they are drawn now; unpins them when all are pinned already. */
export function togglePinSelected(): void {
  const ids = selected();
  const { pinned } = useAppStore.getState().view.curation;
  if (ids.length > 0 && ids.every((id) => pinned.includes(id))) {
    updateView(unpinNodes, ids);
    return;
  }
  const at = canvasCommands()?.nodePositions(ids) ?? new Map();
  updateView(pinNodes, at);
}

/** Groups the selected nodes, gathered next to each other where they were (one undo step). */
export function groupSelected(): void {
  const ids = selected();
  if (ids.length === 0) return;
  const gathered = gatherAround(canvasCommands()?.nodePositions(ids) ?? new Map());
  updateView((view) => {
    const grouped = createGroup(view, ids);
    if (grouped === view || gathered.size < 2) return grouped;
    return moveNodes(grouped, Object.fromEntries(gathered));
  });
}

export function selectAllShown(): void {
  updateView(selectAllVisible, shownNodes());
}

export function shiftSelect(id: string): void {
  updateView(toggleNodeInSelection, id);
}

export function colourSelected(colour: HighlightColour | null): void {
  updateView(setNodeColour, selected(), colour);
}

/** What "Add note" attaches to now: the selected edge or node, or else a free point at the middle of the view. */
export function noteTargetNow(): NoteTarget {
  const { selection } = useAppStore.getState().view;
  if (selection)
    return selection.type === 'edge' ? { type: 'edge', id: selection.id } : { type: 'node', id: selection.id };
  const ids = selected();
  if (ids.length === 1 && ids[0] !== undefined) return { type: 'node', id: ids[0] };
  const centre = canvasCommands()?.viewCentre() ?? { x: 0, y: 0 };
  return { type: 'point', x: Math.round(centre.x), y: Math.round(centre.y) };
}

export function addNoteTo(target: NoteTarget, text: string): void {
  updateView(addNote, target, text);
}
