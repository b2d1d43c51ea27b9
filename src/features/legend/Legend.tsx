import { formatDate } from '../../core/graph/dates.ts';
import {
  ANNOUNCED_NOW_LEGEND,
  MEASURE_KIND_LABEL,
  NODE_KIND_LABEL,
  UNCONNECTED_LEGEND,
} from '../../core/model/labels.ts';
import { MEASURE_KINDS, NODE_KINDS } from '../../core/model/kinds.ts';
import { SIZE_MEASURE_LABELS } from '../../core/view/viewState.ts';
import { MEASURE_LOOK, NODE_LOOK, ROLE_LOOK } from '../../core/model/kindLook.ts';
import { useData, useViewField } from '../../state/store.ts';
import { LineIcon, ShapeIcon } from '../../ui/ShapeIcon.tsx';
import { AboutData } from '../about/AboutData.tsx';
import { fadesUnconnected } from '../../state/largeGraph.ts';

/**
 * The key to shapes and line styles on the canvas, folded so it does not cover nodes; the start screen's
 * panel shows it unfolded (LegendList).
 */
export function Legend() {
  const sizeBy = useViewField('sizeBy');
  const asOf = useViewField('asOf');
  // Large graphs are not faded (SelectionLayer): the line only where the canvas fades.
  const data = useData();
  const fades = data !== null && fadesUnconnected(data.graph);
  return (
    <div className="legend" data-covers-canvas="">
      <details>
        <summary>Legend</summary>
        <LegendList />
        <p className="legend-size" data-legend-size={sizeBy}>
          Node size: {SIZE_MEASURE_LABELS[sizeBy]}
        </p>
        {asOf !== null && fades && (
          <>
            <p className="legend-size" data-legend-unconnected="">
              {UNCONNECTED_LEGEND}
            </p>
            <p className="legend-size" data-legend-announced-now="">
              {ANNOUNCED_NOW_LEGEND}
            </p>
          </>
        )}
      </details>
      <AboutLine />
    </div>
  );
}

/** The line under the legend: which data this is, as of when, and "About this data" unfolding what it covers. */
export function AboutLine() {
  const data = useData();
  if (!data) return null;
  const { info } = data.dataset;
  return (
    <details className="legend-about">
      <summary>
        About this data{info.date !== undefined && <span className="muted"> (as of {formatDate(info.date)})</span>}
      </summary>
      <AboutData data={data} />
    </details>
  );
}

/** The key itself, read from the same table as the canvas stylesheet. */
export function LegendList() {
  return (
    <div className="legend-list">
      <ul aria-label="Node kinds">
        {NODE_KINDS.map((kind) => (
          <li key={kind} data-legend-kind={kind}>
            <ShapeIcon {...NODE_LOOK[kind]} /> {NODE_KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
      <ul aria-label="Edge kinds">
        {MEASURE_KINDS.map((kind) => (
          <li key={kind} data-legend-measure={kind}>
            <LineIcon {...MEASURE_LOOK[kind]} /> {MEASURE_KIND_LABEL[kind]}
          </li>
        ))}
        <li data-legend-edge="role">
          <LineIcon {...ROLE_LOOK} /> Post held (role)
        </li>
      </ul>
    </div>
  );
}
