import { Suspense, useEffect, useRef } from 'react';
import { openDataFile } from '../../state/loadData.ts';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { LoadingPanel } from '../../ui/Loading.tsx';
import { useMenuPanel } from '../../ui/useMenuPanel.ts';

// The panel is a chunk of its own, fetched once the app has started (as the share menu's).
const OpenDataPanel = lazyPart(() => import('./OpenDataPanel.tsx').then((m) => m.OpenDataPanel));

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
  const { open, toggle, close: closePanel, panelId, wrapper, button, onKeyDown } = useMenuPanel();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const mine = input.current;
    fileInput = mine;
    return () => {
      if (fileInput === mine) fileInput = null;
    };
  }, []);

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
        <Suspense fallback={<LoadingPanel className="open-data-panel" />}>
          <OpenDataPanel id={panelId} chooseFile={() => input.current?.click()} close={closePanel} />
        </Suspense>
      )}
    </div>
  );
}
