// The view link: encodes a ViewState as the compact text of a URL hash and reads any text back into a valid
// ViewState, never throwing, keeping what is valid and saying in notices what it ignored. Format: docs/link-format.md.
import LZString from 'lz-string';
import { MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS } from '../model/kinds.ts';
import { encodeCuration, readCuration } from './curationCodec.ts';
import { isLinkKey, type LinkKeyName } from './keys.ts';
import { NoticeCollector, listForNotice, quote } from './notices.ts';
import {
  MAX_COORDINATE,
  MAX_DATASET_VERSION_LENGTH,
  MAX_ZOOM,
  MIN_ZOOM,
  isIsoDate,
  isValidId,
  isValidViewState,
  isWellFormedText,
} from './validate.ts';
import {
  EXPANSION_KINDS,
  LAYOUTS,
  VIEW_STATE_VERSION,
  defaultViewState,
  type Camera,
  type ExpansionKind,
  type Point,
  type ViewState,
} from './viewState.ts';

export { isValidViewState, viewStateSchema } from './validate.ts';

/** Links longer than this many characters are cut: only the key=value pairs wholly before the limit are read. */
export const MAX_LINK_LENGTH = 100_000;
/**
 * Compressed positions (qz) longer than this are not decompressed: it bounds what a hostile link can make the
 * decoder expand (lz-string can grow about 1,000-fold). The encoder writes plain q beyond it.
 */
export const MAX_COMPRESSED_LENGTH = 8_000;
/** The notice of the last-resort guard in decodeViewState; tests check it is never reached. */
export const UNREADABLE_LINK_NOTICE = 'The link could not be read; the default view was opened.';

export interface DecodedView {
  state: ViewState;
  notices: string[];
}

/** Characters written as they are in ids and values; everything else is percent-encoded as UTF-8. */
const PLAIN_CHAR = /^[A-Za-z0-9._:-]$/;
const EXPANSION_LETTERS: Record<ExpansionKind, string> = { measures: 'm', roles: 'r', links: 'l' };

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

/** The state as a link reproduces it: camera and positions rounded as documented in docs/link-format.md. */
export function roundViewState(state: ViewState): ViewState {
  const roundPoint = (p: Point): Point => ({ x: roundCoordinate(p.x), y: roundCoordinate(p.y) });
  return {
    ...state,
    camera: state.camera && { zoom: roundZoom(state.camera.zoom), pan: roundPoint(state.camera.pan) },
    positions: Object.fromEntries(Object.entries(state.positions).map(([id, p]) => [id, roundPoint(p)])),
  };
}

function encodePositions(positions: Record<string, Point>): [LinkKeyName, string] {
  const plain = Object.entries(positions)
    .map(([id, p]) => `${escapeLinkText(id)}~${roundCoordinate(p.x)}~${roundCoordinate(p.y)}`)
    .join(',');
  // Compress only where it pays (at least a tenth shorter), so short lists stay readable.
  const packed = LZString.compressToEncodedURIComponent(plain);
  return packed.length <= plain.length * 0.9 && packed.length <= MAX_COMPRESSED_LENGTH ? ['qz', packed] : ['q', plain];
}

/** Encodes a view state as link text (the URL hash without its "#"). Keys with default values are omitted. */
export function encodeViewState(state: ViewState): string {
  const parts: [LinkKeyName, string][] = [['v', String(VIEW_STATE_VERSION)]];
  const list = (key: LinkKeyName, items: readonly string[]): void => {
    if (items.length > 0) parts.push([key, items.map(escapeLinkText).join(',')]);
  };
  if (state.dataset !== null) parts.push(['d', escapeLinkText(state.dataset)]);
  if (state.selection)
    parts.push(['s', `${state.selection.type === 'node' ? 'n' : 'e'}:${escapeLinkText(state.selection.id)}`]);
  list('sn', state.selectedNodes);
  list('k', state.filters.nodeKinds);
  list('m', state.filters.measureKinds);
  list('b', state.filters.bodies);
  if (state.filters.countries.length > 0) {
    parts.push(['c', state.filters.countries.map((c) => (c === '' ? '-' : escapeLinkText(c))).join(',')]);
  }
  list('t', state.filters.measureStatuses);
  if (state.asOf !== null) parts.push(['a', escapeLinkText(state.asOf)]);
  if (state.focus) {
    parts.push(['f', escapeLinkText(state.focus.node) + (state.focus.depth === 1 ? '' : `~${state.focus.depth}`)]);
  }
  if (state.expanded.length > 0) {
    parts.push(['x', state.expanded.map((e) => `${escapeLinkText(e.node)}~${EXPANSION_LETTERS[e.kind]}`).join(',')]);
  }
  if (state.path.from !== null) parts.push(['pf', escapeLinkText(state.path.from)]);
  if (state.path.to !== null) parts.push(['pt', escapeLinkText(state.path.to)]);
  if (state.layout !== 'fcose') parts.push(['l', state.layout]);
  if (state.camera) {
    const { zoom, pan } = state.camera;
    parts.push(['z', `${roundZoom(zoom)}~${roundCoordinate(pan.x)}~${roundCoordinate(pan.y)}`]);
  }
  if (Object.keys(state.positions).length > 0) parts.push(encodePositions(state.positions));
  if (state.panel !== 'details') parts.push(['pn', state.panel]);
  if (state.mainView !== 'graph') parts.push(['mv', state.mainView]);
  parts.push(...encodeCuration(state.curation));
  return parts.map(([key, value]) => `${key}=${value}`).join('&');
}

