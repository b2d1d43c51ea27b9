// The view file: a JSON document holding a view state, the dataset version it was made on and, when the data
// did not come bundled with the app, the data itself. Reading one never throws and keeps whatever is valid.
import type { z } from 'zod';
import { validateDataset, formatProblem, type DatasetFiles } from '../data/validate.ts';
import type { Dataset } from '../model/schema.ts';
import { NoticeCollector, quote } from './notices.ts';
import { MAX_DATASET_VERSION_LENGTH, isPlainRecord, isValidViewState, isWellFormedText, viewStateSchema } from './validate.ts';
import { VIEW_STATE_VERSION, defaultViewState, type ViewState } from './viewState.ts';

/** The value of "format" that marks a view file. */
export const VIEW_FILE_FORMAT = 'sanctions-explorer-view';
export const VIEW_FILE_VERSION = 1;
/** Files longer than this many characters are not read (a view file with data of 100,000 entities is far smaller). */
export const MAX_VIEW_FILE_LENGTH = 200_000_000;

export interface ViewFile {
  format: typeof VIEW_FILE_FORMAT;
  version: typeof VIEW_FILE_VERSION;
  view: ViewState;
  /** The version of the dataset the view was made on. */
  datasetVersion: string | null;
  /** The data itself, when it did not come bundled with the app (a file or a URL the reader may not have). */
  data?: Dataset;
}

export type ParsedViewFile =
  | {
      ok: true;
      /** A valid view state: every field that could be read, defaults for the rest. Not yet cleaned against data. */
      view: ViewState;
      datasetVersion: string | null;
      /** The data carried by the file, validated; null when it carried none or it did not validate. */
      data: Dataset | null;
      notices: string[];
    }
  | { ok: false; error: string };

/** Builds a view file of `view` on `dataset`; `includeData` puts the dataset itself in the file. */
export function createViewFile(view: ViewState, dataset: Dataset, options: { includeData: boolean }): ViewFile {
  const file: ViewFile = {
    format: VIEW_FILE_FORMAT,
    version: VIEW_FILE_VERSION,
    view: { ...view, dataset: dataset.info.version },
    datasetVersion: dataset.info.version,
  };
  if (options.includeData) file.data = dataset;
  return file;
}

/** The file as text: indented JSON with a final newline, diff-friendly. */
export function serialiseViewFile(file: ViewFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Field names of a view as notices name them. */
const FIELD_LABEL: Record<Exclude<keyof ViewState, 'version'>, string> = {
  dataset: 'dataset version',
  selection: 'selection',
  filters: 'filters',
  asOf: 'as-of date',
  focus: 'focus',
  expanded: 'expanded nodes',
  path: 'path endpoints',
  layout: 'layout',
  camera: 'camera',
  positions: 'node positions',
  panel: 'panel',
  mainView: 'main view',
};

/** The first problem zod found, in a few words. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not valid';
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return `${issue.message}${where}`;
}

/** Reads the view field by field: what is valid is kept, the rest keeps its default, with a notice each. */
function readView(raw: unknown, notices: NoticeCollector): ViewState {
  const state = defaultViewState();
  if (!isPlainRecord(raw)) {
    notices.add('The view file holds no readable view; the default view was opened.');
    return state;
  }
  const version = raw.version;
  if (version !== VIEW_STATE_VERSION) {
    notices.add(
      typeof version === 'number' && version > VIEW_STATE_VERSION
        ? `The view in this file uses view format ${version}, newer than this app reads (${VIEW_STATE_VERSION}); the default view was opened.`
        : `The view in this file names an unknown view format ${quote(String(version))}; the default view was opened.`,
    );
    return state;
  }
  const shape = viewStateSchema.shape;
  const read = <T>(key: keyof typeof FIELD_LABEL, schema: z.ZodType<T>, set: (value: T) => void): void => {
    if (!Object.hasOwn(raw, key)) return;
    const result = schema.safeParse(raw[key]);
    if (result.success) set(result.data);
    else notices.add(`Ignored the ${FIELD_LABEL[key]} in the view file: ${firstIssue(result.error)}.`);
  };
  read('dataset', shape.dataset, (v) => (state.dataset = v));
  read('selection', shape.selection, (v) => (state.selection = v));
  read('filters', shape.filters, (v) => (state.filters = v));
  read('asOf', shape.asOf, (v) => (state.asOf = v));
  read('focus', shape.focus, (v) => (state.focus = v));
  read('expanded', shape.expanded, (v) => (state.expanded = v));
  read('path', shape.path, (v) => (state.path = v));
  read('layout', shape.layout, (v) => (state.layout = v));
  read('camera', shape.camera, (v) => (state.camera = v));
  read('positions', shape.positions, (v) => (state.positions = v));
  read('panel', shape.panel, (v) => (state.panel = v));
  read('mainView', shape.mainView, (v) => (state.mainView = v));
  const unknown = Object.keys(raw).filter((key) => key !== 'version' && !Object.hasOwn(FIELD_LABEL, key));
  if (unknown.length > 0) notices.add(`Ignored unknown fields of the view: ${unknown.slice(0, 5).map(quote).join(', ')}.`);
  return state;
}

function readDatasetVersion(raw: unknown, notices: NoticeCollector): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' && raw.length >= 1 && raw.length <= MAX_DATASET_VERSION_LENGTH && isWellFormedText(raw)) {
    return raw;
  }
  notices.add('Ignored the dataset version of the view file: not a readable version name.');
  return null;
}

