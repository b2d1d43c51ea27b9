// A search field over names and aliases with a list of results (the ARIA combobox pattern): arrows move,
// Enter chooses, Esc cancels. Used by the main search and by the path ends.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { NODE_KIND_LABEL } from '../core/model/labels.ts';
import { readySearch, waitingText, type NameSearchState } from '../state/nameSearch.ts';

/** A result of the second group (measures and actions), chosen by its key. */
export interface ExtraResult {
  key: string;
  label: string;
  detail: string;
}

/** A second group of results after the names, e.g. measures found by program or legal basis. */
export interface ExtraResults {
  heading: string;
  results(query: string): ExtraResult[];
  onChoose(result: ExtraResult): void;
}

interface Props {
  /** A second group of results shown after the names (the main search: measures and actions). */
  extra?: ExtraResults;
  /** The search of the data shown; while it is being built, the field says so and searches once it is ready. */
  names: NameSearchState | null;
  label: string;
  /** Shown as the visible label when true; otherwise read by screen readers only. */
  showLabel?: boolean;
  placeholder: string;
  limit: number;
  onChoose(id: string): void;
  /** Esc in an empty field, or after clearing it. */
  onCancel?(): void;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Say so when nothing matches. */
  reportEmpty?: boolean;
  className?: string;
}

export function NameCombobox({
  names,
  label,
  showLabel = false,
  placeholder,
  limit,
  onChoose,
  onCancel,
  autoFocus,
  inputRef,
  reportEmpty,
  className = 'search',
  extra,
}: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  // The list closes a moment after the field loses focus (so that a click on a result still lands); coming
  // back to the field within that moment must keep it open, or what is typed next shows no results.
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keepOpen = () => {
    clearTimeout(closing.current);
    setOpen(true);
  };
  useEffect(() => () => clearTimeout(closing.current), []);
  const search = readySearch(names);
  const results = useMemo(() => (search && query.trim() ? search(query, { limit }) : []), [search, query, limit]);
  const others = useMemo(() => (extra && query.trim() ? extra.results(query) : []), [extra, query]);
  const total = results.length + others.length;
  const waiting = open && query.trim() !== '' && !search;

  const choose = (index: number) => {
    const hit = results[index];
    const other = others[index - results.length];
    if (!hit && !other) return;
    setQuery('');
    setOpen(false);
    if (hit) onChoose(hit.id);
    else if (other) extra?.onChoose(other);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, total - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      // Esc here belongs to the field, not to the page (which would clear the selection).
      if (query || onCancel) e.stopPropagation();
      setQuery('');
      setOpen(false);
      onCancel?.();
    }
  };

  const expanded = open && total > 0;
  const option = (key: string, i: number, children: ReactNode) => (
    <li
      key={key}
      id={`${id}-${i}`}
      role="option"
      aria-selected={i === active}
      className={i === active ? 'active' : undefined}
      onMouseDown={(e) => {
        e.preventDefault();
        choose(i);
      }}
      // On a move, not on enter: a list opening under a resting pointer must not change what Enter chooses.
      onMouseMove={() => setActive(i)}
    >
      {children}
    </li>
  );
  return (
    <div className={className}>
      <label htmlFor={`${id}-input`} className={showLabel ? 'search-label' : 'visually-hidden'}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-${active}` : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          keepOpen();
        }}
        onFocus={keepOpen}
        onBlur={() => {
          clearTimeout(closing.current);
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={`${id}-list`} role="listbox" className="search-results" aria-label={`Results: ${label}`}>
          {results.length > 0 && (
            <li role="group" aria-labelledby={`${id}-names`}>
              {extra && others.length > 0 && (
                <span id={`${id}-names`} className="search-group" role="presentation">
                  Names
                </span>
              )}
              <ul role="presentation">
                {results.map((hit, i) =>
                  option(
                    hit.id,
                    i,
                    <>
                      <span className="result-name">{hit.name}</span>
                      <span className="result-kind">{NODE_KIND_LABEL[hit.kind]}</span>
                      {hit.matchedAlias && <span className="result-alias">matches “{hit.matchedAlias}”</span>}
                    </>,
                  ),
                )}
              </ul>
            </li>
          )}
          {extra && others.length > 0 && (
            <li role="group" aria-labelledby={`${id}-extra`} data-search-group="measures">
              <span id={`${id}-extra`} className="search-group" role="presentation">
                {extra.heading}
              </span>
              <ul role="presentation">
                {others.map((other, j) =>
                  option(
                    other.key,
                    results.length + j,
                    <>
                      <span className="result-name">{other.label}</span>
                      <span className="result-alias">{other.detail}</span>
                    </>,
                  ),
                )}
              </ul>
            </li>
          )}
        </ul>
      )}
      {waiting && (
        <p className="search-empty" role="status" data-search-waiting>
          {waitingText(names)}
        </p>
      )}
      {reportEmpty && open && search && query.trim() && total === 0 && (
        <p className="search-empty" role="status">
          {extra ? `Nothing matches “${query}”.` : `No name or alias matches “${query}”.`}
        </p>
      )}
    </div>
  );
}
