// What counts as a valid ViewState: one zod schema plus the small guards and limits the codec, the cleaner
// and view files share. Checks only; nothing here builds or repairs a state.
import { z } from 'zod';
import { MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS } from '../model/schema.ts';
import { EXPANSION_KINDS, LAYOUTS, VIEW_STATE_VERSION, type Point, type ViewState } from './viewState.ts';

/** Ids longer than this are not kept (dataset ids are far shorter). */
export const MAX_ID_LENGTH = 500;
/** Dataset version names longer than this are not kept. */
export const MAX_DATASET_VERSION_LENGTH = 200;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 20;
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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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

export const idSchema = z.custom<string>(isValidId, 'expected an id of 1 to 500 well-formed characters');
export const coordinateSchema = z.custom<number>(isValidCoordinate, `expected a finite number within ±${MAX_COORDINATE}`);
export const pointSchema = z.strictObject({ x: coordinateSchema, y: coordinateSchema });
export const cameraSchema = z.strictObject({
  zoom: z.number().min(MIN_ZOOM).max(MAX_ZOOM),
  pan: pointSchema,
});
export const selectionSchema = z.union([
  z.strictObject({ type: z.literal('node'), id: idSchema }),
  z.strictObject({ type: z.literal('edge'), id: idSchema }),
  z.null(),
]);

const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine(unique, 'expected no repeated values');

export const filtersSchema = z.strictObject({
  nodeKinds: uniqueList(z.enum(NODE_KINDS)),
  measureKinds: uniqueList(z.enum(MEASURE_KINDS)),
  bodies: uniqueList(idSchema),
  countries: uniqueList(z.custom<string>(isCountryFilterValue, 'expected a two-letter country code or ""')),
  measureStatuses: uniqueList(z.enum(MEASURE_STATUSES)),
});

export const expansionSchema = z.strictObject({ node: idSchema, kind: z.enum(EXPANSION_KINDS) });

/**
 * Positions by node id. Checked by hand rather than with z.record, which mishandles a "__proto__" key;
 * every own key must be a valid id and every value a valid point.
 */
export const positionsSchema = z.custom<Record<string, Point>>(
  (value) =>
    isPlainRecord(value) &&
    Object.entries(value).every(([id, point]) => isValidId(id) && pointSchema.safeParse(point).success),
  'expected positions as { [node id]: { x, y } }',
);

/** The zod schema of a complete, valid ViewState (strict: no extra keys). */
export const viewStateSchema = z.strictObject({
  version: z.literal(VIEW_STATE_VERSION),
  dataset: z
    .string()
    .min(1)
    .max(MAX_DATASET_VERSION_LENGTH)
    .refine(isWellFormedText, 'expected well-formed text')
    .nullable(),
  selection: selectionSchema,
  filters: filtersSchema,
  asOf: z.custom<string>(isIsoDate, 'expected a date as YYYY-MM-DD').nullable(),
  focus: z.strictObject({ node: idSchema, depth: z.union([z.literal(1), z.literal(2), z.literal(3)]) }).nullable(),
  expanded: z
    .array(expansionSchema)
    .refine((list) => unique(list.map((e) => `${e.kind} ${e.node}`)), 'expected no repeated expansions'),
  path: z.strictObject({ from: idSchema.nullable(), to: idSchema.nullable() }),
  layout: z.enum(LAYOUTS),
  camera: cameraSchema.nullable(),
  positions: positionsSchema,
  panel: z.enum(['details', 'insights', 'filters']),
  mainView: z.enum(['graph', 'list']),
});

/** True when `value` is a complete, valid ViewState (what decode and clean always return). */
export function isValidViewState(value: unknown): value is ViewState {
  return viewStateSchema.safeParse(value).success;
}
