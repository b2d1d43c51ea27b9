// The graph at a date: measures announced by then and posts held then, the histogram of measures by
// month under the "as of" control, and the steps of the timeline's play control, one per action.
import type { SanctionsGraph } from '../graph/build.ts';
import { earliestDay, isIsoDay, isOnOrBefore, latestDay, roleTenureOn, type Tenure } from '../graph/dates.ts';
import type { Action, DateOrUnknown, Measure, PartialDate, Role } from '../model/schema.ts';
import { AlgorithmInputError } from './types.ts';

/*
 * Rules for imprecise dates (also in ./README.md; spans and role tenure come from graph/dates.ts):
 * - A partial date stands for a span: "2020" is 2020-01-01..2020-12-31, "2020-07" is 2020-07-01..2020-07-31.
 * - A measure is in the graph at day D when it may have been announced by D: the first day of its
 *   announced span is on or before D. (Its "effective" date does not matter: the control is "announced by".)
 * - A role is in the graph at D unless roleTenureOn says 'notHeld' (surely not started or surely ended by D):
 *   an "unknown" start counts as started long before, a missing end means still held, an "unknown" end
 *   (or status 'former' without an end) may lie after D. So ended roles drop out, open roles stay, and
 *   roles whose dates are unknown stay. A link is read the same way (a missing start as "unknown").
 * - Whatever is in the graph only because a date is imprecise or unknown is also listed as uncertain,
 *   so a panel can say "possibly held".
 */

/** The first day of a (validated) partial date's span; throws on a malformed one. */
function startOf(date: PartialDate): string {
  const day = earliestDay(date);
  if (day === null) throw new AlgorithmInputError('time', `not a date: "${date}"`);
  return day;
}

/** Checks an "as of" day: YYYY-MM-DD and a real calendar day. Throws AlgorithmInputError otherwise. */
export function assertIsoDay(day: string): void {
  if (!isIsoDay(day)) {
    throw new AlgorithmInputError('time', `expected a day as YYYY-MM-DD, got "${day}"`);
  }
}

/** Whether something is in place at a day: surely, surely not, or only maybe (imprecise or unknown dates). */
export type DateStatus = 'yes' | 'no' | 'maybe';

/** Whether a measure was announced by the day (YYYY-MM-DD). */
export function measureAnnouncedBy(measure: Pick<Measure, 'announced' | 'end'>, day: string): DateStatus {
  if (startOf(measure.announced) > day) return 'no';
  // An end date ends it: gone on days surely after the end.
  const end = measure.end === undefined ? null : latestDay(measure.end);
  if (end !== null && end < day) return 'no';
  return isOnOrBefore(measure.announced, day) ? 'yes' : 'maybe';
}

/**
 * The as-of rule for something dated by its announcement (a measure, an action): in place at `asOf` unless
 * surely announced after it (a measure dated "2020-07" shows from 1 July); everything when asOf is null.
 * The canvas (atDate) and the panels use this one rule.
 */
export function inForceAt(announced: PartialDate, asOf: string | null): boolean {
  return asOf === null || measureAnnouncedBy({ announced }, asOf) !== 'no';
}

/**
 * The as-of day a view can use: a malformed one (from an old or hand-edited link) counts as none, so the
 * graph shows everything rather than nothing.
 */
export function usableAsOf(asOf: string | null): string | null {
  return asOf !== null && isIsoDay(asOf) ? asOf : null;
}

const TENURE_STATUS: Record<Tenure, DateStatus> = { held: 'yes', notHeld: 'no', uncertain: 'maybe' };

/** Whether a role or link was held at the day (YYYY-MM-DD), by roleTenureOn; a link has no status. */
export function heldAt(
  span: { start?: DateOrUnknown; end?: DateOrUnknown; status?: Role['status'] },
  day: string,
): DateStatus {
  return TENURE_STATUS[
    roleTenureOn({ start: span.start ?? 'unknown', end: span.end, status: span.status ?? 'unknown' }, day)
  ];
}

