// What the canvas shows for a view state: the filters' hidden-lists, the "as of" date, focus and depth,
// and expansions, as sets of visible ids (the renderer hides the rest without re-running the layout).
import type { EdgeAttributes, SanctionsGraph } from '../graph/build.ts';
import { LIST_TYPE_LABEL, MEASURE_KIND_LABEL, MEASURE_STATUS_LABEL, NODE_KIND_LABEL } from '../model/labels.ts';
import {
  LIST_TYPES,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  NODE_KINDS,
  type ListType,
  type MeasureKind,
  type MeasureStatus,
  type NodeKind,
} from '../model/kinds.ts';
import type { Filters, ViewState } from '../view/viewState.ts';
import { expand, neighbourhood } from './neighbourhood.ts';
import { earliestDay, latestDay } from '../graph/dates.ts';
import { assertIsoDay } from './time.ts';
import type { ElementSet } from './types.ts';
import { runToEnd } from '../runToEnd.ts';

/*
 * Rules (also in ./README.md):
 * 1. A node is hidden when its kind or its country ("" for none) is in the hidden-lists. Nothing else hides
 *    a node outside focus mode: a node whose edges are all hidden stays, alone.
 * 2. A measure is hidden when its kind, its status or its sanctioning body is in the hidden-lists (hiding a
 *    body hides its measures; the body's node hides only through the node kind "sanctioningBody").
 * 3. With an "as of" day, edges not in place then are hidden (time.ts: measures announced by then, roles
 *    and links that may have been held then). Time hides no node.
 * 4. An edge shows only when both its ends show.
 * 5. Focus: only the nodes within `depth` hops of the focused node, walking visible elements only, plus
 *    what the expansions add; the focused node always shows. An expansion counts only when its node is
 *    shown (expansions of expansions work, in any order). A focus on a node not in the graph is ignored.
 * 6. The edges shown are all edges allowed by rules 2-3 between two shown nodes.
 */

const NO_UNTIL = '9999-12-31';

/** Per-graph data precomputed once so that a filter or date change is a single pass over arrays. */
export interface FilterIndex {
  nodes: { id: string; kind: NodeKind; country: string }[];
  edges: {
    id: string;
    source: string;
    target: string;
    attributes: EdgeAttributes;
    /** The edge is in place on days from..until (inclusive, YYYY-MM-DD), as time.ts rules. */
    from: string;
    until: string;
  }[];
}

/** Precomputes what visibleElements and filterOptionCounts need; rebuild it when the graph changes. */
export function buildFilterIndex(graph: SanctionsGraph): FilterIndex {
  return runToEnd(buildFilterIndexInSlices(graph));
}

/**
 * buildFilterIndex in slices: pauses (yields) after every `slice` edges, whose dates are what costs (on the
 * page, 100,000 relations in one go took a task of 0.2 to 0.5 s). Returns the index when done.
 */
export function* buildFilterIndexInSlices(graph: SanctionsGraph, slice = Infinity): Generator<void, FilterIndex> {
  const index: FilterIndex = { nodes: [], edges: [] };
  graph.forEachNode((id, node) => index.nodes.push({ id, kind: node.kind, country: node.country ?? '' }));
  const edges: [string, EdgeAttributes, string, string][] = [];
  graph.forEachEdge((id, attributes, source, target) => edges.push([id, attributes, source, target]));
  for (let i = 0; i < edges.length; i++) {
    const [id, attributes, source, target] = edges[i] as [string, EdgeAttributes, string, string];
    // Unknown starts and ends leave the span open on that side (time.ts rules).
    const measure = attributes.kind === 'measure';
    const from = earliestDay(measure ? attributes.record.announced : attributes.record.start) ?? '';
    const until = latestDay(attributes.record.end) ?? NO_UNTIL;
    index.edges.push({ id, source, target, attributes, from, until });
    if ((i + 1) % slice === 0) yield;
  }
  return index;
}

interface Hidden {
  nodeKinds: Set<string>;
  countries: Set<string>;
  measureKinds: Set<string>;
  bodies: Set<string>;
  measureStatuses: Set<string>;
  listTypes: Set<string>;
}

function hiddenSets(filters: Filters): Hidden {
  return {
    nodeKinds: new Set(filters.nodeKinds),
    countries: new Set(filters.countries),
    measureKinds: new Set(filters.measureKinds),
    bodies: new Set(filters.bodies),
    measureStatuses: new Set(filters.measureStatuses),
    listTypes: new Set(filters.listTypes),
  };
}

