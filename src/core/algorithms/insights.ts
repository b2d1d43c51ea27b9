// Figures for the insights panel: the most-sanctioned targets, measures per body by year, the
// target x sanctioning-body matrix, and counter-sanctions beside the actions they answered.
import type { SanctionsGraph } from '../graph/build.ts';
import { MEASURE_KINDS, type MeasureKind } from '../model/kinds.ts';
import type { Action, Dataset, Measure } from '../model/schema.ts';
import { compareDates } from '../graph/dates.ts';
import type { ElementSet } from './types.ts';

export interface InsightOptions {
  /** Count only these measures (e.g. what the canvas shows); default: every measure. */
  within?: ElementSet;
}

function forEachMeasure(
  graph: SanctionsGraph,
  options: InsightOptions,
  callback: (id: string, measure: Measure) => void,
): void {
  graph.forEachEdge((id, attributes) => {
    if (attributes.kind !== 'measure') return;
    if (options.within && !options.within.edges.has(id)) return;
    callback(id, attributes.record);
  });
}

function nameOf(graph: SanctionsGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id;
}

const byName = (graph: SanctionsGraph) => (a: string, b: string) =>
  nameOf(graph, a).localeCompare(nameOf(graph, b), 'en');

export interface SanctionedTarget {
  target: string;
  /** Number of measures against the target. */
  measures: number;
  /** Sanctioning bodies behind them, by name. */
  bodies: string[];
  kinds: MeasureKind[];
}

/**
 * Targets ranked by number of measures against them, then by number of distinct bodies, then by name.
 * At most `limit` entries (all when omitted).
 */
export function mostSanctioned(
  graph: SanctionsGraph,
  limit = Infinity,
  options: InsightOptions = {},
): SanctionedTarget[] {
  const tally = new Map<string, { measures: number; bodies: Set<string>; kinds: Set<MeasureKind> }>();
  forEachMeasure(graph, options, (_id, measure) => {
    const entry = tally.get(measure.target) ?? { measures: 0, bodies: new Set(), kinds: new Set() };
    entry.measures += 1;
    entry.bodies.add(measure.body);
    entry.kinds.add(measure.kind);
    tally.set(measure.target, entry);
  });
  const compareNames = byName(graph);
  return [...tally.entries()]
    .map(([target, entry]) => ({
      target,
      measures: entry.measures,
      bodies: [...entry.bodies].sort(compareNames),
      kinds: MEASURE_KINDS.filter((kind) => entry.kinds.has(kind)),
    }))
    .sort((a, b) => b.measures - a.measures || b.bodies.length - a.bodies.length || compareNames(a.target, b.target))
    .slice(0, limit);
}

export interface BodyYearCounts {
  /** Every year from the first measure to the last, in order. */
  years: number[];
  /** One row per sanctioning body that imposed a measure, by name; counts[i] is for years[i]. */
  bodies: { body: string; counts: number[]; total: number }[];
}

/** Measures per sanctioning body and year of announcement (empty years in between count 0). */
export function measuresPerBodyOverTime(graph: SanctionsGraph, options: InsightOptions = {}): BodyYearCounts {
  const counts = new Map<string, Map<number, number>>();
  let min = Infinity;
  let max = -Infinity;
  forEachMeasure(graph, options, (_id, measure) => {
    const year = Number(measure.announced.slice(0, 4));
    min = Math.min(min, year);
    max = Math.max(max, year);
    const row = counts.get(measure.body) ?? new Map<number, number>();
    row.set(year, (row.get(year) ?? 0) + 1);
    counts.set(measure.body, row);
  });
  if (counts.size === 0) return { years: [], bodies: [] };
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const bodies = [...counts.keys()].sort(byName(graph)).map((body) => {
    const row = counts.get(body) ?? new Map<number, number>();
    const perYear = years.map((year) => row.get(year) ?? 0);
    return { body, counts: perYear, total: perYear.reduce((sum, n) => sum + n, 0) };
  });
  return { years, bodies };
}

export interface MatrixCell {
  body: string;
  /** Kinds of the body's measures against the target, in the model's order; empty when none. */
  kinds: MeasureKind[];
  measures: string[];
}

