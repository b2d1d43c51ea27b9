// Equality of view states as a user sees them: hidden-lists and expansions compare as sets, positions as
// maps. Used to decide whether a change is worth a browser history entry.
import { curationsEqual } from './curation.ts';
import type { Camera, Point, ViewState } from './viewState.ts';

const sameNumber = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
const samePoint = (a: Point, b: Point): boolean => sameNumber(a.x, b.x) && sameNumber(a.y, b.y);

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((item) => setB.has(item));
}

function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return sameNumber(a.zoom, b.zoom) && samePoint(a.pan, b.pan);
}

function samePositions(a: Record<string, Point>, b: Record<string, Point>): boolean {
  const entriesA = Object.entries(a);
  const mapB = new Map(Object.entries(b));
  return (
    entriesA.length === mapB.size &&
    entriesA.every(([id, point]) => {
      const other = mapB.get(id);
      return other !== undefined && samePoint(point, other);
    })
  );
}

const expansionKeys = (state: ViewState): string[] => state.expanded.map((e) => `${e.kind} ${e.node}`);

const FIELD_EQUALS: { [K in keyof ViewState]: (a: ViewState, b: ViewState) => boolean } = {
  version: (a, b) => a.version === b.version,
  dataset: (a, b) => a.dataset === b.dataset,
  selection: (a, b) => a.selection?.type === b.selection?.type && a.selection?.id === b.selection?.id,
  selectedNodes: (a, b) => sameSet(a.selectedNodes, b.selectedNodes),
  filters: (a, b) =>
    sameSet(a.filters.nodeKinds, b.filters.nodeKinds) &&
    sameSet(a.filters.measureKinds, b.filters.measureKinds) &&
    sameSet(a.filters.bodies, b.filters.bodies) &&
    sameSet(a.filters.countries, b.filters.countries) &&
    sameSet(a.filters.measureStatuses, b.filters.measureStatuses),
  asOf: (a, b) => a.asOf === b.asOf,
  focus: (a, b) => a.focus?.node === b.focus?.node && a.focus?.depth === b.focus?.depth,
  expanded: (a, b) => sameSet(expansionKeys(a), expansionKeys(b)),
  path: (a, b) => a.path.from === b.path.from && a.path.to === b.path.to,
  layout: (a, b) => a.layout === b.layout,
  camera: (a, b) => sameCamera(a.camera, b.camera),
  positions: (a, b) => samePositions(a.positions, b.positions),
  panel: (a, b) => a.panel === b.panel,
  mainView: (a, b) => a.mainView === b.mainView,
  curation: (a, b) => curationsEqual(a.curation, b.curation),
};

/** The fields whose values differ between two view states (order of hidden items and expansions aside). */
export function changedFields(a: ViewState, b: ViewState): (keyof ViewState)[] {
  return (Object.keys(FIELD_EQUALS) as (keyof ViewState)[]).filter((field) => !FIELD_EQUALS[field](a, b));
}

/** True when two view states show the same view. */
export function viewStatesEqual(a: ViewState, b: ViewState): boolean {
  return changedFields(a, b).length === 0;
}
