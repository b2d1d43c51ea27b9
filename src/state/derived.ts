// Data derived from (loaded data, view state): computed on demand and memoised on the inputs that
// matter, never stored. A camera move or a selection does not recompute what is visible.
import { visibleElements } from '../core/algorithms/filters.ts';
import type { ElementSet } from '../core/algorithms/types.ts';
import type { ViewState } from '../core/view/viewState.ts';
import type { LoadedData } from './loadedData.ts';
import { useAppStore } from './store.ts';

const EMPTY: ElementSet = { nodes: new Set(), edges: new Set() };

let visibleCache: { data: LoadedData; filters: ViewState['filters']; asOf: string | null; focus: ViewState['focus']; expanded: ViewState['expanded']; result: ElementSet } | null = null;

/** The ids the canvas shows. Memoised on the graph, filters, date, focus and expansions. */
export function selectVisible(data: LoadedData, view: ViewState): ElementSet {
  const c = visibleCache;
  if (c && c.data === data && c.filters === view.filters && c.asOf === view.asOf && c.focus === view.focus && c.expanded === view.expanded) {
    return c.result;
  }
  let result: ElementSet;
  try {
    result = visibleElements(data.graph, view, data.filterIndex);
  } catch {
    // A malformed date from an old link: show everything rather than nothing.
    result = visibleElements(data.graph, { ...view, asOf: null }, data.filterIndex);
  }
  visibleCache = { data, filters: view.filters, asOf: view.asOf, focus: view.focus, expanded: view.expanded, result };
  return result;
}

export function useVisible(): ElementSet {
  return useAppStore((s) => (s.data ? selectVisible(s.data, s.view) : EMPTY));
}
