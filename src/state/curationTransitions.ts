// Pure view transitions for curating a view: multi-select, hide and show, pin, groups, notes, title and
// caption, node labels and highlight colours. Each is (view, args) => view, bound to the store by callers.
import {
  MAX_CAPTION_LENGTH,
  MAX_GROUPS,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_NOTES,
  MAX_TITLE_LENGTH,
  cleanCuratedText,
  nextId,
  type Curation,
  type HighlightColour,
  type NodeStyle,
  type NoteTarget,
} from '../core/view/curation.ts';
import type { Point, ViewState } from '../core/view/viewState.ts';

const withCuration = (view: ViewState, change: Partial<Curation>): ViewState => ({
  ...view,
  curation: { ...view.curation, ...change },
});

/** The nodes a curation command acts on: the multi-selection, or the one selected node. */
export function selectedNodeIds(view: ViewState): string[] {
  if (view.selectedNodes.length > 0) return view.selectedNodes;
  return view.selection?.type === 'node' ? [view.selection.id] : [];
}

/** Selects exactly these nodes: two or more as a multi-selection, one as the ordinary selection. */
export function selectNodes(view: ViewState, ids: readonly string[]): ViewState {
  const unique = [...new Set(ids)];
  if (unique.length >= 2) return { ...view, selection: null, selectedNodes: unique, panel: 'details' };
  if (unique.length === 1) return { ...view, selection: { type: 'node', id: unique[0] ?? '' }, selectedNodes: [] };
  return view.selection === null && view.selectedNodes.length === 0
    ? view
    : { ...view, selection: null, selectedNodes: [] };
}

/** Shift-click: adds the node to the selection, or takes it out when it is already in. */
export function toggleNodeInSelection(view: ViewState, id: string): ViewState {
  const current = selectedNodeIds(view);
  return selectNodes(view, current.includes(id) ? current.filter((n) => n !== id) : [...current, id]);
}

/** Ctrl/Cmd+A: selects every node the view shows. */
export function selectAllVisible(view: ViewState, visible: Iterable<string>): ViewState {
  return selectNodes(view, [...visible]);
}

/** Hides the nodes (and so their edges) from this view; they leave the selection. */
export function hideNodes(view: ViewState, ids: readonly string[]): ViewState {
  const add = ids.filter((id) => !view.curation.hidden.includes(id));
  if (add.length === 0) return view;
  const gone = new Set(add);
  const selection = view.selection?.type === 'node' && gone.has(view.selection.id) ? null : view.selection;
  const left = view.selectedNodes.filter((id) => !gone.has(id));
  return {
    ...withCuration(view, { hidden: [...view.curation.hidden, ...add] }),
    selection,
    selectedNodes: left.length >= 2 ? left : [],
  };
}

/** Keeps only these nodes on the canvas: every other node shown now is hidden. */
export function hideOthers(view: ViewState, keep: readonly string[], visible: Iterable<string>): ViewState {
  const kept = new Set(keep);
  return hideNodes(
    view,
    [...visible].filter((id) => !kept.has(id)),
  );
}

export function showNodes(view: ViewState, ids: readonly string[]): ViewState {
  const shown = new Set(ids);
  const hidden = view.curation.hidden.filter((id) => !shown.has(id));
  return hidden.length === view.curation.hidden.length ? view : withCuration(view, { hidden });
}

/** "Show all": every node hidden from this view comes back. */
export function showAllHidden(view: ViewState): ViewState {
  return view.curation.hidden.length === 0 ? view : withCuration(view, { hidden: [] });
}

/** Pins the nodes where they are now (`at`), so a new layout leaves them in place. */
export function pinNodes(view: ViewState, at: ReadonlyMap<string, Point>): ViewState {
  const ids = [...at.keys()];
  if (ids.length === 0) return view;
  // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
  const positions = Object.fromEntries([
    ...Object.entries(view.positions),
    ...[...at].map(([id, p]): [string, Point] => [id, { x: p.x, y: p.y }]),
  ]);
  const pinned = [...view.curation.pinned, ...ids.filter((id) => !view.curation.pinned.includes(id))];
  return { ...withCuration(view, { pinned }), positions };
}

/** Unpins the nodes; they stay where they are until the next layout. */
export function unpinNodes(view: ViewState, ids: readonly string[]): ViewState {
  const pinned = view.curation.pinned.filter((id) => !ids.includes(id));
  return pinned.length === view.curation.pinned.length ? view : withCuration(view, { pinned });
}

