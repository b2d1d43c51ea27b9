// The curation controls above the graph: hide, show all, pin, group, add a note, title, undo and redo, with
// their keys (H, G, Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl/Cmd+A). Each change is one undo step.
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_CAPTION_LENGTH, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, type NoteTarget } from '../../core/view/curation.ts';
import {
  addNoteTo,
  groupSelected,
  hideAllButSelected,
  hideSelected,
  noteTargetNow,
  selectAllShown,
  showAll,
  togglePinSelected,
} from '../../state/curationCommands.ts';
import { noteText, selectedNodeIds, setCaption, setTitle } from '../../state/curationTransitions.ts';
import { updateView, useAppStore } from '../../state/store.ts';
import { redoView, undoView, useUndoButtons } from '../../state/undo.ts';

/** True when a key press belongs to a text field or a control that uses letters itself. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

function useCurationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redoView();
        else undoView();
      } else if (mod && key === 'y') {
        e.preventDefault();
        redoView();
      } else if (mod && key === 'a') {
        if (useAppStore.getState().view.mainView !== 'graph') return;
        e.preventDefault();
        selectAllShown();
      } else if (!mod && !e.shiftKey && key === 'h') hideSelected();
      else if (!mod && !e.shiftKey && key === 'g') groupSelected();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const describeTarget = (t: NoteTarget): string =>
  t.type === 'point'
    ? 'a free note at the middle of the view'
    : t.type === 'edge'
      ? 'the selected relation'
      : 'the selected node';

function NoteForm({ target, onDone }: { target: NoteTarget; onDone: () => void }) {
  const [text, setText] = useState('');
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const { cut } = noteText(text);
  return (
    <form
      className="curate-form"
      aria-label="Add note"
      onSubmit={(e) => {
        e.preventDefault();
        addNoteTo(target, text);
        onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <label htmlFor={id}>Note on {describeTarget(target)}</label>
      <textarea id={id} ref={field} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <p className="muted" role="status">
        {cut > 0
          ? `Notes are at most ${MAX_NOTE_LENGTH} characters: the last ${cut} will be cut.`
          : `${Array.from(text).length} / ${MAX_NOTE_LENGTH}. Plain text: no formatting is applied.`}
      </p>
      <div className="curate-form-buttons">
        <button type="submit" disabled={noteText(text).text === ''}>
          Save note
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TitleForm({ onDone }: { onDone: () => void }) {
  const current = useAppStore((s) => s.view.curation);
  const [title, setTitleText] = useState(current.title);
  const [caption, setCaptionText] = useState(current.caption);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      className="curate-form"
      aria-label="View title"
      onSubmit={(e) => {
        e.preventDefault();
        updateView((v) => setCaption(setTitle(v, title), caption));
        onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <label>
        View title
        <input ref={field} value={title} maxLength={MAX_TITLE_LENGTH} onChange={(e) => setTitleText(e.target.value)} />
      </label>
      <label>
        Caption
        <textarea
          rows={2}
          value={caption}
          maxLength={MAX_CAPTION_LENGTH}
          onChange={(e) => setCaptionText(e.target.value)}
        />
      </label>
      <div className="curate-form-buttons">
        <button type="submit">Save title</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The curation toolbar: acts on the selected nodes (shift-click or shift-drag to select several). */
export function CurateBar() {
  useCurationKeys();
  const view = useAppStore((s) => s.view);
  const undo = useUndoButtons();
  const [form, setForm] = useState<{ kind: 'note'; target: NoteTarget } | { kind: 'title' } | null>(null);
  const ids = selectedNodeIds(view);
  const none = ids.length === 0;
  const allPinned = !none && ids.every((id) => view.curation.pinned.includes(id));
  const hidden = view.curation.hidden.length;
  return (
    <div className="curate-bar" role="toolbar" aria-label="Curate this view">
      <button
        type="button"
        onClick={hideSelected}
        disabled={none}
        aria-keyshortcuts="H"
        title="Hide the selected nodes (H)"
      >
        Hide
      </button>
      <button type="button" onClick={hideAllButSelected} disabled={none} title="Keep only the selected nodes">
        Hide others
      </button>
      {hidden > 0 && (
        <button type="button" className="chip" onClick={showAll} aria-label={`${hidden} hidden · Show all`}>
          {hidden} hidden · Show all
        </button>
      )}
      <button
        type="button"
        onClick={togglePinSelected}
        disabled={none}
        aria-pressed={allPinned}
        title="Keep the selected nodes in place when the layout changes"
      >
        Pin
      </button>
      <button
        type="button"
        onClick={groupSelected}
        disabled={none}
        aria-keyshortcuts="G"
        title="Draw a box around the selected nodes (G)"
      >
        Group
      </button>
      <button type="button" onClick={() => setForm({ kind: 'note', target: noteTargetNow() })}>
        Add note
      </button>
      <button type="button" onClick={() => setForm({ kind: 'title' })}>
        Title
      </button>
      <button
        type="button"
        onClick={undoView}
        disabled={!undo.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={undo.undoLabel ? `Undo: ${undo.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redoView}
        disabled={!undo.canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={undo.redoLabel ? `Redo: ${undo.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
      {form?.kind === 'note' && <NoteForm target={form.target} onDone={() => setForm(null)} />}
      {form?.kind === 'title' && <TitleForm onDone={() => setForm(null)} />}
    </div>
  );
}
