// What counts as a valid ViewState: the guards and limits the codec, the cleaner and view files share.
// Checks only; nothing here builds or repairs a state.
import { isCuration } from './curationRead.ts';
import {
  MAX_COORDINATE,
  MAX_ID_LENGTH,
  isPlainRecord,
  isValidCoordinate,
  isValidId,
  isWellFormedText,
} from './guards.ts';
import { MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS } from '../model/kinds.ts';
import {
  EXPANSION_KINDS,
  LAYOUTS,
  VIEW_STATE_VERSION,
  type Camera,
  type Filters,
  type Point,
  type Selection,
  type ViewState,
} from './viewState.ts';

export { MAX_COORDINATE, MAX_ID_LENGTH, isPlainRecord, isValidCoordinate, isValidId, isWellFormedText };

/** Dataset version names longer than this are not kept. */
export const MAX_DATASET_VERSION_LENGTH = 200;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 20;

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

/** True for a country filter value: an ISO 3166 two-letter code, or "" for nodes without a country. */
export function isCountryFilterValue(value: unknown): value is string {
  return typeof value === 'string' && /^([A-Z]{2})?$/.test(value);
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
function isStrictObject<K extends string>(
  value: unknown,
  keys: readonly K[],
  fields: (record: Record<K, unknown>) => boolean,
): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (!Object.keys(record).every((key) => (keys as readonly string[]).includes(key))) return false;
  return fields(record);
}

function isOneOf<T extends string>(options: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** A list of items passing `item`, none repeated. */
function isUniqueList<T>(value: unknown, item: (v: unknown) => v is T): value is T[] {
  return Array.isArray(value) && value.every(item) && unique(value);
}

function isPoint(value: unknown): value is Point {
  return isStrictObject(value, ['x', 'y'], (p) => isValidCoordinate(p.x) && isValidCoordinate(p.y));
}

function isCamera(value: unknown): value is Camera {
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

function isSelection(value: unknown): value is Selection {
  return (
    value === null ||
    isStrictObject(value, ['type', 'id'], (s) => (s.type === 'node' || s.type === 'edge') && isValidId(s.id))
  );
}

const isNodeKind = isOneOf(NODE_KINDS);
const isMeasureKind = isOneOf(MEASURE_KINDS);
const isMeasureStatus = isOneOf(MEASURE_STATUSES);
const isExpansionKind = isOneOf(EXPANSION_KINDS);

function isFilters(value: unknown): value is Filters {
  return isStrictObject(
    value,
    ['nodeKinds', 'measureKinds', 'bodies', 'countries', 'measureStatuses'],
    (f) =>
      isUniqueList(f.nodeKinds, isNodeKind) &&
      isUniqueList(f.measureKinds, isMeasureKind) &&
      isUniqueList(f.bodies, isValidId) &&
      isUniqueList(f.countries, isCountryFilterValue) &&
      isUniqueList(f.measureStatuses, isMeasureStatus),
  );
}

type Expansion = ViewState['expanded'][number];

function isExpansion(value: unknown): value is Expansion {
  return isStrictObject(value, ['node', 'kind'], (e) => isValidId(e.node) && isExpansionKind(e.kind));
}

/** Expansions, no node and kind twice. */
function isExpansions(value: unknown): value is Expansion[] {
  return Array.isArray(value) && value.every(isExpansion) && unique(value.map((e) => `${e.kind} ${e.node}`));
}

/** Positions by node id: every own key a valid id and every value a valid point ("__proto__" is an ordinary key). */
function isPositions(value: unknown): value is Record<string, Point> {
  return isPlainRecord(value) && Object.entries(value).every(([id, point]) => isValidId(id) && isPoint(point));
}

function isDatasetVersion(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= MAX_DATASET_VERSION_LENGTH &&
    isWellFormedText(value)
  );
}

const VIEW_STATE_KEYS = [
  'version',
  'dataset',
  'selection',
  'selectedNodes',
  'filters',
  'asOf',
  'focus',
  'expanded',
  'path',
  'layout',
  'camera',
  'positions',
  'panel',
  'mainView',
  'curation',
] as const satisfies readonly (keyof ViewState)[];

function isViewState(value: unknown): value is ViewState {
  return isStrictObject(
    value,
    VIEW_STATE_KEYS,
    (v) =>
      v.version === VIEW_STATE_VERSION &&
      (v.dataset === null || isDatasetVersion(v.dataset)) &&
      isSelection(v.selection) &&
      isUniqueList(v.selectedNodes, isValidId) &&
      isFilters(v.filters) &&
      (v.asOf === null || isIsoDate(v.asOf)) &&
      (v.focus === null ||
        isStrictObject(
          v.focus,
          ['node', 'depth'],
          (f) => isValidId(f.node) && (f.depth === 1 || f.depth === 2 || f.depth === 3),
        )) &&
      isExpansions(v.expanded) &&
      isStrictObject(
        v.path,
        ['from', 'to'],
        (p) => (p.from === null || isValidId(p.from)) && (p.to === null || isValidId(p.to)),
      ) &&
      isOneOf(LAYOUTS)(v.layout) &&
      (v.camera === null || isCamera(v.camera)) &&
      isPositions(v.positions) &&
      isOneOf(['details', 'insights', 'filters'] as const)(v.panel) &&
      isOneOf(['graph', 'list'] as const)(v.mainView) &&
      isCuration(v.curation),
  );
}

export const idSchema = check(isValidId);
export const coordinateSchema = check(isValidCoordinate);
export const pointSchema = check(isPoint);
export const cameraSchema = check(isCamera);
export const selectionSchema = check(isSelection);
export const filtersSchema = check(isFilters);
export const expansionSchema = check(isExpansion);
export const positionsSchema = check(isPositions);
/** A complete, valid ViewState (strict: no extra keys). */
export const viewStateSchema = check(isViewState);

/** True when `value` is a complete, valid ViewState (what decode and clean always return). */
export function isValidViewState(value: unknown): value is ViewState {
  return isViewState(value);
}
