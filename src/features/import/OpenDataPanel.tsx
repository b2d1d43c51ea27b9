// The "Open data" panel: choose a file, open a web address, read the last load report again, or go back to
// the bundled data. A chunk of its own (OpenDataButton.tsx loads it).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { loadDataFrom, openBundledData, openLoadReport, useLoadStore } from '../../state/loadData.ts';
import { useData } from '../../state/store.ts';

interface Props {
  id: string;
  /** Opens the file picker (its input stays in the button, so that it works without the panel). */
  chooseFile(): void;
  /** Closes the panel; with refocus, focus returns to the button. */
  close(refocus: boolean): void;
}

export function OpenDataPanel({ id, chooseFile, close }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const urlId = useId();
  const [url, setUrl] = useState('');
  const data = useData();
  const last = useLoadStore((s) => s.last);

  useEffect(() => {
    root.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);

  const onUrl = (e: FormEvent) => {
    e.preventDefault();
    const address = url.trim();
    if (address === '') return;
    close(false);
    void loadDataFrom(address);
  };

  const origin = data?.origin;
  const shown = !origin
    ? ''
    : origin.kind === 'bundled'
      ? 'the bundled data'
      : origin.kind === 'file'
        ? origin.name
        : origin.url;

  return (
    <div id={id} ref={root} className="open-data-panel" role="dialog" aria-label="Open data">
      <p className="open-data-shown">
        Showing <strong>{shown}</strong>
      </p>
      <button type="button" onClick={chooseFile}>
        Choose a file…
      </button>
      <p className="share-hint">
        FollowTheMoney JSON lines (as exported by OpenSanctions or OCCRP Aleph, also gzip-compressed), this
        explorer&apos;s dataset file, or a view file. You can also drop a file anywhere on the page.
      </p>
      <form className="open-data-url" onSubmit={onUrl}>
        <label htmlFor={urlId}>Or open a web address</label>
        <div className="share-row">
          <input
            id={urlId}
            type="url"
            inputMode="url"
            placeholder="https://…/export.ftm.json"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit">Open</button>
        </div>
        <p className="share-hint">
          The server must allow this page to read it (CORS). The link to the view then names it.
        </p>
      </form>
      {(last || origin?.kind !== 'bundled') && (
        <div className="share-row">
          {last && (
            <button
              type="button"
              onClick={() => {
                close(false);
                openLoadReport();
              }}
            >
              Load report of {last.name}
            </button>
          )}
          {origin && origin.kind !== 'bundled' && (
            <button
              type="button"
              onClick={() => {
                close(true);
                openBundledData();
              }}
            >
              Back to the bundled data
            </button>
          )}
        </div>
      )}
    </div>
  );
}
