// Undo and redo bound to the store: every change of an undoable field (undo.ts in core) is recorded with its
// name; Undo and Redo restore those fields and leave navigation (selection, focus, camera) alone.
import { create } from 'zustand';
import {
  canRedo,
  canUndo,
  recordChange,
  redo,
  redoLabel,
  startHistory,
  syncPresent,
  undo,
  undoLabel,
  undoableChanges,
  type UndoHistory,
} from '../core/view/undo.ts';
import { defaultViewState } from '../core/view/viewState.ts';
import { replaceView, useAppStore } from './store.ts';
import { loadUndoHistory, saveUndoHistory } from './undoStorage.ts';

export const useUndoStore = create<{ history: UndoHistory }>(() => ({ history: startHistory(defaultViewState()) }));

let applying = false;

function setHistory(history: UndoHistory): void {
  useUndoStore.setState({ history });
  saveUndoHistory(history);
}

/** Starts recording; a history stored by this tab is taken up when it ends at the view now shown. Returns a stop. */
export function startUndo(): () => void {
  let lastData = useAppStore.getState().data;
  let lastView = useAppStore.getState().view;
  const adopt = (): void => {
    const view = useAppStore.getState().view;
    const stored = loadUndoHistory();
    const present = stored?.entries[stored.index]?.state;
    if (stored && present && undoableChanges(present, view).length === 0) setHistory(syncPresent(stored, view));
    else setHistory(startHistory(view, performance.now()));
  };
  if (lastData) adopt();
  return useAppStore.subscribe((state) => {
    if (state.data !== lastData) {
      lastData = state.data;
      lastView = state.view;
      if (state.data) adopt();
      return;
    }
    if (applying || state.view === lastView) return;
    lastView = state.view;
    const { history } = useUndoStore.getState();
    const next = recordChange(history, state.view, performance.now());
    if (next !== history) setHistory(next);
  });
}

function step(move: typeof undo): void {
  const { history } = useUndoStore.getState();
  const result = move(history, useAppStore.getState().view);
  if (!result) return;
  applying = true;
  try {
    replaceView(result.view);
  } finally {
    applying = false;
  }
  setHistory(result.history);
}

export const undoView = (): void => step(undo);
export const redoView = (): void => step(redo);

export interface UndoButtons {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** What the Undo and Redo buttons show. */
export function useUndoButtons(): UndoButtons {
  const history = useUndoStore((s) => s.history);
  return {
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undoLabel: undoLabel(history),
    redoLabel: redoLabel(history),
  };
}
