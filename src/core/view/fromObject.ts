// Reads a view state from an untrusted object, such as the parsed JSON of a view file: keeps every valid
// field and list item, gives the rest their defaults, and says in notices what it ignored. Never throws.
// Each field's reader is a row of the field table (fields.ts); this is the loop and the version check.
import { FIELD_NAMES, VIEW_FIELDS, defaultViewState, isValidViewState } from './fields.ts';
import { NoticeCollector, listForNotice } from './notices.ts';
import { describeValue } from './readers.ts';
import { VIEW_STATE_VERSION, type ViewState } from './types.ts';
import { isPlainRecord } from './validate.ts';

export interface ReadView {
  state: ViewState;
  notices: string[];
}

function readField<K extends keyof ViewState>(
  name: K,
  state: ViewState,
  input: Record<string, unknown>,
  notices: NoticeCollector,
): void {
  const value = VIEW_FIELDS[name].readJson({ value: Object.hasOwn(input, name) ? input[name] : undefined, notices });
  if (value !== undefined) state[name] = value;
}

function readInto(input: unknown, notices: NoticeCollector): ViewState {
  const state = defaultViewState();
  if (!isPlainRecord(input)) {
    notices.add(`Ignored the view: expected an object, found ${describeValue(input)}.`);
    return state;
  }
  const version = Object.hasOwn(input, 'version') ? input.version : undefined;
  if (version !== VIEW_STATE_VERSION) {
    if (typeof version === 'number' && version > VIEW_STATE_VERSION) {
      notices.add(
        `This view uses format ${version}, newer than this app reads (${VIEW_STATE_VERSION}); the default view was opened.`,
      );
      return state;
    }
    notices.add(`The view names no known format version; it was read as version ${VIEW_STATE_VERSION}.`);
  }
  for (const name of FIELD_NAMES) readField(name, state, input, notices);
  const known = new Set<string>(FIELD_NAMES);
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
