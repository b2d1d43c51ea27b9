// Opening data chosen by the user (a file, a dropped file, a URL in the link): runs the import in the worker,
// keeps its progress and report for the import dialog, then shows the new data with a fresh view and link.
import { create } from 'zustand';
import { fetchedBundledDataset } from '../core/data/bundled.ts';
import { startImport, type ImportHandle } from '../core/data/import/client.ts';
import { createImportWorker } from './importWorker.ts';
import type { DataFormat } from '../core/data/import/detect.ts';
import { ImportError, type ImportProgress } from '../core/data/import/protocol.ts';
import type { LoadReport } from '../core/data/ftm/report.ts';
import type { ImportLimits } from '../core/settings/limits.ts';
import { cleanViewState } from '../core/view/clean.ts';
import { VIEW_FILE_FORMAT } from '../core/view/viewFileFormat.ts';
import { defaultViewState, type ViewState } from '../core/view/viewState.ts';
import { writeAddress } from './address.ts';
import { selectVisibleInTasks } from './derived.ts';
import { knownData, prepareData, prepareDataInSteps, type DataOrigin, type LoadedData } from './loadedData.ts';
import { addNotice, replaceView, setData, useAppStore } from './store.ts';

/** What the import dialog shows. */
export type LoadStatus =
  | { state: 'idle' }
  | { state: 'loading'; name: string; step: 'import' | 'prepare'; progress: ImportProgress | null }
  | { state: 'failed'; name: string; code: ImportError['code']; message: string; problems: string[] }
  | DataLinkQuestion;

/** `?data=` naming another site: nothing is fetched until the user answers (see askAboutDataLink). */
export interface DataLinkQuestion {
  state: 'confirm';
  url: string;
  host: string;
  /** Open, reading at most `maxBytes`. */
  open(maxBytes: number): void;
  cancel(): void;
}

export interface LastLoad {
  name: string;
  format: DataFormat;
  report: LoadReport;
}

export interface LoadState {
  status: LoadStatus;
  /** The report of the last data opened, kept so that it can be read again. */
  last: LastLoad | null;
  reportOpen: boolean;
}

export const useLoadStore = create<LoadState>(() => ({ status: { state: 'idle' }, last: null, reportOpen: false }));

export type DataSource = File | Blob | URL | string;

export interface LoadOptions {
  /**
   * The view to open on, from the new data (the link's hash at start); default: a fresh default view
   * (nothing selected, no filters) on the new dataset.
   */
  viewFor?: (data: LoadedData) => { view: ViewState; notices: string[] };
  /** Write the page address (the `data` parameter and the view's hash). Default true; off in the embed. */
  syncUrl?: boolean;
  /** Show a failure in the import dialog (default). Start-up turns this off and falls back to the bundled data. */
  showErrors?: boolean;
  /** Size limits for this read (defaults: core/settings/limits.ts). */
  limits?: Partial<ImportLimits>;
}

export type LoadResult = { ok: true; data: LoadedData } | { ok: false; error: ImportError };

/** True when the head of a file is a view file of this explorer (saved from the share menu), not data. */
export function looksLikeViewFile(head: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${VIEW_FILE_FORMAT}"`).test(head.slice(0, 4096));
}

/** A short name for what is being opened: the file name, or the URL. */
export function sourceName(source: DataSource): string {
  if (typeof source === 'string') return source;
  if (source instanceof URL) return source.href;
  return 'name' in source && typeof source.name === 'string' && source.name !== '' ? source.name : 'data';
}

function originOf(source: DataSource): DataOrigin {
  if (typeof source === 'string' || source instanceof URL) {
    return { kind: 'url', url: new URL(source, window.location.href).href };
  }
  return { kind: 'file', name: sourceName(source) };
}

let running: { handle: ImportHandle | null; cancelled: boolean } | null = null;

/** Stops the load under way, if any (the import, or the building of the graph that follows it). */
export function cancelLoad(): void {
  if (!running) return;
  running.cancelled = true;
  running.handle?.cancel();
  running = null;
  useLoadStore.setState({ status: { state: 'idle' } });
}

/** Closes the failure message or the report. */
export function dismissLoadStatus(): void {
  useLoadStore.setState((s) => ({
    status: s.status.state === 'failed' ? { state: 'idle' } : s.status,
    reportOpen: false,
  }));
}