/** The edges in place at a day; `uncertain` is the subset that is there only because of imprecise dates. */
export interface TimeSlice {
  day: string;
  edges: Set<string>;
  uncertain: Set<string>;
}

/**
 * The measures announced on or before the day and the roles and links held then (see the rules at the
 * top of this file). Nodes are not filtered by time: a node stays whatever its edges (the canvas draws those
 * with no edge in place faint: unconnected.ts).
 */
export function atDate(graph: SanctionsGraph, isoDate: string): TimeSlice {
  assertIsoDay(isoDate);
  const slice: TimeSlice = { day: isoDate, edges: new Set(), uncertain: new Set() };
  graph.forEachEdge((edge, attributes) => {
    const status =
      attributes.kind === 'measure'
        ? measureAnnouncedBy(attributes.record, isoDate)
        : heldAt(attributes.record, isoDate);
    if (status === 'no') return;
    slice.edges.add(edge);
    if (status === 'maybe') slice.uncertain.add(edge);
  });
  return slice;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
}

/**
 * Measures by month of announcement, every month from the first to the last (empty ones with 0).
 * A measure dated only by year counts in January, the month from which the "as of" control shows it,
 * so the bars always sum to the number of measures.
 */
export function measureHistogram(graph: SanctionsGraph): MonthCount[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => {
    // Imported sanctions without any date carry a placeholder year: they belong to no month.
    if (attributes.kind !== 'measure' || attributes.record.undated === true) return;
    const month = startOf(attributes.record.announced).slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  });
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const histogram: MonthCount[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    histogram.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) return histogram;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** One step of the play control. */
export interface TimelineStep {
  action: string;
  date: PartialDate;
  title: string;
  /** The sanctioning body (or other actor) that took the action. */
  body: string;
  /** "2020-07-09: US Treasury blocks 4 officials and the XPSB" */
  label: string;
  /** Measures of this action in the graph (0 for a statement). */
  measureCount: number;
  /** Measures of this and every earlier step. */
  cumulativeMeasureCount: number;
  /** The earliest "as of" day at which every measure of this step shows. */
  asOf: string;
}

/**
 * The actions in date order (ties keep the order given), each labelled "date: title" and counted.
 * Measures are counted from the graph by their `action` field. Actions made only of undated imported
 * measures (`undated`: a placeholder year) are left out: they have no place in time.
 */
export function timelineSteps(graph: SanctionsGraph, actions: readonly Action[]): TimelineStep[] {
  const measuresByAction = new Map<string, Measure[]>();
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.kind !== 'measure') return;
    const list = measuresByAction.get(attributes.record.action) ?? [];
    list.push(attributes.record);
    measuresByAction.set(attributes.record.action, list);
  });
  const undatedOnly = (action: Action) => {
    const measures = measuresByAction.get(action.id);
    return measures !== undefined && measures.length > 0 && measures.every((m) => m.undated === true);
  };
  const ordered = actions
    .filter((action) => !undatedOnly(action))
    .map((action, index) => ({ action, index, first: startOf(action.date) }))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.index - b.index));
  let cumulative = 0;
  return ordered.map(({ action, first }) => {
    const measures = measuresByAction.get(action.id) ?? [];
    cumulative += measures.length;
    const asOf = measures.reduce((latest, m) => {
      const day = startOf(m.announced);
      return day > latest ? day : latest;
    }, first);
    return {
      action: action.id,
      date: action.date,
      title: action.title,
      body: action.body,
      label: `${action.date}: ${action.title}`,
      measureCount: measures.length,
      cumulativeMeasureCount: cumulative,
      asOf,
    };
  });
}

/**
 * The measures among `edges` announced on exactly that day (YYYY-MM-DD): what a step of the timeline adds.
 * A measure dated only by month or year, or only seen by then, is not "on" a day.
 */
export function measuresAnnouncedOn(graph: SanctionsGraph, edges: Iterable<string>, day: string): Set<string> {
  const out = new Set<string>();
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'measure') continue;
    const { announced, undated, announcedBy } = attributes.record;
    if (announced === day && undated !== true && announcedBy !== true) out.add(edge);
  }
  return out;
}
