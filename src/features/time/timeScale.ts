// The arithmetic behind the time bar: days on the slider, where each month's bar sits, and which play
// step a date stands at. Pure functions of the timeline steps and the histogram, tested without a browser.
import type { MonthCount, TimelineStep } from '../../core/algorithms/time.ts';
import { latestDay } from '../../core/graph/dates.ts';

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The day `n` days after `day` (before, for negative n). */
export function addDays(day: string, n: number): string {
  return new Date(toTime(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The days the time bar covers: the first to the last play step, widened to whole histogram months. */
export interface TimeSpan {
  start: string;
  end: string;
  /** Days from start to end. */
  length: number;
}

/** The span of the slider and histogram; null when there is nothing dated. */
export function timeSpan(steps: readonly TimelineStep[], histogram: readonly MonthCount[]): TimeSpan | null {
  const days: string[] = steps.map((s) => s.asOf);
  const firstMonth = histogram[0];
  const lastMonth = histogram[histogram.length - 1];
  if (firstMonth) days.push(`${firstMonth.month}-01`);
  if (lastMonth) days.push(latestDay(lastMonth.month) ?? `${lastMonth.month}-28`);
  if (days.length === 0) return null;
  days.sort();
  const start = days[0] ?? '';
  const end = days[days.length - 1] ?? start;
  return { start, end, length: Math.max(daysBetween(start, end), 1) };
}

/** One histogram bar placed on the span: its left and right edges as fractions (0 to 1) of the width. */
export interface PlacedBar extends MonthCount {
  left: number;
  right: number;
  /** First and last day of the month. */
  first: string;
  last: string;
}

/** Places each month's bar where its days fall on the span (so bars line up with the slider). */
export function placeBars(histogram: readonly MonthCount[], span: TimeSpan): PlacedBar[] {
  return histogram.map((bar) => {
    const first = `${bar.month}-01`;
    const last = latestDay(bar.month) ?? first;
    const clamp = (x: number) => Math.min(1, Math.max(0, x));
    return {
      ...bar,
      first,
      last,
      left: clamp(daysBetween(span.start, first) / span.length),
      right: clamp((daysBetween(span.start, last) + 1) / span.length),
    };
  });
}

/** Index of the last step whose date is on or before `asOf`; -1 when none is (or no date is set). */
export function stepIndexAt(steps: readonly TimelineStep[], asOf: string | null): number {
  if (asOf === null) return -1;
  let found = -1;
  steps.forEach((step, i) => {
    if (step.asOf <= asOf) found = i;
  });
  return found;
}

/**
 * The step the time bar stands at: the one last played or stepped to while the date is still its date
 * (several actions can share a day), otherwise the last step on or before the date; -1 for none.
 */
export function currentStepIndex(
  steps: readonly TimelineStep[],
  asOf: string | null,
  lastChosen: number | null,
): number {
  if (lastChosen !== null && asOf !== null && steps[lastChosen]?.asOf === asOf) return lastChosen;
  return stepIndexAt(steps, asOf);
}

/**
 * The step Next goes to from `current`: the following one; from "no date" the first. null at the end.
 * The step Previous goes to: the one before; from "no date" (everything shown) the last. null at the start.
 */
export function neighbourStep(
  steps: readonly TimelineStep[],
  current: number,
  asOf: string | null,
  direction: 1 | -1,
): number | null {
  if (steps.length === 0) return null;
  if (asOf === null) return direction === 1 ? 0 : steps.length - 1;
  const next = current + direction;
  return next >= 0 && next < steps.length ? next : null;
}

/**
 * What a key does on the slider: it moves by action, not by day. Right, Up and PageUp go to the next
 * action, Left, Down and PageDown to the previous one, End to the last; Home to the slider's start
 * ('start': before the first action, nothing announced yet). Returns the step to go to, null for a key of
 * the slider that leads nowhere (already at that end), undefined for any other key.
 */
export function sliderKeyStep(
  key: string,
  count: number,
  previous: number | null,
  next: number | null,
): number | 'start' | null | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
    case 'PageUp':
      return next;
    case 'ArrowLeft':
    case 'ArrowDown':
    case 'PageDown':
      return previous;
    case 'Home':
      return 'start';
    case 'End':
      return count > 0 ? count - 1 : null;
    default:
      return undefined;
  }
}
