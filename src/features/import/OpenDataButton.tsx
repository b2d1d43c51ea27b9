import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { loadDataFrom, openBundledData, openDataFile, openLoadReport, useLoadStore } from '../../state/loadData.ts';
import { useData } from '../../state/store.ts';
import { useMenuPanel } from '../../ui/useMenuPanel.ts';

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
  const { open, toggle, close: closePanel, panelId, wrapper, button, onKeyDown } = useMenuPanel((panel) =>
    panel.querySelector<HTMLElement>('.open-data-panel button')?.focus(),
  );
  const input = useRef<HTMLInputElement>(null);
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

  const close = () => closePanel(true);

  const onUrl = (e: FormEvent) => {
    e.preventDefault();
    const address = url.trim();
    if (address === '') return;
    closePanel(false);
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
        onClick={toggle}
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
          closePanel(false);
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
                    closePanel(false);
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
