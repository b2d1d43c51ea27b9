// Saved views: named views kept in this browser, each as its link text with a small thumbnail. Pure list
// operations and the stored form; state/savedViews.ts is the one owner of the browser storage.
import { cleanCuratedText } from './curation.ts';
import { decodeViewState } from './codec.ts';

export interface SavedView {
  id: string;
  name: string;
  /** ISO timestamp. */
  savedAt: string;
  /** The view as link text (what follows "#"). */
  link: string;
  /** A small PNG as a data: address, or null. */
  thumbnail: string | null;
}

/** All saved views together may take this many characters of storage (browsers allow about 5 MB per site). */
export const MAX_SAVED_CHARACTERS = 2_000_000;
export const MAX_SAVED_VIEWS = 50;
export const MAX_VIEW_NAME_LENGTH = 80;
const THUMBNAIL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

export type SaveResult = { ok: true; views: SavedView[] } | { ok: false; error: string };

/** The characters a list takes in storage. */
export const storedSize = (views: readonly SavedView[]): number => JSON.stringify(views).length;

/** Adds a view at the top; refuses with a message when the list would pass MAX_SAVED_VIEWS or the size limit. */
export function addSavedView(
  views: readonly SavedView[],
  view: Omit<SavedView, 'name'> & { name: string },
): SaveResult {
  const name = cleanCuratedText(view.name, MAX_VIEW_NAME_LENGTH, true).text || 'Untitled view';
  if (views.length >= MAX_SAVED_VIEWS) {
    return {
      ok: false,
      error: `${MAX_SAVED_VIEWS} views are saved, the most this browser keeps: delete one to save another.`,
    };
  }
  const next = [{ ...view, name }, ...views];
  if (storedSize(next) > MAX_SAVED_CHARACTERS) {
    return {
      ok: false,
      error: `Saved views are full (${(MAX_SAVED_CHARACTERS / 1_000_000).toFixed(0)} million characters in this browser): delete one, or save this view as a file.`,
    };
  }
  return { ok: true, views: next };
}

export function renameSavedView(views: readonly SavedView[], id: string, name: string): SavedView[] {
  const clean = cleanCuratedText(name, MAX_VIEW_NAME_LENGTH, true).text;
  return clean === '' ? [...views] : views.map((v) => (v.id === id ? { ...v, name: clean } : v));
}

export function deleteSavedView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((v) => v.id !== id);
}

function readOne(value: unknown): SavedView | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, name, savedAt, link, thumbnail } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(id)) return null;
  if (typeof name !== 'string' || typeof savedAt !== 'string' || typeof link !== 'string') return null;
  if (Number.isNaN(Date.parse(savedAt)) || link.length > MAX_SAVED_CHARACTERS) return null;
  if (decodeViewState(link).notices.length > 0) return null;
  const safeThumbnail = typeof thumbnail === 'string' && THUMBNAIL.test(thumbnail) ? thumbnail : null;
  const clean = cleanCuratedText(name, MAX_VIEW_NAME_LENGTH, true).text || 'Untitled view';
  return { id, name: clean, savedAt, link, thumbnail: safeThumbnail };
}

/** Reads the stored list, keeping every entry that is valid (a thumbnail that is not a PNG data address is dropped). */
export function parseSavedViews(text: string | null): SavedView[] {
  if (text === null) return [];
  try {
    const json: unknown = JSON.parse(text);
    if (!Array.isArray(json)) return [];
    const views = new Map<string, SavedView>();
    for (const item of json.slice(0, MAX_SAVED_VIEWS)) {
      const view = readOne(item);
      if (view && !views.has(view.id)) views.set(view.id, view);
    }
    return [...views.values()];
  } catch {
    return [];
  }
}
