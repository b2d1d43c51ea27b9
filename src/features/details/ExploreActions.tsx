import { useMemo } from 'react';
import type { LoadedData } from '../../state/loadedData.ts';
import { updateView, useView } from '../../state/store.ts';
import { setFocus, setPathEndpoint, toggleExpansion } from '../../state/transitions.ts';
import { filteredElements } from '../../core/algorithms/filters.ts';
import { expansionCounts } from '../../core/algorithms/neighbourhood.ts';
import { EXPANSION_KINDS } from '../../core/view/viewState.ts';
import { useVisible } from '../../state/derived.ts';

const EXPANSION_LABEL = { measures: 'measures', roles: 'posts', links: 'links' } as const;
const EXPANSION_LABEL_ONE = { measures: 'measure', roles: 'post', links: 'link' } as const;

/** Buttons that start exploring from a node: focus on its neighbourhood, expand, use it as a path end. */
export function ExploreActions({ data, id }: { data: LoadedData; id: string }) {
  const view = useView();
  const visible = useVisible();
  const focused = view.focus?.node === id;
  const { filters, asOf } = view;
  // An expansion shows only what the filters and the date leave, so count only that.
  const within = useMemo(
    () => filteredElements(data.graph, { ...view, filters, asOf }, data.filterIndex),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the filters and the date matter here
    [data, filters, asOf],
  );
  const counts = view.focus ? expansionCounts(data.graph, id, visible, { within }) : null;
  return (
    <div className="explore-actions" role="group" aria-label="Explore from here">
      <button type="button" aria-pressed={focused} onClick={() => updateView(setFocus, focused ? null : id)}>
        {focused ? 'Show whole graph' : 'Focus here'}
      </button>
      {counts &&
        EXPANSION_KINDS.map((kind) => {
          const expanded = view.expanded.some((e) => e.node === id && e.kind === kind);
          const count = counts[kind].edges;
          if (!expanded && count === 0) return null;
          return (
            <button
              key={kind}
              type="button"
              aria-pressed={expanded}
              data-expand={kind}
              onClick={() => updateView(toggleExpansion, id, kind)}
            >
              {expanded
                ? `− collapse ${EXPANSION_LABEL[kind]}`
                : `+${count} ${(count === 1 ? EXPANSION_LABEL_ONE : EXPANSION_LABEL)[kind]}`}
            </button>
          );
        })}
      <button
        type="button"
        onClick={() => updateView(setPathEndpoint, 'from', id)}
        aria-pressed={view.path.from === id}
      >
        Path from here
      </button>
      <button type="button" onClick={() => updateView(setPathEndpoint, 'to', id)} aria-pressed={view.path.to === id}>
        Path to here
      </button>
    </div>
  );
}
