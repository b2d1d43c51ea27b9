// Partial dates ("2020", "2020-07", "2020-07-09", "unknown") as the sources give them: the span of days
// each may denote, comparisons that respect that uncertainty, whether a role was held on a date, and display text.
import type { DateOrUnknown, Role } from '../model/schema.ts';

/** A calendar day as "YYYY-MM-DD". Such strings compare correctly as plain strings. */
export type IsoDay = string;

/** The first and last day a partial date may denote, e.g. "2020-07" -> 2020-07-01 .. 2020-07-31. */
export interface DaySpan {
  readonly earliest: IsoDay;
  readonly latest: IsoDay;
}

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function parts(date: string | undefined): DateParts | null {
  if (date === undefined) return null;
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDay(year: number, month: number, day: number): IsoDay {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** How precise a date is; "unknown", absent and malformed dates are all 'unknown'. */
export function datePrecision(date: DateOrUnknown | undefined): DatePrecision {
  const p = parts(date);
  if (!p) return 'unknown';
  if (p.day !== undefined) return 'day';
  return p.month !== undefined ? 'month' : 'year';
}

/**
 * True for a real calendar day written YYYY-MM-DD: the one check of an "as of" day, whether it comes from a
 * link, a view file or the date input.
 */
export function isIsoDay(value: unknown): value is IsoDay {
  return typeof value === 'string' && datePrecision(value) === 'day';
}

/**
 * The span of days a partial date may denote: "2020" -> 2020-01-01 .. 2020-12-31.
 * Null for "unknown", an absent date, or a malformed or impossible one (e.g. "2021-02-30").
 */
export function daySpan(date: DateOrUnknown | undefined): DaySpan | null {
  if (date === undefined) return null;
  let span = spans.get(date);
  if (span === undefined) {
    span = spanOf(date);
    if (spans.size >= SPANS_KEPT) spans.clear();
    spans.set(date, span);
  }
  return span;
}

// Spans by date: the views of a large file ask for the same few thousand dates over and over (on 100,000
// entities, working them out each time was a tenth of building the time bar). Shared, so frozen.
const spans = new Map<string, DaySpan | null>();
const SPANS_KEPT = 100_000;

function spanOf(date: string): DaySpan | null {
  const p = parts(date);
  if (!p) return null;
  if (p.day !== undefined && p.month !== undefined) {
    const day = isoDay(p.year, p.month, p.day);
    return Object.freeze({ earliest: day, latest: day });
  }
  if (p.month !== undefined) {
    return Object.freeze({
      earliest: isoDay(p.year, p.month, 1),
      latest: isoDay(p.year, p.month, daysInMonth(p.year, p.month)),
    });
  }
  return Object.freeze({ earliest: isoDay(p.year, 1, 1), latest: isoDay(p.year, 12, 31) });
}

/** The first day a partial date may denote, or null when it is unknown. */
export function earliestDay(date: DateOrUnknown | undefined): IsoDay | null {
  return daySpan(date)?.earliest ?? null;
}

/** The last day a partial date may denote, or null when it is unknown. */
export function latestDay(date: DateOrUnknown | undefined): IsoDay | null {
  return daySpan(date)?.latest ?? null;
}

/** Options for {@link isOnOrBefore}. */
export interface CompareOptions {
  /**
   * 'certainly' (default): every day `a` may denote is on or before every day `b` may denote.
   * 'possibly': some day of `a` is on or before some day of `b`.
   */
  mode?: 'certainly' | 'possibly';
}

/**
 * Whether date `a` is on or before date `b`, given their precision. By default the answer must hold
 * whatever the missing parts are: "2020-07" is on or before "2020-07-31" but not before "2020-07-09".
 * With `{ mode: 'possibly' }`, "2020-07" is on or before "2020-07-09" (it may be 1 July).
 * An unknown date on either side gives false: nothing can be said.
 */
export function isOnOrBefore(
  a: DateOrUnknown | undefined,
  b: DateOrUnknown | undefined,
  options: CompareOptions = {},
): boolean {
  const spanA = daySpan(a);
  const spanB = daySpan(b);
  if (!spanA || !spanB) return false;
  return options.mode === 'possibly' ? spanA.earliest <= spanB.latest : spanA.latest <= spanB.earliest;
}

/**
 * Orders dates for sorting: by earliest day, then the less precise first ("2020" before "2020-01-01"),
 * unknown and absent dates last.
 */
export function compareDates(a: DateOrUnknown | undefined, b: DateOrUnknown | undefined): number {
  const spanA = daySpan(a);
  const spanB = daySpan(b);
  if (!spanA || !spanB) return spanA ? -1 : spanB ? 1 : 0;
  if (spanA.earliest !== spanB.earliest) return spanA.earliest < spanB.earliest ? -1 : 1;
  if (spanA.latest !== spanB.latest) return spanA.latest > spanB.latest ? -1 : 1;
  return 0;
}

/** Whether a role covers a date: certainly, certainly not, or the sources' dates cannot tell. */
export type Tenure = 'held' | 'notHeld' | 'uncertain';

/**
 * Whether `role` was held on `date` (a day, or a month or year meaning all of it). The rules:
 * - start "unknown": treated as started long before, so only the end decides;
 * - end absent: still held (the sources record no end), unless the status is 'former', which means
 *   it ended at a date nobody recorded, exactly as end "unknown";
 * - end "unknown" (or 'former' without an end): ended at an unknown date, so never certainly held
 *   after the start; 'notHeld' before the start, 'uncertain' otherwise;
 * - the end day itself counts as held; partial dates count as their whole span: 'held' only when the
 *   whole span of `date` lies inside every day the role may cover, 'notHeld' only when it lies outside
 *   every day it may cover, 'uncertain' in between (e.g. start "2016", date "2016-05-01").
 * An unknown `date` gives 'uncertain'.
 */
export function roleTenureOn(role: Pick<Role, 'start' | 'end' | 'status'>, date: DateOrUnknown): Tenure {
  const on = daySpan(date);
  if (!on) return 'uncertain';
  const start = role.start === 'unknown' ? null : daySpan(role.start);
  const endKnownUnknown = role.end === 'unknown' || (role.end === undefined && role.status === 'former');
  const end = role.end === undefined || role.end === 'unknown' ? null : daySpan(role.end);

  if (start && on.latest < start.earliest) return 'notHeld';
  if (end && on.earliest > end.latest) return 'notHeld';

  const startedByThen = !start || start.latest <= on.earliest;
  const stillHeld = endKnownUnknown ? false : !end || end.earliest >= on.latest;
  return startedByThen && stillHeld ? 'held' : 'uncertain';
}

/**
 * True when `role` was certainly held on `isoDate` under the rules of {@link roleTenureOn}: an unknown
 * start does not rule it out, an absent end means still held, and a role that ended at an unknown date
 * (end "unknown", or status 'former' with no end) is not assumed held.
 */
export function roleHeldOn(role: Pick<Role, 'start' | 'end' | 'status'>, isoDate: DateOrUnknown): boolean {
  return roleTenureOn(role, isoDate) === 'held';
}

const DATE_FORMATS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(precision: keyof typeof DATE_FORMATS, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${precision}|${locale ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // UTC: a calendar day is shown as that day whatever the reader's time zone.
    formatter = new Intl.DateTimeFormat(locale, { ...DATE_FORMATS[precision], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Display text in the reader's locale (or `locale`), as precise as the date: "9 July 2020" / "July 9, 2020",
 * "July 2020", "2020"; "date unknown" for unknown, absent or malformed. Pair it with the ISO date in a
 * tooltip (`<time dateTime>` and `title`); exports keep the ISO date.
 */
export function formatDate(date: DateOrUnknown | undefined, locale?: string): string {
  const p = parts(date);
  if (!p) return 'date unknown';
  const precision = p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
  return formatterFor(precision, locale).format(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
}

/**
 * Display text for the time a role was held: "29 August 2016 to 25 December 2021", "since 2017",
 * "until 2016", "ended, dates unknown", "dates unknown".
 */
export function formatTenure(role: Pick<Role, 'start' | 'end' | 'status'>, locale?: string): string {
  const startKnown = daySpan(role.start) !== null;
  const ended = role.end !== undefined || role.status === 'former';
  const endKnown = daySpan(role.end) !== null;
  const start = formatDate(role.start, locale);
  const end = formatDate(role.end, locale);
  if (startKnown && endKnown) return `${start} to ${end}`;
  if (startKnown) return ended ? `from ${start}, end unknown` : `since ${start}`;
  if (endKnown) return `until ${end}`;
  return ended ? 'ended, dates unknown' : 'dates unknown';
}
