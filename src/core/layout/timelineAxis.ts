// The date ruler over the "Timeline" layout: where each year begins along x (each month, when every date falls
// in one year), read from the same days the layout placed the nodes by, so the ruler and the nodes agree.
import { DAY_MS, timelineDays } from './timelineLayout.ts';
import type { LayoutGraph, Point } from './types.ts';

export interface AxisTick {
  /** The period the tick starts: "2019", or "2019-10" for a month. */
  period: string;
  /** Graph x of the leftmost node of that period. */
  x: number;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * One tick per period that has a node drawn, left to right, at the leftmost of its nodes. `positionOf` gives
 * where a node is (undefined: not placed). Empty when no node has a date.
 */
export function timelineTicks(input: LayoutGraph, positionOf: (id: string) => Point | undefined): AxisTick[] {
  const placed: { day: string; x: number }[] = [];
  for (const [id, day] of timelineDays(input)) {
    const p = positionOf(id);
    if (p) placed.push({ day: isoDay(day), x: p.x });
  }
  const years = new Set(placed.map((n) => n.day.slice(0, 4)));
  const periodLength = years.size > 1 ? 4 : 7;
  const left = new Map<string, number>();
  for (const { day, x } of placed) {
    const period = day.slice(0, periodLength);
    left.set(period, Math.min(x, left.get(period) ?? Infinity));
  }
  return [...left].map(([period, x]) => ({ period, x })).sort((a, b) => a.period.localeCompare(b.period));
}
