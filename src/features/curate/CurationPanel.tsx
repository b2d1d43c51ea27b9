// "This view" in the side panel: the groups (rename, collapse, expand, ungroup), the notes (remove) and the
// hidden nodes of the curated view, listed so a keyboard or screen-reader user can reach all of them.
import { useState } from 'react';
import type { Note } from '../../core/view/curation.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { removeNote, renameGroup, setGroupCollapsed, ungroup } from '../../state/curationTransitions.ts';
import { showAll } from '../../state/curationCommands.ts';
import { updateView, useAppStore } from '../../state/store.ts';

function nameOf(data: LoadedData, id: string): string {
  return data.graph.hasNode(id) ? data.graph.getNodeAttributes(id).name : id;
}

function noteSubject(data: LoadedData, note: Note): string {
  const t = note.target;
  if (t.type === 'point') return 'free note';
  if (t.type === 'node') return `on ${nameOf(data, t.id)}`;
  if (!data.graph.hasEdge(t.id)) return 'on a relation';
  return `on ${nameOf(data, data.graph.source(t.id))} → ${nameOf(data, data.graph.target(t.id))}`;
}

function GroupName({ id, label }: { id: string; label: string }) {
  const [text, setText] = useState(label);
  return (
    <input
      aria-label="Group name"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => text !== label && updateView(renameGroup, id, text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
    />
  );
}

export function CurationPanel({ data }: { data: LoadedData }) {
  const curation = useAppStore((s) => s.view.curation);
  if (curation.groups.length === 0 && curation.notes.length === 0 && curation.hidden.length === 0) return null;
  return (
    <section className="curation-panel" aria-label="This view">
      <h3>This view</h3>
      {curation.groups.length > 0 && (
        <ul className="curation-groups" aria-label="Groups">
          {curation.groups.map((g) => (
            <li key={`${g.id} ${g.label}`}>
              <GroupName id={g.id} label={g.label} />{' '}
              <span className="muted">
                {g.members.length} {g.members.length === 1 ? 'node' : 'nodes'}
              </span>{' '}
              <button type="button" onClick={() => updateView(setGroupCollapsed, g.id, !g.collapsed)}>
                {g.collapsed ? 'Expand' : 'Collapse'}
              </button>{' '}
              <button type="button" onClick={() => updateView(ungroup, g.id)}>
                Ungroup
              </button>
            </li>
          ))}
        </ul>
      )}
      {curation.notes.length > 0 && (
        <ul className="curation-notes" aria-label="Notes">
          {curation.notes.map((n) => (
            <li key={n.id}>
              <q>{n.text}</q> <span className="muted">{noteSubject(data, n)}</span>{' '}
              <button
                type="button"
                aria-label={`Remove note: ${n.text.slice(0, 40)}`}
                onClick={() => updateView(removeNote, n.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {curation.hidden.length > 0 && (
        <p>
          Hidden here: {curation.hidden.map((id) => nameOf(data, id)).join(', ')}.{' '}
          <button type="button" onClick={showAll}>
            Show all
          </button>
        </p>
      )}
    </section>
  );
}
