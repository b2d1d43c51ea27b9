// One end of the path search: the chosen entity's name with "change" and "clear", or a small search field
// (typo-tolerant, over names and aliases) to pick one. Arrows, Enter and Esc work as in the main search.
import { useState } from 'react';
import { NameCombobox } from '../../ui/NameCombobox.tsx';
import type { LoadedData } from '../../state/loadedData.ts';
import { useNameSearch } from '../../state/store.ts';
import { NodeLink } from '../../ui/links.tsx';

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
  const names = useNameSearch();
  const known = node !== null && data.graph.hasNode(node);
  const stop = () => setEditing(false);

  if (known && !editing) {
    return (
      <div className="path-end" data-path-end={label.toLowerCase()}>
        <span className="path-end-label">{label}</span>
        <NodeLink node={{ id: node, name: data.graph.getNodeAttribute(node, 'name') }} />
        <button
          type="button"
          className="small"
          aria-label={`Change the “${label.toLowerCase()}” end`}
          onClick={() => setEditing(true)}
        >
          change
        </button>
        <button
          type="button"
          className="small"
          aria-label={`Clear the “${label.toLowerCase()}” end`}
          onClick={() => onChoose(null)}
        >
          ×
        </button>
      </div>
    );
  }

  return (
    <div className="path-end path-end-search" data-path-end={label.toLowerCase()}>
      <div className="path-search">
        <NameCombobox
          names={names}
          className="name-picker"
          label={label}
          showLabel
          placeholder="Search an entity…"
          limit={LIMIT}
          autoFocus={editing}
          onChoose={(chosen) => {
            onChoose(chosen);
            stop();
          }}
          onCancel={editing ? stop : undefined}
        />
      </div>
      {editing && (
        <button type="button" className="small" onClick={stop}>
          cancel
        </button>
      )}
    </div>
  );
}
