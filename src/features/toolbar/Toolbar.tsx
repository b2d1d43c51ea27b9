import {
  LAYOUT_LABELS,
  MENU_LAYOUTS,
  SIZE_MEASURE_LABELS,
  SIZE_MEASURES,
  type LayoutName,
  type SizeMeasure,
} from '../../core/view/viewState.ts';
import { canvasCommands } from '../../state/commands.ts';
import { updateView, useView } from '../../state/store.ts';
import { setLayout, setMainView, setSizeBy } from '../../state/transitions.ts';

/** Canvas controls: fit, zoom, layout, and the switch between the graph and the list view. */
export function Toolbar() {
  const view = useView();
  const graph = view.mainView === 'graph';
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph view controls">
      <div className="segmented" role="group" aria-label="View as">
        <button type="button" aria-pressed={graph} onClick={() => updateView(setMainView, 'graph')}>
          Graph
        </button>
        <button type="button" aria-pressed={!graph} onClick={() => updateView(setMainView, 'list')}>
          List
        </button>
      </div>
      {graph && (
        <>
          <button type="button" onClick={() => canvasCommands()?.fit()} title="Fit the graph to the screen">
            Fit
          </button>
          <button type="button" aria-label="Zoom in" onClick={() => canvasCommands()?.zoomBy(1.25)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => canvasCommands()?.zoomBy(0.8)}>
            −
          </button>
          <label>
            <span className="visually-hidden">Layout</span>
            <select
              value={view.layout}
              aria-label="Layout"
              onChange={(e) => updateView(setLayout, e.target.value as LayoutName)}
            >
              {(MENU_LAYOUTS.includes(view.layout) ? MENU_LAYOUTS : [...MENU_LAYOUTS, view.layout]).map((name) => (
                <option key={name} value={name}>
                  {LAYOUT_LABELS[name]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">Node size</span>
            <select
              value={view.sizeBy}
              aria-label="Node size"
              title="What node sizes show"
              onChange={(e) => updateView(setSizeBy, e.target.value as SizeMeasure)}
            >
              {SIZE_MEASURES.map((measure) => (
                <option key={measure} value={measure}>
                  Size: {SIZE_MEASURE_LABELS[measure]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </div>
  );
}
