// Shared assertions of the algorithm tests, run on the tiny graph and on the bundled data alike.
import { expect } from 'vitest';
import { filterOptionCounts, visibleElements } from '../../../src/core/algorithms/filters.ts';
import type { SanctionsGraph } from '../../../src/core/graph/build.ts';
import type { Filters, ViewState } from '../../../src/core/view/viewState.ts';

/** For every shown option: untick it and check the canvas loses exactly its count. */
export function expectCountsToPredictUnticking(graph: SanctionsGraph, view: ViewState): void {
  const before = visibleElements(graph, view);
  const counts = filterOptionCounts(graph, view);
  const dimensions = ['nodeKinds', 'countries', 'measureKinds', 'bodies', 'measureStatuses'] as const;
  for (const dimension of dimensions) {
    for (const option of counts[dimension]) {
      if (option.hidden) continue;
      const filters: Filters = { ...view.filters, [dimension]: [...view.filters[dimension], option.value] };
      const after = visibleElements(graph, { ...view, filters });
      const lost =
        dimension === 'nodeKinds' || dimension === 'countries'
          ? before.nodes.size - after.nodes.size
          : before.edges.size - after.edges.size;
      expect(lost, `${dimension} ${option.value}`).toBe(option.count);
    }
  }
}
