// One end of the path search: the chosen entity's name with "change" and "clear", or a small search field
// (typo-tolerant, over names and aliases) to pick one. Arrows, Enter and Esc work as in the main search.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NODE_KIND_LABEL } from '../../core/model/labels.ts';
import { search } from '../../core/search/nameIndex.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { NodeLink } from '../details/links.tsx';

const LIMIT = 6;

interface Props {
  data: LoadedData;
  /** "From" or "To". */
  label: string;
  node: string | null;
  onChoose(id: string | null): void;
}

export function EndpointPicker({ data, label, node, onChoose }: Props) {
  const [editing, setEditing] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const results = useMemo(() => (query.trim() ? search(data.names, query, { limit: LIMIT }) : []), [data, query]);
  const known = node !== null && data.graph.hasNode(node);

  const stop = () => {
    setEditing(false);
    setQuery('');
    setActive(0);
  };
  const choose = (index: number) => {
    const hit = results[index];
    if (!hit) return;
    onChoose(hit.id);
    stop();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      stop();
    }
  };

  if (known && !editing) {
    return (
      <div className="path-end" data-path-end={label.toLowerCase()}>
        <span className="path-end-label">{label}</span>
        <NodeLink node={{ id: node, name: data.graph.getNodeAttribute(node, 'name') }} />
        <button
          type="button"
          className="small"
          aria-label={`Change the “${label.toLowerCase()}” end`}
          onClick={() => {
            setEditing(true);
            // Focus the field once it is drawn.
            setTimeout(() => input.current?.focus(), 0);
          }}
        >
          change
        </button>
        <button type="button" className="small" aria-label={`Clear the “${label.toLowerCase()}” end`} onClick={() => onChoose(null)}>
          ×
        </button>
      </div>
    );
  }

  const open = results.length > 0;
  return (
    <div className="path-end path-end-search" data-path-end={label.toLowerCase()}>
      <label htmlFor={`${id}-input`} className="path-end-label">
        {label}
      </label>
      <div className="path-search">
        <input
          id={`${id}-input`}
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${id}-${active}` : undefined}
          placeholder="Search an entity…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul id={`${id}-list`} role="listbox" className="search-results" aria-label={`Entities for the “${label.toLowerCase()}” end`}>
            {results.map((hit, i) => (
              <li
                key={hit.id}
                id={`${id}-${i}`}
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
      </div>
      {editing && (
        <button type="button" className="small" onClick={stop}>
          cancel
        </button>
      )}
    </div>
  );
}