export interface TargetBodyMatrix {
  /** Columns: sanctioning bodies with at least one measure, by name. */
  bodies: string[];
  /** Rows: targets, most measures first (as mostSanctioned); cells[i] is for bodies[i]. */
  rows: { target: string; cells: MatrixCell[] }[];
}

/** Which body imposed what on whom: rows are targets, columns bodies, cells the kinds of measures. */
export function targetBodyMatrix(graph: SanctionsGraph, options: InsightOptions = {}): TargetBodyMatrix {
  const measuresByPair = new Map<string, Map<string, Measure[]>>();
  const bodySet = new Set<string>();
  forEachMeasure(graph, options, (_id, measure) => {
    bodySet.add(measure.body);
    const row = measuresByPair.get(measure.target) ?? new Map<string, Measure[]>();
    row.set(measure.body, [...(row.get(measure.body) ?? []), measure]);
    measuresByPair.set(measure.target, row);
  });
  const bodies = [...bodySet].sort(byName(graph));
  const rows = mostSanctioned(graph, Infinity, options).map(({ target }) => {
    const row = measuresByPair.get(target);
    return {
      target,
      cells: bodies.map((body) => {
        const measures = row?.get(body) ?? [];
        return {
          body,
          kinds: MEASURE_KINDS.filter((kind) => measures.some((m) => m.kind === kind)),
          measures: measures.map((m) => m.id),
        };
      }),
    };
  });
  return { bodies, rows };
}

/** Targets with a measure by `body` and none by `notBody` ("sanctioned by Treasury but not State"). */
export function sanctionedByButNot(matrix: TargetBodyMatrix, body: string, notBody: string): string[] {
  const column = matrix.bodies.indexOf(body);
  const notColumn = matrix.bodies.indexOf(notBody);
  if (column < 0) return [];
  return matrix.rows
    .filter(
      (row) =>
        (row.cells[column]?.measures.length ?? 0) > 0 && (notColumn < 0 || row.cells[notColumn]?.measures.length === 0),
    )
    .map((row) => row.target);
}

export interface ActionWithMeasures {
  action: Action;
  /** Ids of the action's measures in the graph. */
  measures: string[];
}

export interface CounterSanctionPair extends ActionWithMeasures {
  /** Whether the action itself imposes counter-sanctions (false for, e.g., a statement answering them). */
  counterSanction: boolean;
  /** The earlier actions it answered (Action.respondsTo), in date order. */
  respondsTo: ActionWithMeasures[];
  /** respondsTo ids with no action in the data. */
  missing: string[];
}

/**
 * Every action that imposes counter-sanctions or answers another action (Action.respondsTo), beside the
 * actions it answered, in date order. Accepts the dataset or its actions.
 */
export function counterSanctionPairs(
  source: Pick<Dataset, 'actions'> | readonly Action[],
  graph: SanctionsGraph,
): CounterSanctionPair[] {
  const actions: readonly Action[] = 'actions' in source ? source.actions : source;
  const byId = new Map(actions.map((action) => [action.id, action]));
  const measuresOf = new Map<string, string[]>();
  const counterActions = new Set<string>();
  forEachMeasure(graph, {}, (id, measure) => {
    measuresOf.set(measure.action, [...(measuresOf.get(measure.action) ?? []), id]);
    if (measure.kind === 'counterSanction') counterActions.add(measure.action);
  });
  const withMeasures = (action: Action): ActionWithMeasures => ({ action, measures: measuresOf.get(action.id) ?? [] });
  const byDate = (a: Action, b: Action) => compareDates(a.date, b.date) || a.id.localeCompare(b.id);
  return actions
    .filter((action) => counterActions.has(action.id) || action.respondsTo.length > 0)
    .sort(byDate)
    .map((action) => {
      const answered = action.respondsTo.flatMap((id) => {
        const found = byId.get(id);
        return found ? [found] : [];
      });
      return {
        ...withMeasures(action),
        counterSanction: counterActions.has(action.id),
        respondsTo: answered.sort(byDate).map(withMeasures),
        missing: action.respondsTo.filter((id) => !byId.has(id)),
      };
    });
}
