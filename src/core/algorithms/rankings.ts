// Rankings for the large-graph summary: the bodies that imposed most and the most-sanctioned targets,
// without sorting every target (a list can hold tens of thousands).
import type { SanctionsGraph } from '../graph/build.ts';
import { MEASURE_KINDS, type MeasureKind } from '../model/kinds.ts';
import type { SanctionedTarget } from './insights.ts';
import type { ElementSet } from './types.ts';

export interface BodyMeasureCount {
  body: string;
  /** Measures the body imposed (within `within` when given). */
  measures: number;
  /** Distinct targets of those measures. */
  targets: number;
}

/** Sanctioning bodies ranked by the number of measures they imposed, then by name; at most `limit`. */
export function largestBodies(
  graph: SanctionsGraph,
  limit = Infinity,
  options: { within?: ElementSet } = {},
): BodyMeasureCount[] {
  const tally = new Map<string, { measures: number; targets: Set<string> }>();
  graph.forEachEdge((id, attributes) => {
    if (attributes.kind !== 'measure') return;
    if (options.within && !options.within.edges.has(id)) return;
    const entry = tally.get(attributes.record.body) ?? { measures: 0, targets: new Set<string>() };
    entry.measures += 1;
    entry.targets.add(attributes.record.target);
    tally.set(attributes.record.body, entry);
  });
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
  return [...tally.entries()]
    .map(([body, entry]) => ({ body, measures: entry.measures, targets: entry.targets.size }))
    .sort((a, b) => b.measures - a.measures || name(a.body).localeCompare(name(b.body), 'en'))
    .slice(0, limit);
}

/**
 * The first `limit` of mostSanctioned (insights.ts), the same entries in the same order, for large graphs:
 * only the entries that can make the cut are compared by name, so a list of 20,000 targets is not sorted.
 */
export function topSanctioned(
  graph: SanctionsGraph,
  limit: number,
  options: { within?: ElementSet } = {},
): SanctionedTarget[] {
  const tally = new Map<string, { measures: number; bodies: Set<string>; kinds: Set<MeasureKind> }>();
  graph.forEachEdge((id, attributes) => {
    if (attributes.kind !== 'measure') return;
    if (options.within && !options.within.edges.has(id)) return;
    const { target, body, kind } = attributes.record;
    const entry = tally.get(target) ?? { measures: 0, bodies: new Set<string>(), kinds: new Set<MeasureKind>() };
    entry.measures += 1;
    entry.bodies.add(body);
    entry.kinds.add(kind);
    tally.set(target, entry);
  });
  const entries = [...tally.entries()].map(([target, entry]) => ({ target, ...entry }));
  const byCounts = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    b.measures - a.measures || b.bodies.size - a.bodies.size;
  entries.sort(byCounts);
  const last = entries[Math.min(limit, entries.length) - 1];
  // Everything tied with the last entry that makes the cut may still make it once names are compared.
  const candidates = last ? entries.filter((e, i) => i < limit || byCounts(e, last) === 0) : [];
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
  const byName = (a: string, b: string) => name(a).localeCompare(name(b), 'en');
  return candidates
    .sort((a, b) => byCounts(a, b) || byName(a.target, b.target))
    .slice(0, limit)
    .map((e) => ({
      target: e.target,
      measures: e.measures,
      bodies: [...e.bodies].sort(byName),
      kinds: MEASURE_KINDS.filter((k) => e.kinds.has(k)),
    }));
}
