// The view link: encodes a ViewState as the compact text of a URL hash and reads any text back into a valid
// ViewState, never throwing, keeping what is valid and saying in notices what it ignored. Each field's keys,
// writer and reader are a row of the field table (fields.ts); this file is the loops and the framing
// (version, limits, key=value pairs). Format: docs/link-format.md.
import { FIELD_NAMES, VIEW_FIELDS, defaultViewState, isValidViewState } from './fields.ts';
import { isLinkKey } from './keys.ts';
import { NoticeCollector, listForNotice, quote } from './notices.ts';
import { unescapeLinkText, type LinkInput } from './readers.ts';
import { MAX_LINK_LENGTH } from './validate.ts';
import { VIEW_STATE_VERSION, type ViewState } from './types.ts';

export { isValidViewState, viewStateSchema } from './fields.ts';
export { escapeLinkText, roundCoordinate, roundZoom, unescapeLinkText } from './readers.ts';
export { MAX_COMPRESSED_LENGTH, MAX_LINK_LENGTH } from './validate.ts';

/** The notice of the last-resort guard in decodeViewState; tests check it is never reached. */
export const UNREADABLE_LINK_NOTICE = 'The link could not be read; the default view was opened.';

export interface DecodedView {
  state: ViewState;
  notices: string[];
}

function roundField<K extends keyof ViewState>(name: K, state: ViewState): void {
  const round = VIEW_FIELDS[name].round;
  if (round) state[name] = round(state[name]);
}

/** The state as a link reproduces it: camera and positions rounded as documented in docs/link-format.md. */
export function roundViewState(state: ViewState): ViewState {
  const rounded = { ...state };
  for (const name of FIELD_NAMES) roundField(name, rounded);
  return rounded;
}

function writeField<K extends keyof ViewState>(name: K, state: ViewState): [string, string][] {
  return VIEW_FIELDS[name].write(state[name]);
}

/** Encodes a view state as link text (the URL hash without its "#"). Keys with default values are omitted. */
export function encodeViewState(state: ViewState): string {
  return FIELD_NAMES.flatMap((name) => writeField(name, state))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

// ---- decoding ----

/** Splits link text into its first value per key, with notices for malformed, unknown and repeated keys. */
function splitLink(text: string, notices: NoticeCollector): Map<string, string> {
  const values = new Map<string, string>();
  const malformed: string[] = [];
  const unknown: string[] = [];
  const repeated = new Set<string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    if (equals < 0) {
      malformed.push(unescapeLinkText(part) ?? part);
      continue;
    }
    const key = part.slice(0, equals);
    const value = part.slice(equals + 1);
    if (!isLinkKey(key)) unknown.push(unescapeLinkText(key) ?? key);
    else if (values.has(key)) repeated.add(key);
    else values.set(key, value);
  }
  if (malformed.length > 0)
    notices.add(`Ignored parts of the link that are not key=value: ${listForNotice(malformed)}.`);
  if (unknown.length > 0) notices.add(`Ignored unknown link keys: ${listForNotice(unknown)}.`);
  if (repeated.size > 0)
    notices.add(`Ignored repeated link keys (the first was used): ${listForNotice([...repeated])}.`);
  return values;
}

/** Reads the version; false when the link cannot be read at all (unknown or newer format). */
function checkVersion(version: string | undefined, notices: NoticeCollector): boolean {
  if (version === undefined) {
    notices.add(`The link names no format version (v); it was read as version ${VIEW_STATE_VERSION}.`);
    return true;
  }
  if (version === String(VIEW_STATE_VERSION)) return true;
  if (/^\d{1,9}$/.test(version) && Number(version) > VIEW_STATE_VERSION) {
    notices.add(
      `This link uses link format ${Number(version)}, newer than this app reads (${VIEW_STATE_VERSION}); the default view was opened.`,
    );
  } else {
    notices.add(
      `This link names an unknown format version ${quote(unescapeLinkText(version) ?? version)}; the default view was opened.`,
    );
  }
  return false;
}

function readField<K extends keyof ViewState>(name: K, state: ViewState, link: LinkInput): void {
  const value = VIEW_FIELDS[name].readLink(link);
  if (value !== undefined) state[name] = value;
}

function decodeInto(text: string, notices: NoticeCollector): ViewState {
  const state = defaultViewState();
  let link = text.trim().replace(/^#/, '');
  if (link === '') return state;
  if (link.length > MAX_LINK_LENGTH) {
    notices.add(
      `The link is ${link.length} characters long, over the limit of ${MAX_LINK_LENGTH}; only its first ${MAX_LINK_LENGTH} were read.`,
    );
    const cut = link.slice(0, MAX_LINK_LENGTH);
    // Drop the last pair, which the cut may have broken, unless the cut fell just before an "&".
    link = link[MAX_LINK_LENGTH] === '&' ? cut : cut.slice(0, Math.max(0, cut.lastIndexOf('&')));
  }
  const values = splitLink(link, notices);
  if (!checkVersion(values.get('v'), notices)) return defaultViewState();
  const input: LinkInput = { get: (key) => values.get(key), notices };
  for (const name of FIELD_NAMES) readField(name, state, input);
  return state;
}

/**
 * Reads link text (a URL hash, with or without its "#") into a valid ViewState. Never throws: whatever is
 * invalid keeps its default, and each notice says in plain text what was ignored.
 */
export function decodeViewState(text: string): DecodedView {
  const notices = new NoticeCollector();
  try {
    if (typeof text !== 'string') throw new TypeError('not text');
    const state = decodeInto(text, notices);
    if (isValidViewState(state)) return { state, notices: notices.list() };
  } catch {
    // Fall through: a guard of last resort, which the fuzz tests check is never reached.
  }
  const fallback = new NoticeCollector();
  fallback.add(UNREADABLE_LINK_NOTICE);
  return { state: defaultViewState(), notices: fallback.list() };
}
