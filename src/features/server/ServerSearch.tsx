import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '../../core/server/client.ts';
import { useServerMode } from '../../state/serverMode.ts';

/**
 * A search of the server's names and identifiers: results as the reader types (after a short pause), and
 * `onChoose` with the chosen entity's FtM id. Used by the top search box and by "path to" in server mode.
 */
export function ServerSearch({
  label,
  placeholder,
  onChoose,
}: {
  label: string;
  placeholder: string;
  onChoose: (hit: SearchHit) => void;
}) {
  const client = useServerMode((s) => s.client);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [message, setMessage] = useState('');
  const id = useId();

  useEffect(() => {
    const text = query.trim();
    if (client === null || text === '') {
      setHits([]);
      setMessage('');
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      client.search(text, 8).then(
        (answer) => {
          if (stale) return;
          setHits(answer.items);
          setMessage(answer.items.length === 0 ? 'No name or identifier matches.' : '');
        },
        (error: unknown) => {
          if (!stale) setMessage(error instanceof Error ? error.message : 'The search failed.');
        },
      );
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [client, query]);

  return (
    <div className="server-search">
      <label className="search-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      {(hits.length > 0 || message !== '') && (
        <ul className="server-results" aria-label={`${label}: results`}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  onChoose(hit);
                }}
              >
                <span className="server-result-name">{hit.caption}</span>
                <span className="server-result-meta">
                  {hit.schema}
                  {hit.matched !== hit.caption ? ` · matched “${hit.matched}”` : ''}
                </span>
              </button>
            </li>
          ))}
          {message !== '' && <li className="server-results-note">{message}</li>}
        </ul>
      )}
    </div>
  );
}
