// Fits a decoded view state to the data at hand: drops ids the dataset does not have, clamps numbers into
// range, and says in plain-text notices what it ignored and whether the link was made on other data.
import { cleanCuration } from './curationClean.ts';
import { quote } from './notices.ts';
import { MAX_COORDINATE, MAX_ZOOM, MIN_ZOOM } from './validate.ts';
import type { Camera, Point, ViewState } from './viewState.ts';

/** What the loaded data holds: the ids a view may name, and the dataset version. */
export interface KnownData {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  datasetVersion: string | null;
}

export interface CleanOptions {
  /** How notices name what the state came from. Default "link". */
  source?: 'link' | 'view file';
}

export interface CleanedView {
  state: ViewState;
  notices: string[];
}

/** Names of missing items listed in a notice before "and N more". */
const MAX_NAMED = 8;

function describe(missing: readonly string[]): string {
  const named = missing.slice(0, MAX_NAMED).join(', ');
  return missing.length > MAX_NAMED ? `${named} and ${missing.length - MAX_NAMED} more` : named;
}

const isCoordinate = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
const isPoint = (p: Point | null | undefined): p is Point =>
  typeof p === 'object' && p !== null && isCoordinate(p.x) && isCoordinate(p.y);

function clampDepth(depth: number): 1 | 2 | 3 {
  if (!Number.isFinite(depth) || depth <= 1) return 1;
  return depth < 2.5 ? 2 : 3;
}

function cleanCamera(camera: Camera | null, notices: string[]): Camera | null {
  if (camera === null) return null;
  if (!Number.isFinite(camera.zoom) || camera.zoom <= 0 || !isPoint(camera.pan)) {
    notices.push('Ignored the camera: its zoom or pan is not a usable number; the graph was fitted to the screen.');
    return null;
  }
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom));
  return { zoom, pan: { x: camera.pan.x, y: camera.pan.y } };
}

/**
 * Returns the state with every id the data does not know dropped (selection, focus, expanded nodes, path
 * endpoints, dragged positions, hidden bodies), depth clamped to 1..3, zoom to MIN_ZOOM..MAX_ZOOM, and
 * non-finite numbers dropped. The result names the current dataset version (when known). Never mutates `state`.
 */
export function cleanViewState(state: ViewState, known: KnownData, options: CleanOptions = {}): CleanedView {
  const source = options.source ?? 'link';
  const notices: string[] = [];
  const missing: string[] = [];
  const hasNode = (id: string, what: string): boolean => {
    if (known.nodeIds.has(id)) return true;
    missing.push(`${what} ${quote(id)}`);
    return false;
  };

  let selection = state.selection;
  if (selection?.type === 'node' && !hasNode(selection.id, 'selected node')) selection = null;
  if (selection?.type === 'edge' && !known.edgeIds.has(selection.id)) {
    missing.push(`selected edge ${quote(selection.id)}`);
    selection = null;
  }

  const selectedNodes = state.selectedNodes.filter((id) => hasNode(id, 'selected node'));

  const focus =
    state.focus && hasNode(state.focus.node, 'focus node')
      ? { node: state.focus.node, depth: clampDepth(state.focus.depth) }
      : null;
  let expanded = state.expanded.filter((e) => hasNode(e.node, 'expanded node'));
  if (focus === null && expanded.length > 0) {
    notices.push(
      `Ignored ${expanded.length} expanded ${expanded.length === 1 ? 'node' : 'nodes'}: expansions apply only to a focused view.`,
    );
    expanded = [];
  }

  const from = state.path.from !== null && hasNode(state.path.from, 'path start') ? state.path.from : null;
  const to = state.path.to !== null && hasNode(state.path.to, 'path end') ? state.path.to : null;
  const bodies = state.filters.bodies.filter((id) => hasNode(id, 'hidden body'));

  const invalidPositions: string[] = [];
  const positions = Object.fromEntries(
    Object.entries(state.positions).filter(([id, point]) => {
      if (!hasNode(id, 'dragged node')) return false;
      if (isPoint(point)) return true;
      invalidPositions.push(quote(id));
      return false;
    }),
  );
  if (invalidPositions.length > 0) {
    notices.push(`Ignored the positions of ${describe(invalidPositions)}: their coordinates are not usable numbers.`);
  }

  const camera = cleanCamera(state.camera, notices);
  const curation = cleanCuration(state.curation, known, missing);

  const count = `${missing.length} ${missing.length === 1 ? 'item' : 'items'}`;
  const changed = state.dataset !== null && known.datasetVersion !== null && state.dataset !== known.datasetVersion;
  if (changed) {
    const found =
      missing.length === 0 ? 'Everything in it was found.' : `${count} could not be found: ${describe(missing)}.`;
    notices.unshift(
      `This ${source} was made on dataset version ${quote(state.dataset ?? '')}; now ${quote(known.datasetVersion ?? '')}. ${found}`,
    );
  } else if (missing.length > 0) {
    notices.unshift(
      `${count} in this ${source} could not be found in the data and ${missing.length === 1 ? 'was' : 'were'} ignored: ${describe(missing)}.`,
    );
  }

  return {
    state: {
      ...state,
      dataset: known.datasetVersion ?? state.dataset,
      selection,
      selectedNodes: selectedNodes.length >= 2 ? selectedNodes : [],
      filters: { ...state.filters, bodies },
      focus,
      expanded,
      path: { from, to },
      camera,
      positions,
      curation,
    },
    notices,
  };
}
