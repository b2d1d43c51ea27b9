// The filter panel: one group of checkboxes per filter (entity kind, measure kind, sanctioning body, country,
// measure status), each option with its count. Unticking hides at once; the layout stays where it was.
import { useMemo, type ReactNode } from 'react';
import { filterOptionCounts, type FilterOption, type FilterOptionCounts } from '../../core/algorithms/filters.ts';
import { usableAsOf } from '../../core/algorithms/time.ts';
import { formatDate } from '../../core/graph/dates.ts';
import { defaultViewState, type Filters } from '../../core/view/viewState.ts';
import { NODE_LOOK } from '../../core/model/kindLook.ts';
import { useVisible } from '../../state/derived.ts';
import { updateView, useAppStore, useData } from '../../state/store.ts';
import { resetFilters, showAllOf, toggleFilter } from '../../state/transitions.ts';
import { ShapeIcon } from '../../ui/ShapeIcon.tsx';

type ListName = keyof Filters & keyof FilterOptionCounts;

const UNIT_ENTITY: [string, string] = ['entity', 'entities'];
const UNIT_MEASURE: [string, string] = ['measure', 'measures'];

/** The Filters tab. */
export function FiltersPanel() {
  const data = useData();
  const filters = useAppStore((s) => s.view.filters);
  const asOf = useAppStore((s) => s.view.asOf);
  const focused = useAppStore((s) => s.view.focus !== null);
  const visible = useVisible();

  const counts = useMemo(() => {
    if (!data) return null;
    return filterOptionCounts(data.graph, { ...defaultViewState(), filters, asOf: usableAsOf(asOf) }, data.filterIndex);
  }, [data, filters, asOf]);

  if (!data || !counts) return null;
  const anyHidden = Object.values(filters).some((list) => list.length > 0);
  const anythingToReset = anyHidden || asOf !== null || focused;

  return (
    <section className="filters-panel" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">Filters</h2>
        <button type="button" onClick={() => updateView(resetFilters)} disabled={!anythingToReset} data-reset-filters>
          Reset
        </button>
      </div>
      <p className="filters-summary" role="status">
        Showing {visible.nodes.size} of {data.graph.order} entities and {visible.edges.size} of {data.graph.size}{' '}
        relations.
      </p>
      <p className="muted filters-help">
        Untick to hide; the graph keeps its layout.
        {asOf && ` Counts are as of ${formatDate(asOf)}.`}
        {focused && ' Counts are for the whole graph, not only the focused part.'} Reset also clears the date and the
        focus.
      </p>
      <FilterGroup
        list="nodeKinds"
        legend="Entity kinds"
        unit={UNIT_ENTITY}
        options={counts.nodeKinds}
        icon={(kind) => <ShapeIcon {...NODE_LOOK[kind]} />}
      />
      <FilterGroup list="measureKinds" legend="Measure kinds" unit={UNIT_MEASURE} options={counts.measureKinds} />
      <FilterGroup list="bodies" legend="Sanctioning bodies" unit={UNIT_MEASURE} options={counts.bodies} />
      <FilterGroup list="countries" legend="Countries" unit={UNIT_ENTITY} options={counts.countries} />
      <FilterGroup
        list="measureStatuses"
        legend="Measure status"
        unit={UNIT_MEASURE}
        options={counts.measureStatuses}
      />
      <FilterGroup list="listTypes" legend="Kinds of list" unit={UNIT_MEASURE} options={counts.listTypes} />
    </section>
  );
}

function FilterGroup<K extends ListName>({
  list,
  legend,
  unit,
  options,
  icon,
}: {
  list: K;
  legend: string;
  unit: [string, string];
  options: FilterOption<Filters[K][number]>[];
  icon?: (value: Filters[K][number]) => ReactNode;
}) {
  if (options.length === 0) return null;
  const hiddenCount = options.filter((o) => o.hidden).length;
  return (
    <fieldset className="filter-group" data-filter-group={list}>
      <legend>
        {legend}
        {hiddenCount > 0 && <span className="muted"> · {hiddenCount} hidden</span>}
      </legend>
      {hiddenCount > 0 && (
        <button type="button" className="filter-show-all" onClick={() => updateView(showAllOf, list)}>
          Show all {legend.toLowerCase()}
        </button>
      )}
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label
              className={option.count === 0 ? 'filter-option empty' : 'filter-option'}
              data-filter-option={`${list}:${option.value}`}
            >
              <input
                type="checkbox"
                checked={!option.hidden}
                data-filter={`${list}:${option.value}`}
                onChange={() => updateView(toggleFilter, list, option.value)}
              />
              {icon?.(option.value)}
              <span className="filter-label">{option.label}</span>
              <span className="count" data-count={option.count}>
                {option.count}
                <span className="visually-hidden"> {option.count === 1 ? unit[0] : unit[1]}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