export function openLoadReport(): void {
  if (useLoadStore.getState().last) useLoadStore.setState({ reportOpen: true });
}

/** Puts new data on screen with `view`, and rewrites the address: `?data=` for a URL, none for a file. */
function show(data: LoadedData, view: ViewState, dataUrl: string | null, syncUrl: boolean): void {
  setData(data, view);
  if (syncUrl) writeAddress({ dataUrl, view });
}

function fail(name: string, error: ImportError, showErrors: boolean): LoadResult {
  useLoadStore.setState({
    status:
      showErrors && error.code !== 'cancelled'
        ? { state: 'failed', name, code: error.code, message: error.message, problems: error.problems ?? [] }
        : { state: 'idle' },
  });
  return { ok: false, error };
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * Opens data from a File, Blob or URL: imports it in the worker (progress in useLoadStore), builds the graph
 * in short steps, then shows it with a fresh default view (or `options.viewFor`) and resets the link.
 * Starting a new load cancels the one under way. Resolves with the data, or the ImportError.
 */
export async function loadDataFrom(source: DataSource, options: LoadOptions = {}): Promise<LoadResult> {
  cancelLoad();
  const name = sourceName(source);
  const showErrors = options.showErrors !== false;
  const job: { handle: ImportHandle | null; cancelled: boolean } = { handle: null, cancelled: false };
  running = job;
  useLoadStore.setState({ status: { state: 'loading', name, step: 'import', progress: null }, reportOpen: false });
  const handle = startImport(
    source,
    (progress) => {
      if (!job.cancelled) useLoadStore.setState({ status: { state: 'loading', name, step: 'import', progress } });
    },
    { ...options.limits, createWorker: createImportWorker },
  );
  job.handle = handle;

  let outcome;
  try {
    outcome = await handle.promise;
  } catch (error) {
    if (job.cancelled) return { ok: false, error: new ImportError('cancelled', 'The import was cancelled.') };
    running = null;
    const importError = error instanceof ImportError ? error : new ImportError('read', String(error));
    return fail(name, importError, showErrors);
  }
  if (job.cancelled) return { ok: false, error: new ImportError('cancelled', 'The import was cancelled.') };
  useLoadStore.setState((s) => ({
    status: {
      state: 'loading',
      name,
      step: 'prepare',
      progress: s.status.state === 'loading' ? s.status.progress : null,
    },
  }));

  let data: LoadedData;
  try {
    data = await prepareDataInSteps(outcome.dataset, originOf(source));
  } catch (error) {
    running = null;
    const why = error instanceof Error ? error.message : String(error);
    return fail(name, new ImportError('read', `The data could not be shown: ${why}`), showErrors);
  }
  if (job.cancelled) return { ok: false, error: new ImportError('cancelled', 'The import was cancelled.') };

  const { view, notices } = options.viewFor?.(data) ?? {
    view: defaultViewState(data.dataset.info.version),
    notices: [],
  };
  // What the view shows, in tasks of its own: showing the data then finds it memoised (on 100,000 entities
  // the two together made one task of 0.2 to 0.35 s on a busy machine, the filters' pass alone 0.1 to 0.18 s).
  await selectVisibleInTasks(data, view);
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (job.cancelled) return { ok: false, error: new ImportError('cancelled', 'The import was cancelled.') };
  running = null;
  const dataUrl = typeof source === 'string' ? source : source instanceof URL ? source.href : null;
  show(data, view, dataUrl, options.syncUrl !== false);
  const { report } = outcome;
  const skipped = report.skipped.length + report.skippedNotListed;
  const warnings = report.warnings.length + report.warningsNotListed;
  useLoadStore.setState({
    status: { state: 'idle' },
    last: { name, format: outcome.format, report },
    reportOpen: skipped > 0,
  });
  addNotice(
    `Opened ${name}: ${plural(data.graph.order, 'entity', 'entities')}, ${plural(data.graph.size, 'relation', 'relations')}` +
      (outcome.format === 'ftm'
        ? `; ${plural(skipped, 'line', 'lines')} skipped, ${plural(warnings, 'warning', 'warnings')} (the load report is under Open data).`
        : '.'),
    skipped > 0 ? 'warning' : 'info',
  );
  if (report.stoppedEarly !== undefined) addNotice(report.stoppedEarly, 'warning');
  for (const notice of notices) addNotice(notice, 'warning');
  return { ok: true, data };
}

/**
 * Asks the user whether to open data from another site (the import dialog shows the question); nothing is
 * fetched before they answer. `onOpen` and `onCancel` say what follows.
 */
export function askAboutDataLink(
  question: { url: string; host: string },
  onOpen: (maxBytes: number) => void,
  onCancel: () => void,
): void {
  const settle = (): boolean => {
    if (useLoadStore.getState().status.state !== 'confirm') return false;
    useLoadStore.setState({ status: { state: 'idle' } });
    return true;
  };
  useLoadStore.setState({
    status: {
      state: 'confirm',
      ...question,
      open: (maxBytes) => {
        if (settle()) onOpen(maxBytes);
      },
      cancel: () => {
        if (settle()) onCancel();
      },
    },
    reportOpen: false,
  });
}

/**
 * Opens a view file saved from the share menu: with the data it carries (which replaces the data shown, and
 * drops `?data=` from the link) or, without data, on the data already shown.
 */
async function openViewFileBlob(file: Blob, name: string, job: { cancelled: boolean }): Promise<LoadResult> {
  const failWith = (message: string) => fail(name, new ImportError('read', message), true);
  const cancelled = (): LoadResult => ({
    ok: false,
    error: new ImportError('cancelled', 'Opening the view file was cancelled.'),
  });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return failWith(`The file "${name}" could not be read.`);
  }
  // The reader loads on first use: it validates carried data with zod, which the first screen does not need.
  const reader = await import('../core/view/viewFile.ts').catch(() => null);
  if (!reader) return failWith('The view file reader could not be loaded; reload the page and try again.');
  if (job.cancelled) return cancelled();
  const parsed = reader.parseViewFile(text);
  if (!parsed.ok) return failWith(parsed.error);
  let data = useAppStore.getState().data;
  if (parsed.data) data = await prepareDataInSteps(parsed.data, { kind: 'file', name });
  if (job.cancelled) return cancelled();
  if (!data) return failWith('There is no data to open this view on.');
  const cleaned = cleanViewState(parsed.view, knownData(data), { source: 'view file' });
  if (parsed.data) show(data, cleaned.state, null, true);
  else replaceView(cleaned.state);
  useLoadStore.setState({ status: { state: 'idle' } });
  addNotice(`Opened the view file ${name}${parsed.data ? ', with its data' : ''}.`, 'info');
  for (const notice of [...parsed.notices, ...cleaned.notices]) addNotice(notice, 'warning');
  return { ok: true, data };
}

