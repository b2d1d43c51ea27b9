import { useDeferredValue, useId, useMemo, useState } from 'react';
import { NODE_KIND_LABEL } from '../../core/model/labels.ts';
import { useVisible } from '../../state/derived.ts';
import { largestBodies, topSanctioned } from '../../core/algorithms/rankings.ts';
import { exploreFrom, SUMMARY_THRESHOLD_NODES } from '../../state/largeGraph.ts';
import { readySearch, waitingText } from '../../state/nameSearch.ts';
import { updateView, useData, useNameSearch } from '../../state/store.ts';
import { formatCount } from './importText.ts';
import { drawEverything } from './largeGraphView.ts';

const TOP = 12;
const SEARCH_LIMIT = 10;

function explore(id: string): void {
  updateView(exploreFrom, id);
}

/**
 * What a large graph opens on instead of drawing everything: its size, a search, the sanctioning bodies
 * with the most measures and the most-sanctioned targets. Choosing one focuses the canvas on it.
 */
export function LargeGraphSummary() {
  const data = useData();
  const visible = useVisible();
  const [query, setQuery] = useState('');
  const searchId = useId();
  // The rankings walk every measure: computed just after the summary first shows, not in the same task.
  const ranked = useDeferredValue(visible, null);
  const bodies = useMemo(
    () => (data && ranked ? largestBodies(data.graph, TOP, { within: ranked }) : []),
    [data, ranked],
  );
  const targets = useMemo(
    () => (data && ranked ? topSanctioned(data.graph, TOP, { within: ranked }) : []),
    [data, ranked],
  );
  const names = useNameSearch();
  const search = readySearch(names);
  const results = useMemo(
    () => (search && query.trim() !== '' ? search(query, { limit: SEARCH_LIMIT }) : []),
    [search, query],
  );
  if (!data) return null;
  const name = (id: string) => (data.graph.hasNode(id) ? data.graph.getNodeAttribute(id, 'name') : id);

  return (
    <section className="large-summary" aria-labelledby={`${searchId}-title`} data-large-summary>
      <header className="large-summary-head">
        <h2 id={`${searchId}-title`}>
          {formatCount(visible.nodes.size)} entities and {formatCount(visible.edges.size)} relations: too many to draw
          at once
        </h2>
        <p>
          Start from one entity: search for it, or choose one of the bodies or targets below. The graph then shows it
          and its direct neighbours; expand from there with the buttons in its panel.
        </p>
      </header>

      <div className="large-summary-search">
        <label htmlFor={`${searchId}-input`}>Find an entity</label>
        <input
          id={`${searchId}-input`}
          type="search"
          value={query}
          placeholder="Name or alias"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            const first = results[0];
            if (e.key === 'Enter' && first) explore(first.id);
          }}
          data-summary-search
        />
        {query.trim() !== '' && (
          <ul className="large-summary-list" aria-label="Matching entities">
            {!search && <li className="muted">{waitingText(names)}</li>}
            {search && results.length === 0 && <li className="muted">No entity of that name.</li>}
            {results.map((hit) => (
              <li key={hit.id}>
                <button type="button" className="link" onClick={() => explore(hit.id)} data-summary-node={hit.id}>
                  {hit.name}
                </button>{' '}
                <span className="muted">
                  {NODE_KIND_LABEL[hit.kind]}
                  {hit.matchedAlias ? `, alias ${hit.matchedAlias}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="large-summary-columns">
        <section aria-labelledby={`${searchId}-bodies`}>
          <h3 id={`${searchId}-bodies`}>Largest sanctioning bodies</h3>
          <ol className="large-summary-list" data-summary-bodies>
            {bodies.map((b) => (
              <li key={b.body}>
                <button type="button" className="link" onClick={() => explore(b.body)} data-summary-node={b.body}>
                  {name(b.body)}
                </button>{' '}
                <span className="muted">
                  {formatCount(b.measures)} measures on {formatCount(b.targets)} targets
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby={`${searchId}-targets`}>
          <h3 id={`${searchId}-targets`}>Most-sanctioned targets</h3>
          <ol className="large-summary-list" data-summary-targets>
            {targets.map((t) => (
              <li key={t.target}>
                <button type="button" className="link" onClick={() => explore(t.target)} data-summary-node={t.target}>
                  {name(t.target)}
                </button>{' '}
                <span className="muted">
                  {formatCount(t.measures)} measures by {formatCount(t.bodies.length)}{' '}
                  {t.bodies.length === 1 ? 'body' : 'bodies'}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <p className="muted large-summary-foot">
        Graphs of more than {formatCount(SUMMARY_THRESHOLD_NODES)} entities open here; filters that bring them under
        that are drawn.{' '}
        <button type="button" className="link" onClick={drawEverything} data-draw-all>
          Draw everything anyway
        </button>{' '}
        (slow: it may hold the page for a long time).
      </p>
    </section>
  );
}
