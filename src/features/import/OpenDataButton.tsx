import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { loadDataFrom, openBundledData, openDataFile, openLoadReport, useLoadStore } from '../../state/loadData.ts';
import { useData } from '../../state/store.ts';

/** The file types the picker offers first (any file can still be chosen). */
const ACCEPT = '.json,.jsonl,.ndjson,.ftm,.gz,application/json,application/x-ndjson,application/gzip';

let fileInput: HTMLInputElement | null = null;

/** Opens the file picker of the "Open data" control (a no-op where it is not shown, as in the embed). */
export function chooseDataFile(): void {
  fileInput?.click();
}

/**
 * "Open data" in the top bar: a small panel to choose a file (FtM JSON lines, a dataset bundle or a view
 * file), open a web address, read the last load report again, or go back to the bundled data.
 */
export function OpenDataButton() {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const urlId = useId();
  const [url, setUrl] = useState('');
  const data = useData();
  const last = useLoadStore((s) => s.last);

  useEffect(() => {
    const mine = input.current;
    fileInput = mine;
    return () => {
      if (fileInput === mine) fileInput = null;
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !wrapper.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    wrapper.current?.querySelector<HTMLElement>('.open-data-panel button')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };

  const onUrl = (e: FormEvent) => {
    e.preventDefault();
    const address = url.trim();
    if (address === '') return;
    setOpen(false);
    void loadDataFrom(address);
  };

  const origin = data?.origin;
  const shown = !origin ? '' : origin.kind === 'bundled' ? 'the bundled data' : origin.kind === 'file' ? origin.name : origin.url;

  return (
    <div className="open-data" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="open-data-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
        data-open-data
      >
        Open data
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Open a data file"
        data-open-data-input
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          setOpen(false);
          if (file) void openDataFile(file);
        }}
      />
      {open && (
        <div id={panelId} className="open-data-panel" role="dialog" aria-label="Open data">
          <p className="open-data-shown">
            Showing <strong>{shown}</strong>
          </p>
          <button type="button" onClick={() => input.current?.click()}>
            Choose a file…
          </button>
          <p className="share-hint">
            FollowTheMoney JSON lines (as exported by OpenSanctions or OCCRP Aleph, also gzip-compressed), this explorer&apos;s
            dataset file, or a view file. You can also drop a file anywhere on the page.
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
            <p className="share-hint">The server must allow this page to read it (CORS). The link to the view then names it.</p>
          </form>
          {(last || origin?.kind !== 'bundled') && (
            <div className="share-row">
              {last && (
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
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
                    close();
                    openBundledData();
                  }}
                >
                  Back to the bundled data
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
