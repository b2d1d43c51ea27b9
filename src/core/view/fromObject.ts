// Reads a view state from an untrusted object, such as the parsed JSON of a view file: keeps every valid
// field and list item, gives the rest their defaults, and says in notices what it ignored. Never throws.
import { MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS } from '../model/kinds.ts';
import { curationFromObject } from './curationRead.ts';
import { NoticeCollector, listForNotice } from './notices.ts';
import {
  MAX_DATASET_VERSION_LENGTH,
  cameraSchema,
  expansionSchema,
  isCountryFilterValue,
  isIsoDate,
  isPlainRecord,
  isValidId,
  isValidViewState,
  isWellFormedText,
  pointSchema,
  selectionSchema,
} from './validate.ts';
import { LAYOUTS, VIEW_STATE_VERSION, defaultViewState, type Point, type ViewState } from './viewState.ts';

export interface ReadView {
  state: ViewState;
  notices: string[];
}

/** Short description of an untrusted value for a notice (never its full content). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return listForNotice([value]);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Keeps the items of `value` (if it is a list) that `accept` returns, once each; notes the others. */
function readList<T>(
  value: unknown,
  what: string,
  accept: (item: unknown) => T | null,
  identity: (item: T) => string,
  notices: NoticeCollector,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    notices.add(`Ignored the ${what}: expected a list, found ${describeValue(value)}.`);
    return [];
  }
  const kept = new Map<string, T>();
  let rejected = 0;
  for (const item of value as unknown[]) {
    const read = accept(item);
    if (read === null) rejected += 1;
    else if (!kept.has(identity(read))) kept.set(identity(read), read);
  }
  if (rejected > 0) notices.add(`Ignored ${rejected} invalid ${rejected === 1 ? 'entry' : 'entries'} in the ${what}.`);
  return [...kept.values()];
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): T | null =>
    options.find((option) => option === value) ?? null;
const same = (item: string): string => item;

