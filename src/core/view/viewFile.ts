// The view file: a JSON document holding a view state, the dataset version it was made on and, when the data
// did not come bundled with the app, the data itself. Reading one never throws and keeps whatever is valid.
import { validateDataset, formatProblem, type DatasetFiles } from '../data/validate.ts';
import type { Dataset } from '../model/schema.ts';
import { viewStateFromObject } from './fromObject.ts';
import { NoticeCollector, quote } from './notices.ts';
import { isValidViewState } from './fields.ts';
import { MAX_DATASET_VERSION_LENGTH, isPlainRecord, isWellFormedText } from './validate.ts';
import { defaultViewState, type ViewState } from './viewState.ts';
import { VIEW_FILE_FORMAT } from './viewFileFormat.ts';

export { VIEW_FILE_FORMAT };
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
    ...(raw.identities === undefined ? {} : { 'identities.json': raw.identities }),
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
    return {
      ok: false,
      error: `The file is ${text.length} characters long, over the limit of ${MAX_VIEW_FILE_LENGTH}; it was not opened.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'The file is not a view file: it is not JSON.' };
  }
  if (!isPlainRecord(json) || json.format !== VIEW_FILE_FORMAT) {
    return {
      ok: false,
      error: `The file is not a view file of this explorer (it has no "format": "${VIEW_FILE_FORMAT}").`,
    };
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
  let view = defaultViewState();
  if (json.view === undefined) notices.add('The view file holds no view; the default view was opened.');
  else {
    const read = viewStateFromObject(json.view);
    view = read.state;
    for (const notice of read.notices) notices.add(notice);
  }
  const datasetVersion = readDatasetVersion(json.datasetVersion, notices) ?? view.dataset;
  const data = readData(json.data, notices);
  const state: ViewState = { ...view, dataset: datasetVersion };
  if (!isValidViewState(state))
    return { ok: true, view: defaultViewState(datasetVersion), datasetVersion, data, notices: notices.list() };
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
