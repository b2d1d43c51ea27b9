// The large-graph mode as the app uses it: whether the main area shows the summary, and which graph the
// canvas gets (only what is visible, for a large graph). "Draw everything" is remembered for the session.
import { useMemo } from 'react';
import { create } from 'zustand';
import type { ElementSet } from '../../core/algorithms/types.ts';
import type { SanctionsGraph } from '../../core/graph/build.ts';
import type { ViewState } from '../../core/view/viewState.ts';
import { pageAddress } from '../../state/address.ts';
import { isLargeGraph, showsSummary, visibleSubgraph } from '../../state/largeGraph.ts';
import type { LoadedData } from '../../state/loadedData.ts';

/** Whether to draw every entity whatever the size: `?draw=all`, or the summary's "Draw everything" button. */
export const useDrawAll = create<{ drawAll: boolean }>(() => ({
  drawAll: pageAddress().drawAll,
}));

export function drawEverything(): void {
  useDrawAll.setState({ drawAll: true });
}

export interface LargeGraphView {
  /** Show the summary instead of the canvas (or the list). */
  summary: boolean;
  /** The graph to give the canvas: the whole graph, or for a large one only what is visible. */
  graph: SanctionsGraph | null;
}

/** The summary decision and the canvas's graph, memoised on the data and the visible elements. */
export function useLargeGraphView(
  data: LoadedData | null,
  focus: ViewState['focus'],
  visible: ElementSet,
): LargeGraphView {
  const drawAll = useDrawAll((s) => s.drawAll);
  const large = data !== null && !drawAll && isLargeGraph(data.graph);
  const summary = data !== null && showsSummary(data.graph, { focus }, visible, { drawAll });
  const graph = useMemo(
    () => (!data ? null : !large ? data.graph : summary ? null : visibleSubgraph(data.graph, visible)),
    [data, large, summary, visible],
  );
  return { summary, graph };
}
