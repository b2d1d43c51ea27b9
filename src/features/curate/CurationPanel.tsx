// "This view" in the side panel: the groups (rename, collapse, expand, ungroup), the notes (edit, remove) and the
// hidden nodes of the curated view, listed so a keyboard or screen-reader user can reach all of them.
import { useState } from 'react';
import type { Note } from '../../core/view/curation.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { MAX_NOTE_LENGTH } from '../../core/view/curation.ts';
import {
  editNote,
  noteText,
  removeNote,
  renameGroup,
  setGroupCollapsed,
  ungroup,
} from '../../state/curationTransitions.ts';
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

/** One note in the list: its text and subject, or a field to change the text (empty text removes the note). */
function NoteItem({ data, note }: { data: LoadedData; note: Note }) {
  const [editing, setEditing] = useState<string | null>(null);
  const short = note.text.slice(0, 40);
  if (editing === null) {
    return (
      <li>
        <q>{note.text}</q> <span className="muted">{noteSubject(data, note)}</span>{' '}
        <button type="button" aria-label={`Edit note: ${short}`} onClick={() => setEditing(note.text)}>
          Edit
        </button>{' '}
        <button type="button" aria-label={`Remove note: ${short}`} onClick={() => updateView(removeNote, note.id)}>
          Remove
        </button>
      </li>
    );
  }
  const { cut } = noteText(editing);
  const save = () => {
    updateView(editNote, note.id, editing);
    setEditing(null);
  };
  return (
    <li>
      <form
        className="curate-form"
        aria-label={`Edit note ${noteSubject(data, note)}`}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(null);
        }}
      >
        <textarea aria-label="Note text" rows={3} value={editing} onChange={(e) => setEditing(e.target.value)} />
        <p className="muted" role="status">
          {cut > 0
            ? `Notes are at most ${MAX_NOTE_LENGTH} characters: the last ${cut} will be cut.`
            : noteText(editing).text === ''
              ? 'Saving an empty note removes it.'
              : `${Array.from(editing).length} / ${MAX_NOTE_LENGTH}. Plain text: no formatting is applied.`}
        </p>
        <div className="curate-form-buttons">
          <button type="submit">Save note</button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </div>
      </form>
    </li>
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
            <NoteItem key={n.id} data={data} note={n} />
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
