// Start-up: validate the bundled data, read the view from the link, then keep the link in sync.
import { loadBundledDataset } from '../core/data/bundled.ts';
import { formatProblem } from '../core/data/validate.ts';
import { prepareData } from './loadedData.ts';
import { addNotice, setData } from './store.ts';
import { startUrlSync, viewFromHash } from './urlSync.ts';

export type StartupResult = { ok: true } | { ok: false; problems: string[] };

export interface StartOptions {
  /** Keep the URL hash in step with the view (default). Off in the embed, whose history is the host page's. */
  syncUrl?: boolean;
}

export function startApp(options: StartOptions = {}): StartupResult {
  const { dataset, problems } = loadBundledDataset();
  if (!dataset) return { ok: false, problems: problems.map(formatProblem) };
  const data = prepareData(dataset, { kind: 'bundled' });
  const { view, notices } = viewFromHash(window.location.hash, data);
  setData(data, view);
  for (const n of notices) addNotice(n, 'warning');
  if (options.syncUrl !== false) startUrlSync();
  return { ok: true };
}
