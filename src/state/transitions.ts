// View-state transitions: pure functions (view, args) => view, bound to the store in store.ts.
// Keeping them pure lets tests drive the app's logic without React or a browser.
import type { MeasureKind, MeasureStatus, NodeKind } from '../core/model/schema.ts';
import {
  defaultFilters,
  type Camera,
  type ExpansionKind,
  type Filters,
  type LayoutName,
  type Point,
  type SizeMeasure,
  type ViewState,
} from '../core/view/viewState.ts';

export function selectNode(view: ViewState, id: string): ViewState {
  return { ...view, selection: { type: 'node', id }, selectedNodes: [], panel: 'details' };
}

export function selectEdge(view: ViewState, id: string): ViewState {
  return { ...view, selection: { type: 'edge', id }, selectedNodes: [], panel: 'details' };
}

export function clearSelection(view: ViewState): ViewState {
  return view.selection === null && view.selectedNodes.length === 0
    ? view
    : { ...view, selection: null, selectedNodes: [] };
}

type FilterList = keyof Filters;
type FilterValue<K extends FilterList> = Filters[K][number];

/** Hides the option when shown and shows it when hidden. */
export function toggleFilter<K extends FilterList>(view: ViewState, list: K, value: FilterValue<K>): ViewState {
  const current = view.filters[list] as FilterValue<K>[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...view, filters: { ...view.filters, [list]: next } };
}

export function resetFilters(view: ViewState): ViewState {
  return { ...view, filters: defaultFilters(), asOf: null, focus: null, expanded: [] };
}

export function setAsOf(view: ViewState, date: string | null): ViewState {
  return { ...view, asOf: date };
}

export function setFocus(view: ViewState, node: string | null, depth: 1 | 2 | 3 = view.focus?.depth ?? 1): ViewState {
  return { ...view, focus: node === null ? null : { node, depth }, expanded: node === null ? [] : view.expanded };
}

export function toggleExpansion(view: ViewState, node: string, kind: ExpansionKind): ViewState {
  const has = view.expanded.some((e) => e.node === node && e.kind === kind);
  const expanded = has
    ? view.expanded.filter((e) => !(e.node === node && e.kind === kind))
    : [...view.expanded, { node, kind }];
  return { ...view, expanded };
}

export function setPathEndpoint(view: ViewState, end: 'from' | 'to', node: string | null): ViewState {
  return { ...view, path: { ...view.path, [end]: node } };
}

export function setLayout(view: ViewState, layout: LayoutName): ViewState {
  // A new layout places every node, so earlier drags no longer apply; pinned nodes stay where they are.
  const pinned = new Set(view.curation.pinned);
  const positions = Object.fromEntries(Object.entries(view.positions).filter(([id]) => pinned.has(id)));
  return { ...view, layout, positions, camera: null };
}

export function setCamera(view: ViewState, camera: Camera | null): ViewState {
  return { ...view, camera };
}

export function moveNodes(view: ViewState, moved: Record<string, Point>): ViewState {
  return { ...view, positions: { ...view.positions, ...moved } };
}

export function setPanel(view: ViewState, panel: ViewState['panel']): ViewState {
  return { ...view, panel };
}

export function setMainView(view: ViewState, mainView: ViewState['mainView']): ViewState {
  return { ...view, mainView };
}

/** Shows judged-same nodes as one node ("merged") or as recorded ("split"); the data is prepared again to match. */
export function setIdentityView(view: ViewState, identities: ViewState['identities']): ViewState {
  return view.identities === identities ? view : { ...view, identities };
}

/** Shows every option of one filter list again ("show all" in a group of the filter panel). */
export function showAllOf(view: ViewState, list: FilterList): ViewState {
  if (view.filters[list].length === 0) return view;
  return { ...view, filters: { ...view.filters, [list]: [] } };
}

/** Changes the focus depth; no change when nothing is focused. */
export function setFocusDepth(view: ViewState, depth: 1 | 2 | 3): ViewState {
  if (view.focus === null || view.focus.depth === depth) return view;
  return { ...view, focus: { ...view.focus, depth } };
}

/** Collapses every expansion (the focus stays). */
export function clearExpansions(view: ViewState): ViewState {
  return view.expanded.length === 0 ? view : { ...view, expanded: [] };
}

/** Swaps the two ends of the path search. */
export function swapPathEnds(view: ViewState): ViewState {
  return { ...view, path: { from: view.path.to, to: view.path.from } };
}

/** Forgets both ends of the path search. */
export function clearPath(view: ViewState): ViewState {
  return view.path.from === null && view.path.to === null ? view : { ...view, path: { from: null, to: null } };
}

export type { MeasureKind, MeasureStatus, NodeKind };

/** Node sizes show another measure; nothing moves. */
export function setSizeBy(view: ViewState, sizeBy: SizeMeasure): ViewState {
  return { ...view, sizeBy };
}
