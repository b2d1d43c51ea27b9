// Saved views in the share menu: save the current view under a name (with a thumbnail), then open, rename,
// delete or export each as a view file. Kept in this browser only (localStorage), within a stated size limit.
import { useState } from 'react';
import { encodeViewState } from '../../core/view/codec.ts';
import {
  MAX_SAVED_CHARACTERS,
  addSavedView,
  deleteSavedView,
  renameSavedView,
  storedSize,
  type SavedView,
} from '../../core/view/savedViews.ts';
import { canvasCommands } from '../../state/commands.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { storeSavedViews, useSavedViews } from '../../state/savedViews.ts';
import { addNotice, replaceView, useView } from '../../state/store.ts';
import { viewFromHash } from '../../state/urlSync.ts';
import { downloadBlob, exportStem, viewFileBlob } from './actions.ts';

/** A small PNG of the graph as a data: address, or null when there is no canvas. */
async function thumbnail(): Promise<string | null> {
  const blob = canvasCommands()?.png({ full: true, scale: 0.12, background: true });
  if (!blob) return null;
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}

function SavedItem({ item, data, onOpen }: { item: SavedView; data: LoadedData; onOpen: () => void }) {
  const [name, setName] = useState(item.name);
  const views = useSavedViews((s) => s.views);
  const open = () => {
    const { view, notices } = viewFromHash(item.link, data);
    replaceView(view);
    for (const n of notices) addNotice(n, 'warning');
    onOpen();
  };
  const exportFile = () => {
    const { view } = viewFromHash(item.link, data);
    viewFileBlob(data, view).then(
      (blob) =>
        downloadBlob(blob, `${exportStem(data)}-${item.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`),
      () => addNotice('The view file could not be made.', 'error'),
    );
  };
  return (
    <li className="saved-view">
      {item.thumbnail && <img src={item.thumbnail} alt="" width={96} />}
      <div>
        <input
          aria-label={`Name of saved view ${item.name}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name !== item.name && storeSavedViews(renameSavedView(views, item.id, name))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
        <div className="share-row">
          <button type="button" onClick={open}>
            Open
          </button>
          <button type="button" onClick={exportFile}>
            Export
          </button>
          <button type="button" onClick={() => storeSavedViews(deleteSavedView(views, item.id))}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}

export function SavedViews({ data, onOpen }: { data: LoadedData; onOpen: () => void }) {
  const view = useView();
  const views = useSavedViews((s) => s.views);
  const [name, setName] = useState(view.curation.title);
  const [message, setMessage] = useState('');
  const save = async () => {
    const added = addSavedView(views, {
      id: `v${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
      name,
      savedAt: new Date().toISOString(),
      link: encodeViewState(view),
      thumbnail: await thumbnail(),
    });
    const error = added.ok ? storeSavedViews(added.views) : added.error;
    setMessage(error ?? `Saved “${added.ok ? (added.views[0]?.name ?? '') : ''}”.`);
  };
  const used = Math.round((storedSize(views) / MAX_SAVED_CHARACTERS) * 100);
  return (
    <>
      <p className="share-hint">
        Views kept in this browser only, {used}% of the {MAX_SAVED_CHARACTERS / 1_000_000} million characters it allows.
        To give a view to someone, copy its link or export it as a file.
      </p>
      <div className="share-row">
        <input aria-label="Name of the view to save" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="button" onClick={() => void save()}>
          Save view
        </button>
      </div>
      <p className="copy-status" role="status" aria-live="polite">
        {message}
      </p>
      {views.length > 0 && (
        <ul className="saved-views" aria-label="Saved views">
          {views.map((item) => (
            <SavedItem key={`${item.id} ${item.name}`} item={item} data={data} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </>
  );
}