function readInto(input: unknown, notices: NoticeCollector): ViewState {
  const state = defaultViewState();
  if (!isPlainRecord(input)) {
    notices.add(`Ignored the view: expected an object, found ${describeValue(input)}.`);
    return state;
  }
  const field = (name: string): unknown => (Object.hasOwn(input, name) ? input[name] : undefined);
  const ignored = (what: string, value: unknown, why: string): void =>
    notices.add(`Ignored the ${what} ${describeValue(value)}: ${why}.`);

  const version = field('version');
  if (version !== VIEW_STATE_VERSION) {
    if (typeof version === 'number' && version > VIEW_STATE_VERSION) {
      notices.add(
        `This view uses format ${version}, newer than this app reads (${VIEW_STATE_VERSION}); the default view was opened.`,
      );
      return state;
    }
    notices.add(`The view names no known format version; it was read as version ${VIEW_STATE_VERSION}.`);
  }

  const dataset = field('dataset');
  if (
    typeof dataset === 'string' &&
    dataset.length >= 1 &&
    dataset.length <= MAX_DATASET_VERSION_LENGTH &&
    isWellFormedText(dataset)
  ) {
    state.dataset = dataset;
  } else if (dataset !== undefined && dataset !== null) ignored('dataset version', dataset, 'not a version name');

  const selection = selectionSchema.safeParse(field('selection'));
  if (selection.success) state.selection = selection.data && { type: selection.data.type, id: selection.data.id };
  else if (field('selection') !== undefined) ignored('selection', field('selection'), 'expected { type, id }');

  state.selectedNodes = readList(
    field('selectedNodes'),
    'selected nodes',
    (i) => (isValidId(i) ? i : null),
    same,
    notices,
  );

  const filters = field('filters');
  if (isPlainRecord(filters)) {
    const list = (name: string): unknown => (Object.hasOwn(filters, name) ? filters[name] : undefined);
    state.filters = {
      nodeKinds: readList(list('nodeKinds'), 'hidden node kinds', oneOf(NODE_KINDS), same, notices),
      measureKinds: readList(list('measureKinds'), 'hidden measure kinds', oneOf(MEASURE_KINDS), same, notices),
      bodies: readList(list('bodies'), 'hidden bodies', (i) => (isValidId(i) ? i : null), same, notices),
      countries: readList(
        list('countries'),
        'hidden countries',
        (i) => (isCountryFilterValue(i) ? i : null),
        same,
        notices,
      ),
      measureStatuses: readList(
        list('measureStatuses'),
        'hidden measure statuses',
        oneOf(MEASURE_STATUSES),
        same,
        notices,
      ),
    };
  } else if (filters !== undefined) ignored('filters', filters, 'expected an object');

  const asOf = field('asOf');
  if (isIsoDate(asOf)) state.asOf = asOf;
  else if (asOf !== undefined && asOf !== null) ignored('as-of date', asOf, 'expected a real date as YYYY-MM-DD');

  const focus = field('focus');
  if (isPlainRecord(focus) && isValidId(focus.node)) {
    const depth = focus.depth;
    state.focus = { node: focus.node, depth: depth === 2 || depth === 3 ? depth : 1 };
    if (depth !== 1 && depth !== 2 && depth !== 3)
      ignored('focus depth', depth, 'expected 1, 2 or 3; depth 1 was used');
  } else if (focus !== undefined && focus !== null) ignored('focus', focus, 'expected { node, depth }');

  state.expanded = readList(
    field('expanded'),
    'expanded nodes',
    (item) => {
      const read = expansionSchema.safeParse(item);
      return read.success ? { node: read.data.node, kind: read.data.kind } : null;
    },
    (e) => `${e.kind} ${e.node}`,
    notices,
  );

  const path = field('path');
  if (isPlainRecord(path)) {
    for (const end of ['from', 'to'] as const) {
      const id = Object.hasOwn(path, end) ? path[end] : undefined;
      if (isValidId(id)) state.path[end] = id;
      else if (id !== undefined && id !== null)
        ignored(`path ${end === 'from' ? 'start' : 'end'}`, id, 'not a valid node id');
    }
  } else if (path !== undefined) ignored('path', path, 'expected { from, to }');

  const layout = oneOf(LAYOUTS)(field('layout'));
  if (layout !== null) state.layout = layout;
  else if (field('layout') !== undefined) ignored('layout', field('layout'), `expected one of ${LAYOUTS.join(', ')}`);

  const camera = cameraSchema.safeParse(field('camera'));
  if (camera.success) state.camera = { zoom: camera.data.zoom, pan: { x: camera.data.pan.x, y: camera.data.pan.y } };
  else if (field('camera') !== undefined && field('camera') !== null) {
    ignored('camera', field('camera'), 'expected { zoom, pan } with zoom 0.05 to 20');
  }

  const positions = field('positions');
  if (isPlainRecord(positions)) {
    const kept: [string, Point][] = [];
    let rejected = 0;
    for (const [id, point] of Object.entries(positions)) {
      const read = pointSchema.safeParse(point);
      if (isValidId(id) && read.success) kept.push([id, { x: read.data.x, y: read.data.y }]);
      else rejected += 1;
    }
    if (rejected > 0) notices.add(`Ignored ${rejected} invalid node ${rejected === 1 ? 'position' : 'positions'}.`);
    // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
    state.positions = Object.fromEntries(kept);
  } else if (positions !== undefined) ignored('node positions', positions, 'expected { [node id]: { x, y } }');

  const panel = oneOf(['details', 'insights', 'filters'] as const)(field('panel'));
  if (panel !== null) state.panel = panel;
  else if (field('panel') !== undefined) ignored('panel', field('panel'), 'expected details, insights or filters');
  const mainView = oneOf(['graph', 'list'] as const)(field('mainView'));
  if (mainView !== null) state.mainView = mainView;
  else if (field('mainView') !== undefined) ignored('main view', field('mainView'), 'expected graph or list');

  state.curation = curationFromObject(field('curation'), notices);

  const known = new Set(Object.keys(defaultViewState()));
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length > 0) notices.add(`Ignored unknown view fields: ${listForNotice(unknown)}.`);
  return state;
}

/**
 * Reads a view state from an untrusted value (e.g. the `view` of a parsed view file). Never throws: every
 * valid field and list item is kept, the rest get their defaults, and each notice says what was ignored.
 */
export function viewStateFromObject(input: unknown): ReadView {
  const notices = new NoticeCollector();
  try {
    const state = readInto(input, notices);
    if (isValidViewState(state)) return { state, notices: notices.list() };
  } catch {
    // Fall through to the default view (e.g. a proxy or getter that throws).
  }
  return { state: defaultViewState(), notices: ['The view could not be read; the default view was opened.'] };
}
