// The primitive guards every reader of views shares (ids, coordinates, plain records), apart from validate.ts
// so that the curation's guard can use them without an import cycle.

/** Ids longer than this are not kept (dataset ids are far shorter). */
export const MAX_ID_LENGTH = 500;
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

/** True for a plain object (not an array, not a class instance), e.g. a JSON object. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
