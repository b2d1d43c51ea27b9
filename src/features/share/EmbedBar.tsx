import { formatDate } from '../../core/graph/dates.ts';
import { PRODUCT_NAME, composeExportFrame, defaultExportTitle, filterNote } from '../../core/view/exportFrame.ts';
import { useShown } from '../../state/derived.ts';
import { useData, useView } from '../../state/store.ts';
import { viewLink } from './links.ts';

/**
 * The top bar of the read-only embed: the view's title (the curated one is shown above the canvas; without one,
 * the title an export would get: "Measures against Chen Quanguo, as of 2021-12-31"), and the way to the explorer.
 */
export function EmbedBar() {
  const data = useData();
  const view = useView();
  if (!data) return null;
  const curated = view.curation.title.trim() !== '';
  const focus =
    view.focus && data.graph.hasNode(view.focus.node) ? data.graph.getNodeAttribute(view.focus.node, 'name') : null;
  // A curated title does not say what the view is limited to: the bar does.
  const limits = curated
    ? [view.asOf ? `as of ${formatDate(view.asOf)}` : null, focus ? `around ${focus}` : null].filter(
        (t): t is string => t !== null,
      )
    : [];
  return (
    <div className="embed-bar">
      {!curated && (
        <span className="embed-title" data-embed-title>
          {defaultExportTitle(data.graph, view, data.dataset.info)}
        </span>
      )}
      {limits.length > 0 && <span className="muted">{limits.join(', ')}</span>}
      <a
        className="embed-open"
        href={viewLink(window.location.href, { ...view, camera: null })}
        target="_blank"
        rel="noopener"
      >
        Open in the explorer ↗
      </a>
    </div>
  );
}

/** The embed's one-line note of what the filters hide, so a reader does not take hidden for absent. */
export function EmbedFilterNote() {
  const data = useData();
  const view = useView();
  const shown = useShown();
  if (!data) return null;
  const note = filterNote(composeExportFrame({ graph: data.graph, view, info: data.dataset.info, shown }).filterLines);
  if (note === null) return null;
  return (
    <p className="embed-filters" role="note" title={note} data-embed-filters>
      {note}
    </p>
  );
}

/** The embed's credit: the product, the data and its version, and where the sources are. */
export function EmbedCredit() {
  const data = useData();
  if (!data) return null;
  const { info } = data.dataset;
  const text = `${PRODUCT_NAME} · ${info.title}, version ${info.version} · sources in the explorer`;
  return (
    <p className="embed-credit" title={text} data-embed-credit>
      {text}
    </p>
  );
}