/** Validates carried data as the app validates a dataset folder; null (with a notice) when it has problems. */
function readData(raw: unknown, notices: NoticeCollector): Dataset | null {
  if (raw === undefined || raw === null) return null;
  if (!isPlainRecord(raw)) {
    notices.add('The data in the view file is not a dataset; it was not loaded.');
    return null;
  }
  const files: DatasetFiles = {
    'dataset.json': raw.info,
    'sources.json': raw.sources,
    'nodes.json': raw.nodes,
    'roles.json': raw.roles,
    'actions.json': raw.actions,
    'measures.json': raw.measures,
    ...(raw.links === undefined ? {} : { 'links.json': raw.links }),
  };
  const { dataset, problems } = validateDataset(files);
  if (dataset && problems.length === 0) return dataset;
  const first = problems[0];
  notices.add(
    `The data in the view file has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}` +
      `${first ? ` (first: ${formatProblem(first)})` : ''}; it was not loaded.`,
  );
  return null;
}

function parse(text: string): ParsedViewFile {
  if (text.length > MAX_VIEW_FILE_LENGTH) {
    return { ok: false, error: `The file is ${text.length} characters long, over the limit of ${MAX_VIEW_FILE_LENGTH}; it was not opened.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'The file is not a view file: it is not JSON.' };
  }
  if (!isPlainRecord(json) || json.format !== VIEW_FILE_FORMAT) {
    return { ok: false, error: `The file is not a view file of this explorer (it has no "format": "${VIEW_FILE_FORMAT}").` };
  }
  const version = json.version;
  if (version !== VIEW_FILE_VERSION) {
    return {
      ok: false,
      error:
        typeof version === 'number' && version > VIEW_FILE_VERSION
          ? `This view file uses file format ${version}, newer than this app reads (${VIEW_FILE_VERSION}).`
          : `This view file names an unknown file format version ${quote(String(version))}.`,
    };
  }
  const notices = new NoticeCollector();
  const view = readView(json.view, notices);
  const datasetVersion = readDatasetVersion(json.datasetVersion, notices) ?? view.dataset;
  const data = readData(json.data, notices);
  const state: ViewState = { ...view, dataset: datasetVersion };
  if (!isValidViewState(state)) return { ok: true, view: defaultViewState(datasetVersion), datasetVersion, data, notices: notices.list() };
  return { ok: true, view: state, datasetVersion, data, notices: notices.list() };
}

/**
 * Reads the text of a view file. Never throws: a file that is not a view file (not JSON, another format,
 * a newer version) gives `ok: false` with a message; otherwise every valid field is kept and each notice
 * says what was ignored. The view still has to be cleaned against the data it opens on (cleanViewState).
 */
export function parseViewFile(text: string): ParsedViewFile {
  try {
    if (typeof text !== 'string') return { ok: false, error: 'The file could not be read as text.' };
    return parse(text);
  } catch {
    return { ok: false, error: 'The view file could not be read.' };
  }
}
