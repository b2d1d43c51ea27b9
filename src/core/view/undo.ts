// Undo and redo of view changes: a stack of view states, each with the name of the action that made it.
// Covers what the author changes (filters, date, layout, drags, curation); Back and Forward keep navigation.
import { decodeViewState, encodeViewState } from './codec.ts';
import type { Curation } from './curation.ts';
import { changedFields } from './equal.ts';
import { LAYOUT_LABELS, type ViewState } from './viewState.ts';

/** The fields undo and redo restore. Selection, focus, path, camera and panel are navigation (Back/Forward). */
export const UNDO_FIELDS = [
  'filters',
  'asOf',
  'layout',
  'positions',
  'curation',
] as const satisfies readonly (keyof ViewState)[];
export type UndoField = (typeof UNDO_FIELDS)[number];

export const MAX_UNDO_ENTRIES = 100;
/** Changes of the same kind this close together are one step (dragging the date slider, nudging a node). */
export const COALESCE_MS = 800;
const COALESCING = new Set(['Change the date', 'Move 1 node', 'Change the filters']);

export interface UndoEntry {
  /** What the change was, in words: "Hide 2 nodes", "Group 3 nodes", "Add a note". */
  action: string;
  /** The view after the change. */
  state: ViewState;
  /** When it was recorded (milliseconds, any clock). */
  at: number;
}

export interface UndoHistory {
  /** entries[0] is the view the history started from; entries[index] is the present. */
  entries: UndoEntry[];
  index: number;
}

export function startHistory(state: ViewState, at = 0): UndoHistory {
  return { entries: [{ action: 'Start', state, at }], index: 0 };
}

function present(h: UndoHistory): UndoEntry {
  const entry = h.entries[h.index];
  if (!entry) throw new Error('undo: the history has no entry at its index');
  return entry;
}

/** The undoable fields that differ between two views. */
export function undoableChanges(a: ViewState, b: ViewState): UndoField[] {
  const changed = changedFields(a, b);
  return UNDO_FIELDS.filter((field) => changed.includes(field));
}

