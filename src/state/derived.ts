// Data derived from (loaded data, view state): computed on demand and memoised on the inputs that
// matter, never stored. A camera move or a selection does not recompute what is visible.
import { combinedEdges, type CombinedEdge } from '../core/algorithms/combinedEdges.ts';
import { applyCuration } from '../core/algorithms/curated.ts';
import { filteredElementsInSlices, visibleElements } from '../core/algorithms/filters.ts';
import { pathElements, shortestPaths, type GraphPath } from '../core/algorithms/paths.ts';
import { usableAsOf } from '../core/algorithms/time.ts';
import type { ElementSet } from '../core/algorithms/types.ts';
import type { ViewState } from '../core/view/viewState.ts';
import { inTasks, type LoadedData } from './loadedData.ts';
import { useAppStore } from './store.ts';

const EMPTY: ElementSet = { nodes: new Set(), edges: new Set() };

let visibleCache: {
  data: LoadedData;
  filters: ViewState['filters'];
  asOf: string | null;
  focus: ViewState['focus'];
  expanded: ViewState['expanded'];
  result: ElementSet;
} | null = null;

let curatedCache: {
  filtered: ElementSet;
  hidden: string[];
  groups: ViewState['curation']['groups'];
  result: ElementSet;
} | null = null;

/**
 * The ids the canvas shows: the filtered elements without what the author hid or folded into a collapsed
 * group. Memoised on those inputs, so a camera move or a note does not recompute it.
 */
export function selectShown(data: LoadedData, view: ViewState): ElementSet {
  const filtered = selectVisible(data, view);
  const { hidden, groups } = view.curation;
  const c = curatedCache;
  if (c && c.filtered === filtered && c.hidden === hidden && c.groups === groups) return c.result;
  const result = applyCuration(data.graph, filtered, view.curation);
  curatedCache = { filtered, hidden, groups, result };
  return result;
}

export function useShown(): ElementSet {
  return useAppStore((s) => (s.data ? selectShown(s.data, s.view) : EMPTY));
}

let combinedCache: {
  filtered: ElementSet;
  hidden: string[];
  groups: ViewState['curation']['groups'];
  result: CombinedEdge[];
} | null = null;

/** The edges collapsed groups carry for their members (one per outside neighbour and direction). Memoised. */
export function selectCombinedEdges(data: LoadedData, view: ViewState): CombinedEdge[] {
  const filtered = selectVisible(data, view);
  const { hidden, groups } = view.curation;
  const c = combinedCache;
  if (c && c.filtered === filtered && c.hidden === hidden && c.groups === groups) return c.result;
  const result = combinedEdges(data.graph, filtered, view.curation);
  combinedCache = { filtered, hidden, groups, result };
  return result;
}

const NO_COMBINED: CombinedEdge[] = [];

export function useCombinedEdges(): CombinedEdge[] {
  return useAppStore((s) => (s.data ? selectCombinedEdges(s.data, s.view) : NO_COMBINED));
}

/** The ids the filters, date and focus let through (hidden nodes still counted). Memoised on those inputs. */
export function selectVisible(data: LoadedData, view: ViewState): ElementSet {
  const c = visibleCache;
  if (
    c &&
    c.data === data &&
    c.filters === view.filters &&
    c.asOf === view.asOf &&
    c.focus === view.focus &&
    c.expanded === view.expanded
  ) {
    return c.result;
  }
  return rememberVisible(
    data,
    view,
    visibleElements(data.graph, { ...view, asOf: usableAsOf(view.asOf) }, data.filterIndex),
  );
}

function rememberVisible(data: LoadedData, view: ViewState, result: ElementSet): ElementSet {
  visibleCache = { data, filters: view.filters, asOf: view.asOf, focus: view.focus, expanded: view.expanded, result };
  return result;
}

/** Filters and dates looked at per task by selectVisibleInTasks. */
const VISIBLE_SLICE = 20_000;

/**
 * selectVisible with the filters' pass over every node and relation in tasks of its own (opening a large
 * file), leaving the result memoised for the first drawing.
 */
export async function selectVisibleInTasks(data: LoadedData, view: ViewState): Promise<ElementSet> {
  const asOf = usableAsOf(view.asOf);
  const base = await inTasks(filteredElementsInSlices({ ...view, asOf }, data.filterIndex, VISIBLE_SLICE));
  return rememberVisible(data, view, visibleElements(data.graph, { ...view, asOf }, data.filterIndex, base));
}

export function useVisible(): ElementSet {
  return useAppStore((s) => (s.data ? selectVisible(s.data, s.view) : EMPTY));
}

export interface PathResult {
  from: string;
  to: string;
  /** Shortest paths through what the canvas shows. */
  paths: GraphPath[];
  /** When nothing visible connects them: whether a path exists through hidden elements. */
  hiddenPathLength: number | null;
  elements: ElementSet;
}

let pathCache: {
  data: LoadedData;
  from: string | null;
  to: string | null;
  visible: ElementSet;
  result: PathResult | null;
} | null = null;

/** The shortest paths between the chosen endpoints, or null until both are chosen. */
export function selectPaths(data: LoadedData, view: ViewState): PathResult | null {
  const visible = selectVisible(data, view);
  const { from, to } = view.path;
  const c = pathCache;
  if (c && c.data === data && c.from === from && c.to === to && c.visible === visible) return c.result;
  let result: PathResult | null = null;
  if (from && to && data.graph.hasNode(from) && data.graph.hasNode(to)) {
    const paths = shortestPaths(data.graph, from, to, { visible });
    let hiddenPathLength: number | null = null;
    if (paths.length === 0) {
      const anyPath = shortestPaths(data.graph, from, to, { maxPaths: 1 })[0];
      hiddenPathLength = anyPath ? anyPath.edges.length : null;
    }
    result = { from, to, paths, hiddenPathLength, elements: pathElements(paths) };
  }
  pathCache = { data, from, to, visible, result };
  return result;
}

export function usePaths(): PathResult | null {
  return useAppStore((s) => (s.data ? selectPaths(s.data, s.view) : null));
}