/** Opens a file the user chose or dropped: a view file of this explorer, or data (FtM JSON lines or a bundle). */
export async function openDataFile(file: File | Blob): Promise<LoadResult> {
  let head = '';
  try {
    head = await file.slice(0, 4096).text();
  } catch {
    // Unreadable here: the import reports it.
  }
  if (!looksLikeViewFile(head)) return loadDataFrom(file);
  return openViewFile(file);
}

/** Opens a view file saved from the share menu (a file that is not one gets an error, and nothing changes). */
export async function openViewFile(file: File | Blob): Promise<LoadResult> {
  // Stop a load under way (its data would replace this file's), and say at once that something is opening.
  cancelLoad();
  const name = sourceName(file);
  const job = { handle: null, cancelled: false };
  running = job;
  useLoadStore.setState({ status: { state: 'loading', name, step: 'prepare', progress: null }, reportOpen: false });
  const result = await openViewFileBlob(file, name, job);
  if (running === job) running = null;
  return result;
}

/** Goes back to the data bundled with the app, on a fresh view; `?data=` leaves the link. */
export function openBundledData(): boolean {
  cancelLoad();
  const dataset = fetchedBundledDataset()?.dataset;
  if (!dataset) return false;
  const data = prepareData(dataset, { kind: 'bundled' });
  show(data, defaultViewState(data.dataset.info.version), null, true);
  useLoadStore.setState({ last: null, reportOpen: false });
  addNotice('Back to the bundled data.', 'info');
  return true;
}
