// The small readers and writers the field table (fields.ts) is built from: link text escaping, rounding, and
// tolerant list readers for link text and for JSON. Each keeps what is valid and notes what it dropped.
import { NoticeCollector, listForNotice, quote } from './notices.ts';
import { MAX_COORDINATE, MAX_ZOOM, MIN_ZOOM, isValidId, isWellFormedText } from './validate.ts';

/** Characters written as they are in ids and values; everything else is percent-encoded as UTF-8. */
const PLAIN_CHAR = /^[A-Za-z0-9._:-]$/;

/** Percent-encodes text for a link value, leaving letters, digits and . _ : - as they are. */
export function escapeLinkText(text: string): string {
  let out = '';
  for (const char of text) {
    if (PLAIN_CHAR.test(char)) {
      out += char;
      continue;
    }
    const safe = isWellFormedText(char) ? char : '\uFFFD';
    const encoded = encodeURIComponent(safe);
    out += encoded !== safe ? encoded : `%${safe.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Reverses escapeLinkText; null when the text holds a malformed %-escape. */
export function unescapeLinkText(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A coordinate as links keep it: whole pixels (never -0). */
export function roundCoordinate(value: number): number {
  return Math.round(value) || 0;
}

/** A zoom as links keep it: 4 significant digits, within MIN_ZOOM..MAX_ZOOM. */
export function roundZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number(zoom.toPrecision(4))));
}

/** A coordinate written in a link: an integer (or decimal, rounded) of at most 7 digits, within ±MAX_COORDINATE. */
export function readCoordinate(text: string): number | null {
  if (!/^-?\d{1,7}(\.\d{1,6})?$/.test(text)) return null;
  const value = roundCoordinate(Number(text));
  return Math.abs(value) <= MAX_COORDINATE ? value : null;
}

/** An escaped id from a link; null when it does not unescape to a valid id. */
export function readId(text: string): string | null {
  const id = unescapeLinkText(text);
  return isValidId(id) ? id : null;
}

/** The option equal to `value`, or null: for enums in link text and in JSON alike. */
export const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): T | null =>
    options.find((option) => option === value) ?? null;

/** Short description of an untrusted value for a notice (never its full content). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return listForNotice([value]);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Reads a comma-separated link list, keeping valid items once each in order; one notice names what it dropped. */
export function readTextList<T>(
  value: string,
  key: string,
  what: string,
  read: (item: string) => T | null,
  identity: (item: T) => string,
  notices: NoticeCollector,
): T[] {
  const kept = new Map<string, T>();
  const rejected: string[] = [];
  for (const raw of value.split(',')) {
    if (raw === '') continue;
    const item = read(raw);
    if (item === null) rejected.push(unescapeLinkText(raw) ?? raw);
    else if (!kept.has(identity(item))) kept.set(identity(item), item);
  }
  if (rejected.length > 0) notices.add(`Ignored ${what} (${key}) that could not be read: ${listForNotice(rejected)}.`);
  return [...kept.values()];
}

/** Keeps the items of `value` (if it is a JSON list) that `accept` returns, once each; notes the others. */
export function readJsonList<T>(
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

/** What a field's link reader sees: its keys' raw values, and where to say what it ignored. */
export interface LinkInput {
  get(key: string): string | undefined;
  notices: NoticeCollector;
}

/** What a field's JSON reader sees: the field's raw value (undefined when absent) and the notices. */
export interface JsonInput {
  value: unknown;
  notices: NoticeCollector;
}

/** The notice for a link value that could not be read. */
export function ignoredLinkValue(link: LinkInput, key: string, what: string, value: string, why: string): void {
  link.notices.add(`Ignored the ${what} (${key}) ${quote(unescapeLinkText(value) ?? value)}: ${why}.`);
}

/** The notice for a JSON value that could not be read. */
export function ignoredJsonValue(input: JsonInput, what: string, value: unknown, why: string): void {
  input.notices.add(`Ignored the ${what} (found ${describeValue(value)}): ${why}.`);
}
