// The one owner of the tab's sessionStorage: the undo history, so that it survives a reload within the tab.
// Storage may be missing, full or forbidden (private modes, sandboxed frames): then undo simply lasts the page.
import { parseHistory, serialiseHistory, type UndoHistory } from '../core/view/undo.ts';

const KEY = 'sanctions-explorer.undo-history';
/** A stored history longer than this drops its oldest steps (sessionStorage holds about 5 MB per site). */
export const MAX_STORED_UNDO_LENGTH = 1_000_000;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The history stored by this tab, or null when there is none (or it cannot be read). */
export function loadUndoHistory(): UndoHistory | null {
  try {
    const text = storage()?.getItem(KEY);
    return typeof text === 'string' ? parseHistory(text) : null;
  } catch {
    return null;
  }
}

/** Stores the history, dropping its oldest steps until it fits; never throws. */
export function saveUndoHistory(history: UndoHistory): void {
  const store = storage();
  if (!store) return;
  let h = history;
  for (;;) {
    const text = serialiseHistory(h);
    if (text.length <= MAX_STORED_UNDO_LENGTH || h.index === 0) {
      try {
        store.setItem(KEY, text);
      } catch {
        // Full or forbidden: undo still works for this page.
      }
      return;
    }
    const drop = Math.max(1, Math.floor(h.index / 4));
    h = { entries: h.entries.slice(drop), index: h.index - drop };
  }
}
