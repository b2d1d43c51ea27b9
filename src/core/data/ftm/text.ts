// Small text helpers shared by the FtM importer: slugs that fit our id format, a stable string hash,
// and the trimming of FtM dates and country codes to what our schema accepts.
import type { PartialDate } from '../../model/schema.ts';

/** Our record id format (see schema.ts). */
export const RECORD_ID = /^[a-z0-9][a-z0-9._:-]*$/;

/**
 * Lower-case ASCII slug of a text: accents dropped, every other run of characters a single "-",
 * cut at `maxLength` on a dash where possible. May be "" (e.g. for text in Chinese script).
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const dash = cut.lastIndexOf('-');
  return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** FNV-1a 32-bit hash, continued from `hash` when given (so a long text can be hashed chunk by chunk). */
export function fnv1a(text: string, hash = 0x811c9dc5): number {
  let h = hash >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A short base-36 tag of a text's hash, for ids that must stay unique. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36);
}

/** A date, optionally followed by a time ("T12:00:00", " 12:00"); nothing else may follow the date. */
const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.+Z-]*)?$/;
/** Years outside this range are not sanctions-era dates: "9999-12-31" is a placeholder, not a date. */
const MIN_YEAR = 1800;
const MAX_YEAR_AHEAD = 50;
// Read once: an import converts hundreds of thousands of dates (a Date per call was a tenth of the mapping).
const LATEST_YEAR = new Date().getUTCFullYear() + MAX_YEAR_AHEAD;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1-12) of year `y` (Gregorian leap years). */
function daysIn(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31);
}

/**
 * An FtM date ("2020", "2020-07", "2020-07-09", "2020-07-09T12:00:00") as our partial date, or undefined
 * when it is not a real date: an impossible month or day ("2020-13-45"), digits that only start like a year
 * ("20200709"), or a year far outside the range of any record. Callers report undefined as an invalid date;
 * nothing is rounded to a vaguer date silently.
 */
export function toPartialDate(value: string | undefined): PartialDate | undefined {
  if (value === undefined) return undefined;
  const match = DATE_PREFIX.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (year === undefined) return undefined;
  const y = Number(year);
  if (y < MIN_YEAR || y > LATEST_YEAR) return undefined;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return `${year}-${month}`;
  const d = Number(day);
  if (d < 1 || d > daysIn(y, m)) return undefined;
  return `${year}-${month}-${day}`;
}

/** The earliest valid partial date among FtM date values (partial dates sort before fuller ones of the same period). */
export function earliestDate(values: readonly string[]): PartialDate | undefined {
  let best: PartialDate | undefined;
  for (const value of values) {
    const date = toPartialDate(value);
    if (date !== undefined && (best === undefined || date < best)) best = date;
  }
  return best;
}

/** An FtM country code ("cn", "US") as an upper-case ISO 3166 two-letter code, or undefined (e.g. "suhh", "zz"). */
export function toCountryCode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && code !== 'ZZ' ? code : undefined;
}

/** White space other than single inner spaces: at either end, in a run, or not a plain space. */
const NEEDS_CLEANING = /^\s|\s$|\s\s|[^\S ]/;

/** Collapses runs of white space and trims. */
export function cleanText(value: string): string {
  // Most FtM values are clean already: test before building a new string.
  return NEEDS_CLEANING.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
}

/**
 * True when partial date `a` certainly lies before `b` ("2019" before "2020-05"; "2020" is not before
 * "2020-05": they overlap).
 */
export function isCertainlyBefore(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return a < b;
}