// ---- decoding ----

/** A coordinate written in a link: an integer (or decimal, rounded) of at most 7 digits, within ±MAX_COORDINATE. */
function readCoordinate(text: string): number | null {
  if (!/^-?\d{1,7}(\.\d{1,6})?$/.test(text)) return null;
  const value = roundCoordinate(Number(text));
  return Math.abs(value) <= MAX_COORDINATE ? value : null;
}

function readId(text: string): string | null {
  const id = unescapeLinkText(text);
  return isValidId(id) ? id : null;
}

function readEnum<T extends string>(options: readonly T[], text: string): T | null {
  return options.find((option) => option === text) ?? null;
}

/**
 * Reads a comma-separated list, keeping valid items once each in order; one notice names what it dropped.
 */
function readList<T>(
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

function readPositions(value: string, key: string, notices: NoticeCollector): Record<string, Point> {
  const entries = readList(
    value,
    key,
    'node positions',
    (item): [string, Point] | null => {
      const fields = item.split('~');
      if (fields.length !== 3) return null;
      const id = readId(fields[0] ?? '');
      const x = readCoordinate(fields[1] ?? '');
      const y = readCoordinate(fields[2] ?? '');
      return id === null || x === null || y === null ? null : [id, { x, y }];
    },
    ([id]) => id,
    notices,
  );
  // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
  return Object.fromEntries(entries);
}

function readCompressedPositions(value: string, notices: NoticeCollector): Record<string, Point> {
  if (value.length > MAX_COMPRESSED_LENGTH) {
    notices.add(
      `Ignored the compressed node positions (qz): ${value.length} characters, over the limit of ${MAX_COMPRESSED_LENGTH}.`,
    );
    return {};
  }
  let plain: string | null = null;
  try {
    plain = LZString.decompressFromEncodedURIComponent(value);
  } catch {
    plain = null;
  }
  if (typeof plain !== 'string' || plain === '') {
    notices.add('Ignored the compressed node positions (qz): they could not be decompressed.');
    return {};
  }
  if (plain.length > MAX_LINK_LENGTH) {
    notices.add(`Ignored the compressed node positions (qz): they expand to over ${MAX_LINK_LENGTH} characters.`);
    return {};
  }
  return readPositions(plain, 'qz', notices);
}

function readCamera(value: string, notices: NoticeCollector): Camera | null {
  const fields = value.split('~');
  const zoomText = fields[0] ?? '';
  const x = readCoordinate(fields[1] ?? '');
  const y = readCoordinate(fields[2] ?? '');
  const zoom = /^\d{1,3}(\.\d{1,12})?$/.test(zoomText) ? Number(zoomText) : NaN;
  if (fields.length !== 3 || x === null || y === null || !(zoom > 0)) {
    notices.add(
      `Ignored the camera (z) ${quote(value)}: expected <zoom>~<pan x>~<pan y>; the graph was fitted to the screen.`,
    );
    return null;
  }
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    notices.add(`The zoom ${quote(zoomText)} (z) is outside ${MIN_ZOOM} to ${MAX_ZOOM}; the nearest limit was used.`);
  }
  return { zoom: roundZoom(zoom), pan: { x, y } };
}

function readFocus(value: string, notices: NoticeCollector): ViewState['focus'] {
  const match = /^(.*)~(\d{1,3})$/s.exec(value);
  const idText = match ? (match[1] ?? '') : value;
  const node = readId(idText);
  if (node === null) {
    notices.add(`Ignored the focus (f) ${quote(unescapeLinkText(idText) ?? idText)}: not a valid node id.`);
    return null;
  }
  const asked = match ? Number(match[2]) : 1;
  const depth = asked <= 1 ? 1 : asked === 2 ? 2 : 3;
  if (depth !== asked) notices.add(`The focus depth ${asked} (f) is outside 1 to 3; depth ${depth} was used.`);
  return { node, depth };
}