type EdgeEntry = FilterIndex['edges'][number];

function inTime(edge: EdgeEntry, asOf: string | null): boolean {
  return asOf === null || (edge.from <= asOf && asOf <= edge.until);
}

/** The nodes and edges the filters and the date leave, before focus (rules 1 to 4). */
export function filteredElements(
  graph: SanctionsGraph,
  viewState: ViewState,
  index = buildFilterIndex(graph),
): ElementSet {
  return runToEnd(filteredElementsInSlices(viewState, index));
}

/**
 * filteredElements in slices: pauses (yields) after every `slice` nodes or edges (on the page, opening a
 * 100,000-entity file, the whole pass was one task of 0.1 to 0.18 s).
 */
export function* filteredElementsInSlices(
  viewState: Pick<ViewState, 'asOf' | 'filters'>,
  index: FilterIndex,
  slice = Infinity,
): Generator<void, ElementSet> {
  const { asOf } = viewState;
  if (asOf !== null) assertIsoDay(asOf);
  const hidden = hiddenSets(viewState.filters);
  const nodes = new Set<string>();
  let done = 0;
  for (const node of index.nodes) {
    if (!hidden.nodeKinds.has(node.kind) && !hidden.countries.has(node.country)) nodes.add(node.id);
    if (++done % slice === 0) yield;
  }
  const edges = new Set<string>();
  for (const edge of index.edges) {
    if (++done % slice === 0) yield;
    if (!nodes.has(edge.source) || !nodes.has(edge.target) || !inTime(edge, asOf)) continue;
    const { attributes } = edge;
    if (attributes.kind === 'measure') {
      const measure = attributes.record;
      if (
        hidden.measureKinds.has(measure.kind) ||
        hidden.measureStatuses.has(measure.status) ||
        hidden.bodies.has(measure.body) ||
        hidden.listTypes.has(measure.listType ?? 'sanctions')
      )
        continue;
    }
    edges.add(edge.id);
  }
  return { nodes, edges };
}

/**
 * The ids the canvas shows for a view state (rules at the top of this file). Pass an index from
 * buildFilterIndex(graph) to skip re-reading the graph on every change, and `base` when filteredElements
 * was already computed for the same view. Throws on a malformed asOf.
 */
