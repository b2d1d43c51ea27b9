import { MEASURE_KIND_LABEL, NODE_KIND_LABEL } from '../../core/model/labels.ts';
import { MEASURE_KINDS, NODE_KINDS } from '../../core/model/kinds.ts';
import { MEASURE_LOOK, NODE_LOOK, ROLE_LOOK } from '../../core/model/kindLook.ts';
import { LineIcon, ShapeIcon } from '../../ui/ShapeIcon.tsx';

/**
 * The key to shapes and line styles on the canvas, folded so it does not cover nodes; the start screen's
 * panel shows it unfolded (LegendList).
 */
export function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <LegendList />
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