/** Splits link text into its first value per key, with notices for malformed, unknown and repeated keys. */
function splitLink(text: string, notices: NoticeCollector): Map<LinkKeyName, string> {
  const values = new Map<LinkKeyName, string>();
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

  const get = (key: LinkKeyName): string | undefined => values.get(key);
  const ignored = (key: LinkKeyName, what: string, value: string, why: string): void =>
    notices.add(`Ignored the ${what} (${key}) ${quote(unescapeLinkText(value) ?? value)}: ${why}.`);

  const dataset = get('d');
  if (dataset !== undefined) {
    const version = unescapeLinkText(dataset);
    if (
      version !== null &&
      version.length >= 1 &&
      version.length <= MAX_DATASET_VERSION_LENGTH &&
      isWellFormedText(version)
    ) {
      state.dataset = version;
    } else ignored('d', 'dataset version', dataset, 'not a readable version name');
  }

  const selection = get('s');
  if (selection !== undefined) {
    const match = /^([ne]):(.*)$/s.exec(selection);
    const id = match ? readId(match[2] ?? '') : null;
    if (match && id !== null) state.selection = { type: match[1] === 'n' ? 'node' : 'edge', id };
    else ignored('s', 'selection', selection, 'expected n:<node id> or e:<edge id>');
  }

  const same = (item: string): string => item;
  const sn = get('sn');
  if (sn !== undefined) state.selectedNodes = readList(sn, 'sn', 'selected nodes', readId, same, notices);
  const k = get('k');
  if (k !== undefined)
    state.filters.nodeKinds = readList(k, 'k', 'hidden node kinds', (i) => readEnum(NODE_KINDS, i), same, notices);
  const m = get('m');
  if (m !== undefined) {
    state.filters.measureKinds = readList(
      m,
      'm',
      'hidden measure kinds',
      (i) => readEnum(MEASURE_KINDS, i),
      same,
      notices,
    );
  }
  const b = get('b');
  if (b !== undefined) state.filters.bodies = readList(b, 'b', 'hidden sanctioning bodies', readId, same, notices);
  const c = get('c');
  if (c !== undefined) {
    const readCountry = (item: string): string | null =>
      item === '-' ? '' : /^[A-Za-z]{2}$/.test(item) ? item.toUpperCase() : null;
    state.filters.countries = readList(c, 'c', 'hidden countries', readCountry, same, notices);
  }
  const t = get('t');
  if (t !== undefined) {
    state.filters.measureStatuses = readList(
      t,
      't',
      'hidden measure statuses',
      (i) => readEnum(MEASURE_STATUSES, i),
      same,
      notices,
    );
  }

  const asOf = get('a');
  if (asOf !== undefined) {
    if (isIsoDate(asOf)) state.asOf = asOf;
    else ignored('a', 'as-of date', asOf, 'expected a real date as YYYY-MM-DD');
  }

  const focus = get('f');
  if (focus !== undefined) state.focus = readFocus(focus, notices);

  const expanded = get('x');
  if (expanded !== undefined) {
    const readExpansion = (item: string): ViewState['expanded'][number] | null => {
      const match = /^(.*)~([a-z])$/s.exec(item);
      const node = match ? readId(match[1] ?? '') : null;
      const kind = EXPANSION_KINDS.find((k) => EXPANSION_LETTERS[k] === match?.[2]);
      return node !== null && kind !== undefined ? { node, kind } : null;
    };
    state.expanded = readList(expanded, 'x', 'expanded nodes', readExpansion, (e) => `${e.kind} ${e.node}`, notices);
  }

  for (const [key, end] of [
    ['pf', 'from'],
    ['pt', 'to'],
  ] as const) {
    const value = get(key);
    if (value === undefined) continue;
    const id = readId(value);
    if (id !== null) state.path[end] = id;
    else ignored(key, `path ${end === 'from' ? 'start' : 'end'}`, value, 'not a valid node id');
  }

  const layout = get('l');
  if (layout !== undefined) {
    const name = readEnum(LAYOUTS, layout);
    if (name !== null) state.layout = name;
    else ignored('l', 'layout', layout, `expected one of ${LAYOUTS.join(', ')}`);
  }

  const camera = get('z');
  if (camera !== undefined) state.camera = readCamera(camera, notices);

  const plainPositions = get('q');
  const packedPositions = get('qz');
  if (plainPositions !== undefined) {
    state.positions = readPositions(plainPositions, 'q', notices);
    if (packedPositions !== undefined)
      notices.add('Ignored the compressed node positions (qz): the link also has plain ones (q).');
  } else if (packedPositions !== undefined) {
    state.positions = readCompressedPositions(packedPositions, notices);
  }

  const panel = get('pn');
  if (panel !== undefined) {
    const name = readEnum(['details', 'insights', 'filters'] as const, panel);
    if (name !== null) state.panel = name;
    else ignored('pn', 'panel', panel, 'expected details, insights or filters');
  }
  const mainView = get('mv');
  if (mainView !== undefined) {
    const name = readEnum(['graph', 'list'] as const, mainView);
    if (name !== null) state.mainView = name;
    else ignored('mv', 'main view', mainView, 'expected graph or list');
  }
  state.curation = readCuration(get, notices);
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