export function visibleElements(
  graph: SanctionsGraph,
  viewState: ViewState,
  index = buildFilterIndex(graph),
  base = filteredElements(graph, viewState, index),
): ElementSet {
  const { focus } = viewState;
  if (focus === null || !graph.hasNode(focus.node)) return base;

  const nodes = new Set(neighbourhood(graph, focus.node, focus.depth, { within: base }).nodes);
  let grew = true;
  while (grew) {
    grew = false;
    for (const { node, kind } of viewState.expanded) {
      if (!nodes.has(node) || !graph.hasNode(node)) continue;
      for (const added of expand(graph, node, kind, { within: base }).nodes) {
        if (!nodes.has(added)) {
          nodes.add(added);
          grew = true;
        }
      }
    }
  }
  const edges = new Set<string>();
  for (const edge of index.edges) {
    if (base.edges.has(edge.id) && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  }
  return { nodes, edges };
}

/** One option of a filter: its value, a label, how many elements it stands for, and whether it is hidden. */
export interface FilterOption<V extends string> {
  value: V;
  label: string;
  count: number;
  hidden: boolean;
}

export interface FilterOptionCounts {
  nodeKinds: FilterOption<NodeKind>[];
  measureKinds: FilterOption<MeasureKind>[];
  /** Sanctioning bodies: counts their measures. */
  bodies: FilterOption<string>[];
  countries: FilterOption<string>[];
  measureStatuses: FilterOption<MeasureStatus>[];
  /** Kinds of list (sanctions, debarment...): counts their measures. */
  listTypes: FilterOption<ListType>[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "China" for "CN"; "No country" for "". */
export function countryLabel(code: string): string {
  if (code === '') return 'No country';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Each filter option with its count, for the filter panel. Counts are faceted: an option counts the
 * elements it selects that every *other* filter and the date leave (node options count nodes, measure
 * options count measures with both ends shown), so unticking an option removes exactly its count from
 * the canvas (outside focus mode; focus is ignored here). Options listed: those present in the graph,
 * plus any hidden one; every sanctioning body node is an option of `bodies`.
 */
export function filterOptionCounts(
  graph: SanctionsGraph,
  viewState: ViewState,
  index = buildFilterIndex(graph),
): FilterOptionCounts {
  const { asOf, filters } = viewState;
  if (asOf !== null) assertIsoDay(asOf);
  const hidden = hiddenSets(filters);

  const byKind = new Map<string, number>();
  const byCountry = new Map<string, number>();
  const shownNodes = new Set<string>();
  const kindsPresent = new Set<string>();
  const countriesPresent = new Set<string>();
  for (const node of index.nodes) {
    kindsPresent.add(node.kind);
    countriesPresent.add(node.country);
    const kindShown = !hidden.nodeKinds.has(node.kind);
    const countryShown = !hidden.countries.has(node.country);
    if (countryShown) increment(byKind, node.kind);
    if (kindShown) increment(byCountry, node.country);
    if (kindShown && countryShown) shownNodes.add(node.id);
  }

  const byMeasureKind = new Map<string, number>();
  const byBody = new Map<string, number>();
  const byStatus = new Map<string, number>();
  const byListType = new Map<string, number>();
  const listTypesPresent = new Set<string>();
  const measureKindsPresent = new Set<string>();
  const statusesPresent = new Set<string>();
  const bodiesPresent = new Set<string>();
  for (const edge of index.edges) {
    if (edge.attributes.kind !== 'measure') continue;
    const measure = edge.attributes.record;
    const listType = measure.listType ?? 'sanctions';
    listTypesPresent.add(listType);
    measureKindsPresent.add(measure.kind);
    statusesPresent.add(measure.status);
    bodiesPresent.add(measure.body);
    if (!shownNodes.has(edge.source) || !shownNodes.has(edge.target) || !inTime(edge, asOf)) continue;
    const kindShown = !hidden.measureKinds.has(measure.kind);
    const statusShown = !hidden.measureStatuses.has(measure.status);
    const bodyShown = !hidden.bodies.has(measure.body);
    const listShown = !hidden.listTypes.has(listType);
    if (statusShown && bodyShown && listShown) increment(byMeasureKind, measure.kind);
    if (kindShown && bodyShown && listShown) increment(byStatus, measure.status);
    if (kindShown && statusShown && listShown) increment(byBody, measure.body);
    if (kindShown && statusShown && bodyShown) increment(byListType, listType);
  }
  graph.forEachNode((id, node) => {
    if (node.kind === 'sanctioningBody') bodiesPresent.add(id);
  });

  const option = <V extends string>(value: V, label: string, counts: Map<string, number>, hiddenSet: Set<string>) => ({
    value,
    label,
    count: counts.get(value) ?? 0,
    hidden: hiddenSet.has(value),
  });
  const listed = (value: string, present: Set<string>, hiddenSet: Set<string>) =>
    present.has(value) || hiddenSet.has(value);
  const bodyName = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);

  return {
    nodeKinds: NODE_KINDS.filter((k) => listed(k, kindsPresent, hidden.nodeKinds)).map((k) =>
      option(k, NODE_KIND_LABEL[k], byKind, hidden.nodeKinds),
    ),
    measureKinds: MEASURE_KINDS.filter((k) => listed(k, measureKindsPresent, hidden.measureKinds)).map((k) =>
      option(k, MEASURE_KIND_LABEL[k], byMeasureKind, hidden.measureKinds),
    ),
    bodies: [...new Set([...bodiesPresent, ...hidden.bodies])]
      .map((id) => option(id, bodyName(id), byBody, hidden.bodies))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    countries: [...new Set([...countriesPresent, ...hidden.countries])]
      .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : countryLabel(a).localeCompare(countryLabel(b), 'en')))
      .map((code) => option(code, countryLabel(code), byCountry, hidden.countries)),
    measureStatuses: MEASURE_STATUSES.filter((s) => listed(s, statusesPresent, hidden.measureStatuses)).map((s) =>
      option(s, MEASURE_STATUS_LABEL[s], byStatus, hidden.measureStatuses),
    ),
    listTypes: LIST_TYPES.filter((t) => listed(t, listTypesPresent, hidden.listTypes)).map((t) =>
      option(t, LIST_TYPE_LABEL[t], byListType, hidden.listTypes),
    ),
  };
}
