// Shared inputs for the view tests: a fast-check generator of arbitrary valid view states, a typical view,
// and 50 dragged nodes with realistic ids, built deterministically so measured link sizes are stable.
import fc from 'fast-check';
import { MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS } from '../../../src/core/model/schema.ts';
import { MAX_COORDINATE, MAX_ZOOM, MIN_ZOOM, isValidId, isWellFormedText } from '../../../src/core/view/validate.ts';
import {
  EXPANSION_KINDS,
  LAYOUTS,
  VIEW_STATE_VERSION,
  defaultViewState,
  type Point,
  type ViewState,
} from '../../../src/core/view/viewState.ts';

/** Ids that have broken URL codecs before: separators, escapes, prototype names, non-Latin text. */
export const AWKWARD_IDS = [
  'chen-quanguo',
  'ofac:sdn:12345',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'a~b',
  'x,y',
  'a&b=c',
  '%41',
  '%',
  'n:e:z',
  ' ',
  '#hash',
  '+plus+',
  '<script>alert(1)</script>',
  'ünïcödé-é',
  '陈全国',
  '😀 emoji',
  'line\nbreak',
  'null',
];

export const idArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...AWKWARD_IDS),
    fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }),
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,40}$/),
  )
  .filter(isValidId);

const coordinateArb = fc.double({ min: -MAX_COORDINATE, max: MAX_COORDINATE, noNaN: true });
const pointArb: fc.Arbitrary<Point> = fc.record({ x: coordinateArb, y: coordinateArb });
const dateArb = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any valid view state, including ids with every kind of character. */
export const viewStateArb: fc.Arbitrary<ViewState> = fc.record({
  version: fc.constant(VIEW_STATE_VERSION),
  dataset: fc.option(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).filter(isWellFormedText), {
    nil: null,
  }),
  selection: fc.option(fc.record({ type: fc.constantFrom('node' as const, 'edge' as const), id: idArb }), {
    nil: null,
  }),
  filters: fc.record({
    nodeKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS)),
    measureKinds: fc.uniqueArray(fc.constantFrom(...MEASURE_KINDS)),
    bodies: fc.uniqueArray(idArb, { maxLength: 6 }),
    countries: fc.uniqueArray(fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Z]{2}$/)), { maxLength: 6 }),
    measureStatuses: fc.uniqueArray(fc.constantFrom(...MEASURE_STATUSES)),
  }),
  asOf: fc.option(dateArb, { nil: null }),
  focus: fc.option(fc.record({ node: idArb, depth: fc.constantFrom(1 as const, 2 as const, 3 as const) }), {
    nil: null,
  }),
  expanded: fc.uniqueArray(fc.record({ node: idArb, kind: fc.constantFrom(...EXPANSION_KINDS) }), {
    maxLength: 6,
    selector: (e) => `${e.kind} ${e.node}`,
  }),
  path: fc.record({ from: fc.option(idArb, { nil: null }), to: fc.option(idArb, { nil: null }) }),
  layout: fc.constantFrom(...LAYOUTS),
  camera: fc.option(fc.record({ zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }), pan: pointArb }), {
    nil: null,
  }),
  positions: fc
    .uniqueArray(fc.tuple(idArb, pointArb), { maxLength: 12, selector: ([id]) => id })
    .map((entries) => Object.fromEntries(entries)),
  panel: fc.constantFrom('details' as const, 'insights' as const, 'filters' as const),
  mainView: fc.constantFrom('graph' as const, 'list' as const),
});

/** A small deterministic pseudo-random generator (so measured sizes do not change from run to run). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A view an analyst typically shares: a selected official, a hidden kind, a date, a focus, a zoom. */
export function typicalView(): ViewState {
  return {
    ...defaultViewState('2026-11-01'),
    selection: { type: 'node', id: 'chen-quanguo' },
    filters: {
      nodeKinds: ['company'],
      measureKinds: ['visaBan'],
      bodies: [],
      countries: [],
      measureStatuses: ['lifted'],
    },
    asOf: '2020-07-31',
    focus: { node: 'xinjiang-public-security-bureau', depth: 2 },
    expanded: [{ node: 'xinjiang-production-and-construction-corps', kind: 'measures' }],
    path: { from: 'chen-quanguo', to: 'us-treasury-ofac' },
    camera: { zoom: 1.3372, pan: { x: -412.6, y: 238.2 } },
    positions: { 'chen-quanguo': { x: 120.4, y: -45.2 }, 'zhu-hailun': { x: -300, y: 81.7 } },
    panel: 'details',
  };
}

const REGIONS = ['xuar', 'xpcc', 'urumqi', 'kashgar', 'hotan', 'aksu', 'ghulja', 'turpan', 'hami', 'korla'];
const THINGS = [
  'city-bureaus',
  'county-bureaus',
  'detention-centers',
  'prefecture-bureaus',
  'party-committee',
  'public-security-bureau',
  'justice-department',
  'police-stations',
  'subsidiaries',
  'officials',
];

/** `count` distinct realistic ids such as "group-xuar-city-bureaus-2019" (about 30 characters each). */
export function realisticIds(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const ids = new Set<string>();
  while (ids.size < count) {
    ids.add(
      `${pick(['group', 'agency', 'company'])}-${pick(REGIONS)}-${pick(THINGS)}-${2016 + Math.floor(random() * 8)}`,
    );
  }
  return [...ids];
}

/** `ids` placed at coordinates in [-5000, 5000] with decimals, as a drag leaves them. */
export function draggedPositions(ids: readonly string[], seed = 11): Record<string, Point> {
  const random = seededRandom(seed);
  return Object.fromEntries(ids.map((id) => [id, { x: random() * 10_000 - 5_000, y: random() * 10_000 - 5_000 }]));
}

/** The typical view plus 50 dragged nodes with realistic ids. */
export function fiftyDraggedView(): ViewState {
  return { ...typicalView(), positions: draggedPositions(realisticIds(50)) };
}

/** `count` ids of 40 hexadecimal digits, like content hashes some imported data uses: the hardest to compress. */
export function hashIds(count: number, seed = 3): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 40 }, () => Math.floor(random() * 16).toString(16)).join(''),
  );
}

export interface MeasuredLink {
  view: string;
  state: ViewState;
  /** The documented limit the link must stay under, if any. */
  limit: number | null;
}

/** The views whose link sizes docs/link-format.md reports (and the size tests check). */
export function measuredLinks(): MeasuredLink[] {
  const ids = realisticIds(50);
  return [
    { view: 'Default view', state: defaultViewState(), limit: null },
    { view: 'Default view naming its dataset version', state: defaultViewState('2026-11-01'), limit: null },
    {
      view: 'Typical view: selection, 3 hidden options, date, focus, expansion, path, camera, 2 dragged nodes',
      state: typicalView(),
      limit: 300,
    },
    {
      view: '50 dragged nodes with realistic ids, nothing else',
      state: { ...defaultViewState('2026-11-01'), positions: draggedPositions(ids) },
      limit: 2000,
    },
    { view: 'Typical view plus 50 dragged nodes with realistic ids', state: fiftyDraggedView(), limit: 2000 },
    {
      view: 'Typical view plus 100 dragged nodes with realistic ids',
      state: { ...typicalView(), positions: draggedPositions(realisticIds(100)) },
      limit: null,
    },
    {
      view: 'Typical view plus 50 dragged nodes with 40-digit hash ids (hardest case)',
      state: { ...typicalView(), positions: draggedPositions(hashIds(50)) },
      limit: null,
    },
  ];
}
