// "Timeline": left to right by the date of each node's first measure (received by a target, imposed by a
// body). Bodies run in a row along the top, targets below; the targets of one date make a block of short columns. A node with no dated
// measure takes the earliest date of its neighbours (a person beside the organisation sanctioned); the rest
// go in a block beside.
import { placeRestBeside } from './isolated.ts';
import { byId, neighbours } from './order.ts';
import { NODE_SPACING, type LayoutGraph, type Positions } from './types.ts';

export interface TimelineLayoutOptions {
  spacing?: number;
  /** Most targets in one column before a date's block grows another column. */
  rows?: number;
}

export const DAY_MS = 86_400_000;

/** Days since 1970 of a "YYYY-MM-DD" day, or null. */
function dayNumber(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The first dated measure of each node that has one (days since 1970). */
export function firstMeasureDays(input: LayoutGraph): Map<string, number> {
  const first = new Map<string, number>();
  const keep = (id: string, day: number) => {
    const was = first.get(id);
    if (was === undefined || day < was) first.set(id, day);
  };
  for (const e of input.edges) {
    if (e.kind !== 'measure' || e.date === undefined) continue;
    const day = dayNumber(e.date);
    if (day === null) continue;
    keep(e.source, day);
    keep(e.target, day);
  }
  return first;
}

/**
 * The day each node stands at on the timeline (days since 1970): its first dated measure, else the earliest of
 * its neighbours'; nodes with neither are absent.
 */
export function timelineDays(input: LayoutGraph): Map<string, number> {
  const own = firstMeasureDays(input);
  const days = new Map(own);
  const near = neighbours(input);
  for (const n of input.nodes) {
    if (days.has(n.id)) continue;
    let best: number | undefined;
    for (const m of near.get(n.id) ?? []) {
      const d = own.get(m);
      if (d !== undefined && (best === undefined || d < best)) best = d;
    }
    if (best !== undefined) days.set(n.id, best);
  }
  return days;
}

/** Positions of every node; the same graph always gives the same positions. */
export function timelineLayout(input: LayoutGraph, options: TimelineLayoutOptions = {}): Positions {
  const spacing = options.spacing ?? NODE_SPACING;
  const days = timelineDays(input);
  const out: Positions = new Map();
  // One block per date, left to right: its targets in columns of at most `rows`, its bodies stacked above.
  // Blocks are apart by more the more time lies between them, so a gap of years shows as a gap.
  const byDay = new Map<number, { bodies: string[]; targets: string[] }>();
  for (const n of input.nodes) {
    const day = days.get(n.id);
    if (day === undefined) continue;
    const block = byDay.get(day) ?? { bodies: [], targets: [] };
    (n.kind === 'sanctioningBody' ? block.bodies : block.targets).push(n.id);
    byDay.set(day, block);
  }
  const rows = options.rows ?? 8;
  let x = 0;
  let previous: number | null = null;
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const block = byDay.get(day);
    if (!block) continue;
    if (previous !== null) x += spacing * (1 + Math.min(4, (day - previous) / 365));
    previous = day;
    block.targets.sort(byId).forEach((id, i) => {
      out.set(id, { x: Math.round(x + Math.floor(i / rows) * spacing), y: (i % rows) * spacing });
    });
    // Bodies in a row above, half a column to the left, so their edges run between the columns, not along them.
    block.bodies
      .sort(byId)
      .forEach((id, i) => out.set(id, { x: Math.round(x + (i - 0.5) * spacing), y: -2 * spacing }));
    x += Math.max(0, Math.ceil(block.targets.length / rows) - 1, block.bodies.length - 1) * spacing;
  }
  const rest = input.nodes
    .map((n) => n.id)
    .filter((id) => !out.has(id))
    .sort(byId);
  for (const [id, p] of placeRestBeside(input, out, rest, spacing)) out.set(id, p);
  return out;
}
