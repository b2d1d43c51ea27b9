// Shared inputs for the view tests: a fast-check generator of arbitrary valid view states, a typical view,
// and 50 dragged nodes with realistic ids, built deterministically so measured link sizes are stable.
import fc from 'fast-check';
import { LIST_TYPES, MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS } from '../../../src/core/model/schema.ts';
import {
  HIGHLIGHT_NAMES,
  MAX_CAPTION_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_TITLE_LENGTH,
  cleanCuratedText,
  type Curation,
} from '../../../src/core/view/curation.ts';
import { MAX_COORDINATE, MAX_ZOOM, MIN_ZOOM, isValidId, isWellFormedText } from '../../../src/core/view/validate.ts';
import {
  EXPANSION_KINDS,
  LAYOUTS,
  SIZE_MEASURES,
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

/** Text as a user might type it (any characters, markup, bidi controls), cleaned and capped as the app keeps it. */
const textArb = (max: number, oneLine: boolean): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ maxLength: max + 20 }),
      fc.string({ maxLength: 60, unit: 'binary' }),
      fc.constantFrom('ran the IJOP platform', '<b>bold</b> & "quotes"', 'a_b~c,d!e', '\u202eevil', '陈全国 — 2020'),
    )
    .map((text) => cleanCuratedText(text, max, oneLine).text);

/** Any valid curation: disjoint groups, notes on nodes, edges and points, styles, title and caption. */
export const curationArb: fc.Arbitrary<Curation> = fc
  .record({
    hidden: fc.uniqueArray(idArb, { maxLength: 6 }),
    pinned: fc.uniqueArray(idArb, { maxLength: 4 }),
    grouped: fc.uniqueArray(idArb, { maxLength: 8 }),
    groupCount: fc.integer({ min: 1, max: 3 }),
    labels: fc.array(textArb(MAX_LABEL_LENGTH, true), { minLength: 3, maxLength: 3 }),
    collapsed: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    notes: fc.array(
      fc.record({
        text: textArb(MAX_NOTE_LENGTH, false).filter((t) => t !== ''),
        target: fc.oneof(
          fc.record({ type: fc.constantFrom('node' as const, 'edge' as const), id: idArb }),
          fc.record({
            type: fc.constant('point' as const),
            x: fc.integer({ min: -100_000, max: 100_000 }),
            y: fc.integer({ min: -100_000, max: 100_000 }),
          }),
        ),
      }),
      { maxLength: 4 },
    ),
    title: textArb(MAX_TITLE_LENGTH, true),
    caption: textArb(MAX_CAPTION_LENGTH, false),
    styles: fc.uniqueArray(
      fc.record({
        node: idArb,
        label: fc.option(
          textArb(MAX_LABEL_LENGTH, true).filter((t) => t !== ''),
          { nil: null },
        ),
        colour: fc.option(fc.constantFrom(...HIGHLIGHT_NAMES), { nil: null }),
      }),
      { maxLength: 3, selector: (s) => s.node },
    ),
  })
  .map((r) => {
    const groups: Curation['groups'] = [];
    const size = Math.ceil(r.grouped.length / r.groupCount);
    for (let i = 0; i < r.groupCount && i * size < r.grouped.length; i += 1) {
      groups.push({
        id: `g${i + 1}`,
        label: r.labels[i] ?? '',
        members: r.grouped.slice(i * size, (i + 1) * size),
        collapsed: r.collapsed[i] ?? false,
      });
    }
    return {
      hidden: r.hidden,
      pinned: r.pinned,
      groups,
      notes: r.notes.map((n, i) => ({ id: `n${i + 1}`, ...n })),
      title: r.title,
      caption: r.caption,
      styles: r.styles.filter((s) => s.label !== null || s.colour !== null),
    };
  });

/** Any valid view state, including ids with every kind of character. */
export const viewStateArb: fc.Arbitrary<ViewState> = fc.record({
  version: fc.constant(VIEW_STATE_VERSION),
  dataset: fc.option(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).filter(isWellFormedText), {
    nil: null,
  }),
  selection: fc.option(fc.record({ type: fc.constantFrom('node' as const, 'edge' as const), id: idArb }), {
    nil: null,
  }),
  selectedNodes: fc.uniqueArray(idArb, { maxLength: 5 }),
  filters: fc.record({
    nodeKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS)),
    measureKinds: fc.uniqueArray(fc.constantFrom(...MEASURE_KINDS)),
    bodies: fc.uniqueArray(idArb, { maxLength: 6 }),
    countries: fc.uniqueArray(fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Z]{2}$/)), { maxLength: 6 }),
    measureStatuses: fc.uniqueArray(fc.constantFrom(...MEASURE_STATUSES)),
    listTypes: fc.uniqueArray(fc.constantFrom(...LIST_TYPES)),
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
  sizeBy: fc.constantFrom(...SIZE_MEASURES),
  camera: fc.option(fc.record({ zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }), pan: pointArb }), {
    nil: null,
  }),
  positions: fc
    .uniqueArray(fc.tuple(idArb, pointArb), { maxLength: 12, selector: ([id]) => id })
    .map((entries) => Object.fromEntries(entries)),
  panel: fc.constantFrom('details' as const, 'insights' as const, 'filters' as const),
  mainView: fc.constantFrom('graph' as const, 'list' as const),
  identities: fc.constantFrom('merged', 'split'),
  curation: fc.oneof(curationArb, fc.constant(defaultViewState().curation)),
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
      listTypes: [],
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
      view: 'Typical view plus 20 hidden nodes, 3 groups of 4 and 5 notes of 80 characters (compressed curation)',
      state: curatedView(),
      limit: 2000,
    },
    {
      view: 'Typical view plus 50 dragged nodes with 40-digit hash ids (hardest case)',
      state: { ...typicalView(), positions: draggedPositions(hashIds(50)) },
      limit: null,
    },
  ];
}

/** Five notes of 80 characters each, as an analyst writes them. */
export const EIGHTY_CHARACTER_NOTES = [
  'Ran the IJOP platform that flagged residents for detention across the region....',
  'Listed by Commerce in October 2019; Treasury followed with a freeze in July 2020.',
  'Party secretary when the camps were built; sanctioned by four bodies since 2020..',
  'The bureau oversaw the police stations that ran the checkpoints in each district.',
  'China answered with counter-sanctions on US lawmakers and a religious commission.',
];

/** The link-size case of issue 18: the typical view with 20 hidden nodes, 3 groups of 4 and 5 notes of 80 characters. */
export function curatedView(): ViewState {
  const ids = realisticIds(50);
  const member = (i: number) => ids.slice(20 + i * 4, 24 + i * 4);
  return {
    ...typicalView(),
    curation: {
      ...defaultViewState().curation,
      hidden: ids.slice(0, 20),
      groups: [
        { id: 'g1', label: 'City bureaus', members: member(0), collapsed: false },
        { id: 'g2', label: 'XPCC officials', members: member(1), collapsed: true },
        { id: 'g3', label: 'Companies listed in 2019', members: member(2), collapsed: false },
      ],
      notes: EIGHTY_CHARACTER_NOTES.map((text, i) => ({
        id: `n${i + 1}`,
        text,
        target:
          i === 4
            ? { type: 'point' as const, x: -220, y: 140 }
            : i % 2 === 0
              ? { type: 'node' as const, id: ids[32 + i] ?? '' }
              : { type: 'edge' as const, id: `m-2019-10-07-bis-${ids[33 + i] ?? ''}` },
      })),
      title: 'Who ran the security apparatus',
    },
  };
}
