// The guards and limits of view state values, which the field table (fields.ts), the codec, the cleaner and
// view files share. Checks only; nothing here builds or repairs a state. The whole-state check is a loop over
// the field table: isValidViewState in fields.ts.
import { EXPANSION_KINDS, type Camera, type Point, type Selection, type ViewState } from './types.ts';

/** Ids longer than this are not kept (dataset ids are far shorter). */
export const MAX_ID_LENGTH = 500;
/** Dataset version names longer than this are not kept. */
export const MAX_DATASET_VERSION_LENGTH = 200;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 20;
/** Links longer than this many characters are cut: only the key=value pairs wholly before the limit are read. */
export const MAX_LINK_LENGTH = 100_000;
/**
 * Compressed positions (qz) longer than this are not decompressed: it bounds what a hostile link can make the
 * decoder expand (lz-string can grow about 1,000-fold). The encoder writes plain q beyond it.
 */
export const MAX_COMPRESSED_LENGTH = 8_000;
/** Pan and node coordinates beyond ±this many pixels are not kept. */
export const MAX_COORDINATE = 1_000_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for text that is valid Unicode (no lone surrogate halves), so it can be percent-encoded as UTF-8. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** A node, edge or body id: any well-formed text of 1 to MAX_ID_LENGTH characters. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH && isWellFormedText(value);
}

/** True for a finite number within ±MAX_COORDINATE. */
export function isValidCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
}

/** True for a country filter value: an ISO 3166 two-letter code, or "" for nodes without a country. */
export function isCountryFilterValue(value: unknown): value is string {
  return typeof value === 'string' && /^([A-Z]{2})?$/.test(value);
}

/** True for a plain object (not an array, not a class instance), e.g. a JSON object. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const unique = <T>(items: readonly T[]): boolean => new Set(items).size === items.length;

/**
 * A check in the shape of a schema's safeParse, so readers can take the checked value. Hand-written rather
 * than zod: decoding a link runs at start, and zod would add some 24 kB (gzipped) to the first load.
 */
export interface Check<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function check<T>(guard: (value: unknown) => value is T): Check<T> {
  return { safeParse: (value) => (guard(value) ? { success: true, data: value } : { success: false }) };
}

/** An object (not an array) whose own keys are exactly `keys` (no unknown ones) and whose fields pass `fields`. */
export function isStrictObject<K extends string>(
  value: unknown,
  keys: readonly K[],
  fields: (record: Record<K, unknown>) => boolean,
): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (!Object.keys(record).every((key) => (keys as readonly string[]).includes(key))) return false;
  return fields(record);
}

export function isOneOf<T extends string>(options: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** A list of items passing `item`, none repeated. */
export function isUniqueList<T>(value: unknown, item: (v: unknown) => v is T): value is T[] {
  return Array.isArray(value) && value.every(item) && unique(value);
}

export function isPoint(value: unknown): value is Point {
  return isStrictObject(value, ['x', 'y'], (p) => isValidCoordinate(p.x) && isValidCoordinate(p.y));
}

export function isCamera(value: unknown): value is Camera {
  return isStrictObject(
    value,
    ['zoom', 'pan'],
    (c) =>
      typeof c.zoom === 'number' &&
      Number.isFinite(c.zoom) &&
      c.zoom >= MIN_ZOOM &&
      c.zoom <= MAX_ZOOM &&
      isPoint(c.pan),
  );
}

export function isSelection(value: unknown): value is Selection {
  return (
    value === null ||
    isStrictObject(value, ['type', 'id'], (s) => (s.type === 'node' || s.type === 'edge') && isValidId(s.id))
  );
}

const isExpansionKind = isOneOf(EXPANSION_KINDS);

type Expansion = ViewState['expanded'][number];

export function isExpansion(value: unknown): value is Expansion {
  return isStrictObject(value, ['node', 'kind'], (e) => isValidId(e.node) && isExpansionKind(e.kind));
}

/** Expansions, no node and kind twice. */
export function isExpansions(value: unknown): value is Expansion[] {
  return Array.isArray(value) && value.every(isExpansion) && unique(value.map((e) => `${e.kind} ${e.node}`));
}

/** Positions by node id: every own key a valid id and every value a valid point ("__proto__" is an ordinary key). */
export function isPositions(value: unknown): value is Record<string, Point> {
  return isPlainRecord(value) && Object.entries(value).every(([id, point]) => isValidId(id) && isPoint(point));
}

export function isDatasetVersion(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= MAX_DATASET_VERSION_LENGTH &&
    isWellFormedText(value)
  );
}

/** A focus: a valid node id and a depth of 1, 2 or 3. */
export function isFocus(value: unknown): value is NonNullable<ViewState['focus']> {
  return isStrictObject(
    value,
    ['node', 'depth'],
    (f) => isValidId(f.node) && (f.depth === 1 || f.depth === 2 || f.depth === 3),
  );
}

/** Path endpoints: each a valid node id or null. */
export function isPath(value: unknown): value is ViewState['path'] {
  return isStrictObject(
    value,
    ['from', 'to'],
    (p) => (p.from === null || isValidId(p.from)) && (p.to === null || isValidId(p.to)),
  );
}

export const pointSchema = check(isPoint);
export const cameraSchema = check(isCamera);
export const selectionSchema = check(isSelection);
export const expansionSchema = check(isExpansion);
