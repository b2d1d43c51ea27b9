import { formatDate } from '../../core/graph/dates.ts';
import { useData, useView } from '../../state/store.ts';
import { viewLink } from './links.ts';

/** The top bar of the read-only embed: the title, what the view is limited to, and the way to the full explorer. */
export function EmbedBar() {
  const data = useData();
  const view = useView();
  if (!data) return null;
  const focus =
    view.focus && data.graph.hasNode(view.focus.node) ? data.graph.getNodeAttribute(view.focus.node, 'name') : null;
  const limits = [view.asOf ? `as of ${formatDate(view.asOf)}` : null, focus ? `around ${focus}` : null].filter(
    (t): t is string => t !== null,
  );
  return (
    <div className="embed-bar">
      <span className="embed-title">{data.dataset.info.title}</span>
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
