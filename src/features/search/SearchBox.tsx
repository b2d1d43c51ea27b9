import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NODE_KIND_LABEL } from '../../core/model/labels.ts';
import { search } from '../../core/search/nameIndex.ts';
import { useData } from '../../state/store.ts';

interface Props {
  /** Called with the chosen node id: the app selects and centres it. */
  onChoose(id: string): void;
}

const LIMIT = 8;

/** Type-ahead over names and aliases (typo-tolerant), operable with arrows, Enter and Esc; "/" focuses it. */
export function SearchBox({ onChoose }: Props) {
  const data = useData();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const results = useMemo(
    () => (data && query.trim() ? search(data.names, query, { limit: LIMIT }) : []),
    [data, query],
  );

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (index: number) => {
    const hit = results[index];
    if (!hit) return;
    onChoose(hit.id);
    setQuery('');
    setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      if (query) e.stopPropagation();
      setQuery('');
      setOpen(false);
    }
  };

  const expanded = open && results.length > 0;
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search names and aliases
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        placeholder="Search people, agencies, companies…  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Search results">
          {results.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="result-name">{hit.name}</span>
              <span className="result-kind">{NODE_KIND_LABEL[hit.kind]}</span>
              {hit.matchedAlias && <span className="result-alias">matches “{hit.matchedAlias}”</span>}
            </li>
          ))}
        </ul>
      )}
      {open && query.trim() && results.length === 0 && (
        <p className="search-empty" role="status">
          No name or alias matches “{query}”.
        </p>
      )}
    </div>
  );
}
