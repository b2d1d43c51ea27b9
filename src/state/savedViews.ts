// The one owner of the saved views in localStorage (core/view/savedViews.ts has the list operations). Storage
// may be missing, full or forbidden: reading then gives no views, and saving says why it failed.
import { create } from 'zustand';
import { parseSavedViews, type SavedView } from '../core/view/savedViews.ts';

const KEY = 'sanctions-explorer.saved-views';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(): SavedView[] {
  try {
    return parseSavedViews(storage()?.getItem(KEY) ?? null);
  } catch {
    return [];
  }
}

export const useSavedViews = create<{ views: SavedView[] }>(() => ({ views: read() }));

/** Stores the list; null when done, or a message saying why the browser refused. */
export function storeSavedViews(views: SavedView[]): string | null {
  const store = storage();
  if (!store) return 'This browser does not let the page keep saved views (private mode or blocked storage).';
  try {
    store.setItem(KEY, JSON.stringify(views));
  } catch {
    return 'The browser refused to keep more saved views: its storage for this site is full. Delete a view, or save this view as a file.';
  }
  useSavedViews.setState({ views });
  return null;
}