/** Puts the nodes in a new group (taking them out of any other); groups left empty go. Default name "Group N". */
export function createGroup(view: ViewState, ids: readonly string[], label?: string): ViewState {
  const members = [...new Set(ids)];
  if (members.length === 0 || view.curation.groups.length >= MAX_GROUPS) return view;
  const taken = new Set(members);
  const groups = view.curation.groups
    .map((g) => ({ ...g, members: g.members.filter((m) => !taken.has(m)) }))
    .filter((g) => g.members.length > 0);
  const id = nextId('g', view.curation.groups);
  const name = cleanCuratedText(label ?? `Group ${id.slice(1)}`, MAX_LABEL_LENGTH, true).text;
  return withCuration(view, { groups: [...groups, { id, label: name, members, collapsed: false }] });
}

const updateGroup = (
  view: ViewState,
  id: string,
  change: (g: Curation['groups'][number]) => Curation['groups'][number],
) =>
  view.curation.groups.some((g) => g.id === id)
    ? withCuration(view, { groups: view.curation.groups.map((g) => (g.id === id ? change(g) : g)) })
    : view;

export function renameGroup(view: ViewState, id: string, label: string): ViewState {
  const name = cleanCuratedText(label, MAX_LABEL_LENGTH, true).text;
  return updateGroup(view, id, (g) => ({ ...g, label: name }));
}

/** Collapsed, a group is drawn as one node with a count of its members. */
export function setGroupCollapsed(view: ViewState, id: string, collapsed: boolean): ViewState {
  return updateGroup(view, id, (g) => (g.collapsed === collapsed ? g : { ...g, collapsed }));
}

/** Removes the group; its members stay on the canvas. */
export function ungroup(view: ViewState, id: string): ViewState {
  const groups = view.curation.groups.filter((g) => g.id !== id);
  return groups.length === view.curation.groups.length ? view : withCuration(view, { groups });
}

/** A note's text as it will be kept, and how many characters were cut (the UI says so). */
export function noteText(text: string): { text: string; cut: number } {
  return cleanCuratedText(text, MAX_NOTE_LENGTH, false);
}

/** Adds a plain-text note (cleaned, cut to MAX_NOTE_LENGTH); nothing happens for empty text. */
export function addNote(view: ViewState, target: NoteTarget, text: string): ViewState {
  const cleaned = noteText(text).text;
  if (cleaned === '' || view.curation.notes.length >= MAX_NOTES) return view;
  const id = nextId('n', view.curation.notes);
  return withCuration(view, { notes: [...view.curation.notes, { id, text: cleaned, target }] });
}

/** Changes a note's text; empty text removes the note. */
export function editNote(view: ViewState, id: string, text: string): ViewState {
  const cleaned = noteText(text).text;
  if (cleaned === '') return removeNote(view, id);
  const notes = view.curation.notes.map((n) => (n.id === id ? { ...n, text: cleaned } : n));
  return withCuration(view, { notes });
}

export function removeNote(view: ViewState, id: string): ViewState {
  const notes = view.curation.notes.filter((n) => n.id !== id);
  return notes.length === view.curation.notes.length ? view : withCuration(view, { notes });
}

export function setTitle(view: ViewState, title: string): ViewState {
  const text = cleanCuratedText(title, MAX_TITLE_LENGTH, true).text;
  return text === view.curation.title ? view : withCuration(view, { title: text });
}

export function setCaption(view: ViewState, caption: string): ViewState {
  const text = cleanCuratedText(caption, MAX_CAPTION_LENGTH, false).text;
  return text === view.curation.caption ? view : withCuration(view, { caption: text });
}

function updateStyle(view: ViewState, node: string, change: (s: NodeStyle) => NodeStyle): ViewState {
  const current = view.curation.styles.find((s) => s.node === node) ?? { node, label: null, colour: null };
  const next = change(current);
  const others = view.curation.styles.filter((s) => s.node !== node);
  const styles = next.label === null && next.colour === null ? others : [...others, next];
  return withCuration(view, { styles });
}

/** A label this view shows for the node instead of its name; null or empty restores the name. */
export function setNodeLabel(view: ViewState, node: string, label: string | null): ViewState {
  const text = label === null ? '' : cleanCuratedText(label, MAX_LABEL_LENGTH, true).text;
  return updateStyle(view, node, (s) => ({ ...s, label: text === '' ? null : text }));
}

/** A highlight colour from the palette for the nodes; null removes it. */
export function setNodeColour(view: ViewState, nodes: readonly string[], colour: HighlightColour | null): ViewState {
  return nodes.reduce((v, node) => updateStyle(v, node, (s) => ({ ...s, colour })), view);
}
