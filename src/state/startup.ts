// Start-up: fetch the bundled data (checked when the app was built), read the view from the link, then keep
// the link in sync.
import { fetchBundledDataset } from '../core/data/bundled.ts';
import { formatProblem } from '../core/data/problems.ts';
import type { Dataset } from '../core/model/schema.ts';
import { defaultViewState } from '../core/view/viewState.ts';
import { startIdentitySync } from './identitySync.ts';
import { prepareData } from './loadedData.ts';
import { judgeDataLink } from '../core/data/import/dataLink.ts';
import { pageAddress, writeAddress } from './address.ts';
import { askAboutDataLink, loadDataFrom, useLoadStore } from './loadData.ts';
import { addNotice, setData } from './store.ts';
import { serverRequest } from './serverDetect.ts';
import { startUrlSync, viewFromHash } from './urlSync.ts';

/** `problems`: the bundled data did not pass its check; `unavailable`: it could not be fetched at all. */
export type StartupResult = { ok: true } | { ok: false; problems: string[] } | { ok: false; unavailable: string };

export interface StartOptions {
  /** Keep the URL hash in step with the view (default). Off in the embed, whose history is the host page's. */
  syncUrl?: boolean;
}

export async function startApp(options: StartOptions = {}): Promise<StartupResult> {
  startIdentitySync();
  // Undo is a chunk of its own, off the first load; it takes up the view shown when it arrives.
  if (options.syncUrl !== false) void import('./undo.ts').then((m) => m.startUndo());
  const bundled = await fetchBundledDataset().catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  if (bundled instanceof Error) return { ok: false, unavailable: bundled.message };
  const { dataset, problems } = bundled;
  if (!dataset) return { ok: false, problems: problems.map(formatProblem) };
  const { dataUrl, hash } = pageAddress();
  const syncUrl = options.syncUrl !== false;
  if (dataUrl !== null) {
    const decision = judgeDataLink(dataUrl, window.location.href);
    if (decision.kind === 'sameOrigin') {
      startFromDataUrl(decision.url, dataset, syncUrl, hash);
      return { ok: true };
    }
    if (decision.kind === 'refused') {
      showBundled(dataset, syncUrl);
      addNotice(`${decision.message} The bundled data is shown instead.`, 'error');
      if (syncUrl) startUrlSync();
      return { ok: true };
    }
    // Another site: the bundled data is shown while the user decides, and nothing is fetched before Open.
    setData(prepareData(dataset, { kind: 'bundled' }), defaultViewState(dataset.info.version));
    askAboutDataLink(
      decision,
      (maxBytes) => startFromDataUrl(decision.url, dataset, syncUrl, hash, maxBytes),
      () => {
        showBundled(dataset, syncUrl);
        addNotice(`The data from ${decision.host} was not opened.`, 'info');
        if (syncUrl) startUrlSync();
      },
    );
    return { ok: true };
  }
  const data = prepareData(dataset, { kind: 'bundled' });
  // Server mode: the link's view is for the server's entities; the server panel applies it and starts the sync.
  if (serverRequest() !== null) {
    setData(data, defaultViewState(data.dataset.info.version));
    return { ok: true };
  }
  const { view, notices } = viewFromHash(hash, data);
  setData(data, view);
  for (const n of notices) addNotice(n, 'warning');
  if (options.syncUrl !== false) startUrlSync();
  return { ok: true };
}

/**
 * `?data=URL`: fetches and imports the data in the worker (the import dialog shows progress), then opens the
 * link's view on it. On failure or Cancel, a notice says why and the bundled data is shown, without `?data=`.
 */
function startFromDataUrl(url: string, bundled: Dataset, syncUrl: boolean, hash: string, maxBytes?: number): void {
  const limits = maxBytes === undefined ? {} : { maxBytes };
  void loadDataFrom(url, { viewFor: (data) => viewFromHash(hash, data), syncUrl, showErrors: false, limits }).then(
    (result) => {
      if (!result.ok) {
        showBundled(bundled, syncUrl);
        // Cancelled because the user opened other data meanwhile: that load will replace the bundled data; no notice.
        const superseded = result.error.code === 'cancelled' && useLoadStore.getState().status.state !== 'idle';
        const why = result.error.code === 'cancelled' ? 'the import was cancelled.' : result.error.message;
        if (!superseded)
          addNotice(`Could not open the data at ${url}: ${why} The bundled data is shown instead.`, 'error');
      }
      if (syncUrl) startUrlSync();
    },
  );
}

/** The bundled data on a fresh view, and `?data=` (with the link's view) gone from the address. */
function showBundled(bundled: Dataset, syncUrl: boolean): void {
  const data = prepareData(bundled, { kind: 'bundled' });
  setData(data, defaultViewState(data.dataset.info.version));
  if (syncUrl) writeAddress({ dataUrl: null, view: null });
}