const plural = (n: number, one: string, many: string = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function describeCuration(a: Curation, b: Curation): string | null {
  const added = (x: readonly string[], y: readonly string[]) => y.filter((id) => !x.includes(id)).length;
  if (added(a.hidden, b.hidden) > 0) return `Hide ${plural(added(a.hidden, b.hidden), 'node')}`;
  if (b.hidden.length === 0 && a.hidden.length > 0) return 'Show all';
  if (added(b.hidden, a.hidden) > 0) return `Show ${plural(added(b.hidden, a.hidden), 'node')}`;
  if (added(a.pinned, b.pinned) > 0) return `Pin ${plural(added(a.pinned, b.pinned), 'node')}`;
  if (added(b.pinned, a.pinned) > 0) return `Unpin ${plural(added(b.pinned, a.pinned), 'node')}`;
  const groupIds = (c: Curation) => c.groups.map((g) => g.id);
  const newGroup = b.groups.find((g) => !groupIds(a).includes(g.id));
  if (newGroup) return `Group ${plural(newGroup.members.length, 'node')}`;
  if (b.groups.length < a.groups.length) return 'Ungroup';
  for (const g of b.groups) {
    const before = a.groups.find((o) => o.id === g.id);
    if (before && before.label !== g.label) return 'Rename a group';
    if (before && before.collapsed !== g.collapsed) return g.collapsed ? 'Collapse a group' : 'Expand a group';
  }
  if (b.notes.length > a.notes.length) return 'Add a note';
  if (b.notes.length < a.notes.length) return 'Remove a note';
  if (b.notes.some((n, i) => n.text !== a.notes[i]?.text)) return 'Edit a note';
  if (a.title !== b.title) return b.title === '' ? 'Remove the title' : 'Set the title';
  if (a.caption !== b.caption) return 'Set the caption';
  const styleKey = (c: Curation) => JSON.stringify(c.styles.map((s) => [s.node, s.label, s.colour]));
  if (styleKey(a) !== styleKey(b)) {
    return b.styles.some((s) => s.label !== null && !a.styles.some((o) => o.node === s.node && o.label === s.label))
      ? 'Label a node'
      : 'Restyle nodes';
  }
  return b.groups.length === a.groups.length ? 'Change the groups' : null;
}

/** Names a change for the Undo and Redo buttons ("Undo Hide 2 nodes"). */
export function describeChange(prev: ViewState, next: ViewState): string {
  const fields = undoableChanges(prev, next);
  if (fields.includes('curation')) return describeCuration(prev.curation, next.curation) ?? 'Change the view';
  if (fields.includes('layout')) return `Layout: ${LAYOUT_LABELS[next.layout]}`;
  if (fields.includes('filters')) return 'Change the filters';
  if (fields.includes('asOf')) return 'Change the date';
  if (fields.includes('positions')) {
    const moved = Object.keys(next.positions).filter((id) => {
      const before = Object.hasOwn(prev.positions, id) ? prev.positions[id] : undefined;
      const after = next.positions[id];
      return !before || !after || before.x !== after.x || before.y !== after.y;
    }).length;
    return moved === 0 ? 'Reset node positions' : `Move ${plural(moved, 'node')}`;
  }
  return 'Change the view';
}

/**
 * Records `next` as a step after the present (dropping anything that was redoable). Nothing is recorded when
 * no undoable field changed; a change of the same kind within COALESCE_MS of the last one replaces it.
 */
export function recordChange(h: UndoHistory, next: ViewState, at: number, action?: string): UndoHistory {
  const now = present(h);
  if (undoableChanges(now.state, next).length === 0) return h;
  const name = action ?? describeChange(now.state, next);
  const kept = h.entries.slice(0, h.index + 1);
  if (h.index > 0 && name === now.action && COALESCING.has(name) && at - now.at < COALESCE_MS) {
    kept[kept.length - 1] = { action: name, state: next, at };
    return { entries: kept, index: kept.length - 1 };
  }
  kept.push({ action: name, state: next, at });
  const entries = kept.length > MAX_UNDO_ENTRIES + 1 ? kept.slice(kept.length - MAX_UNDO_ENTRIES - 1) : kept;
  return { entries, index: entries.length - 1 };
}

/** Keeps the present in step with a change that is not a step of its own (e.g. navigation): replaces its state. */
export function syncPresent(h: UndoHistory, state: ViewState): UndoHistory {
  const entries = [...h.entries];
  entries[h.index] = { ...present(h), state };
  return { entries, index: h.index };
}

export const canUndo = (h: UndoHistory): boolean => h.index > 0;
export const canRedo = (h: UndoHistory): boolean => h.index < h.entries.length - 1;

/** The name of the step Undo would take back, or null. */
export const undoLabel = (h: UndoHistory): string | null => (canUndo(h) ? present(h).action : null);
/** The name of the step Redo would make again, or null. */
export const redoLabel = (h: UndoHistory): string | null =>
  canRedo(h) ? (h.entries[h.index + 1]?.action ?? null) : null;

/** The current view with the undoable fields of `snapshot`; navigation (selection, focus, camera) stays. */
export function applyUndoable(current: ViewState, snapshot: ViewState): ViewState {
  return {
    ...current,
    filters: snapshot.filters,
    asOf: snapshot.asOf,
    layout: snapshot.layout,
    positions: snapshot.positions,
    curation: snapshot.curation,
  };
}

/** One step back: the new history and the view to show (null when there is nothing to undo). */
export function undo(h: UndoHistory, current: ViewState): { history: UndoHistory; view: ViewState } | null {
  if (!canUndo(h)) return null;
  const history = { entries: h.entries, index: h.index - 1 };
  return { history, view: applyUndoable(current, present(history).state) };
}

/** One step forward again: the new history and the view to show (null when there is nothing to redo). */
export function redo(h: UndoHistory, current: ViewState): { history: UndoHistory; view: ViewState } | null {
  if (!canRedo(h)) return null;
  const history = { entries: h.entries, index: h.index + 1 };
  return { history, view: applyUndoable(current, present(history).state) };
}

// ---- storage form: each state as its link text, so a stored history is read with the link's own checks ----

const STORED_VERSION = 1;

export function serialiseHistory(h: UndoHistory): string {
  return JSON.stringify({
    version: STORED_VERSION,
    index: h.index,
    entries: h.entries.map((e) => ({ action: e.action, at: e.at, link: encodeViewState(e.state) })),
  });
}

/** Reads a stored history; null when it is not one (or not wholly readable: a partial history would mislead). */
export function parseHistory(text: string): UndoHistory | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { version, index, entries } = json as { version?: unknown; index?: unknown; entries?: unknown };
  if (version !== STORED_VERSION || !Array.isArray(entries) || entries.length === 0) return null;
  if (entries.length > MAX_UNDO_ENTRIES + 1 || typeof index !== 'number' || !Number.isInteger(index)) return null;
  if (index < 0 || index >= entries.length) return null;
  const read: UndoEntry[] = [];
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { action, at, link } = entry as { action?: unknown; at?: unknown; link?: unknown };
    if (typeof action !== 'string' || action.length > 80 || typeof at !== 'number' || typeof link !== 'string')
      return null;
    const decoded = decodeViewState(link);
    if (decoded.notices.length > 0) return null;
    read.push({ action, at, state: decoded.state });
  }
  return { entries: read, index };
}
