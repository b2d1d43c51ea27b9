// What a reader types in a date field, read as a calendar day. The field shows dates as the rest of the app does
// (the reader's locale through Intl: "9 July 2020" or "July 9, 2020"), so it must read that back, and the ISO
// form ("2020-07-09") that links and exports use. Numbers alone ("9/7/2020") are read in the locale's order.
import { isIsoDay } from '../graph/dates.ts';

export type DayInput = { ok: true; day: string } | { ok: false; message: string };

const EXAMPLE = 'a date such as 9 July 2020 or 2020-07-09';

const monthTables = new Map<string, Map<string, number>>();

/** Month names (long and short, folded) of the locale and of English, mapped to 1..12 (made once per locale). */
function monthNames(locale: string | undefined): Map<string, number> {
  const known = monthTables.get(locale ?? '');
  if (known) return known;
  const names = new Map<string, number>();
  monthTables.set(locale ?? '', names);
  for (const loc of [locale, 'en']) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) names.set(fold(format.format(Date.UTC(2000, m - 1, 1))), m);
    }
  }
  return names;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

/** The order of day, month and year in the locale's numeric dates: ['day', 'month', 'year'] for en-GB. */
function numericOrder(locale: string | undefined): ('day' | 'month' | 'year')[] {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(
    Date.UTC(2000, 0, 31),
  );
  return parts.flatMap((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : []));
}

function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** Reads typed text as a day; an empty text is not a day (the caller clears the date instead). */
export function parseDayInput(text: string, locale?: string): DayInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Type ${EXAMPLE}.` };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return judged(isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])), trimmed);

  const words = fold(trimmed)
    .split(/[\s,./-]+/)
    .filter((w) => w !== '');
  const months = monthNames(locale);
  const named = words.findIndex((w) => months.has(w) || months.has(w.replace(/\.$/, '')));
  if (named >= 0 && words.length === 3) {
    const month = months.get(words[named] ?? '') ?? 0;
    const numbers = words.filter((_, i) => i !== named).map(Number);
    const [a, b] = numbers;
    if (a === undefined || b === undefined || numbers.some((n) => !Number.isInteger(n))) return notADay(trimmed);
    // The year is the number of four digits; the other is the day.
    const [day, year] = a > 31 ? [b, a] : [a, b];
    return judged(year >= 1000 ? isoOf(year, month, day) : null, trimmed);
  }
  if (words.length === 3 && words.every((w) => /^\d+$/.test(w))) {
    const order = numericOrder(locale);
    const value = (part: 'day' | 'month' | 'year') => Number(words[order.indexOf(part)]);
    const year = value('year');
    return judged(year >= 1000 ? isoOf(year, value('month'), value('day')) : null, trimmed);
  }
  return notADay(trimmed);
}

function judged(day: string | null, text: string): DayInput {
  return day === null ? notADay(text) : { ok: true, day };
}

function notADay(text: string): DayInput {
  return { ok: false, message: `“${text}” is not a date this field can read: type ${EXAMPLE}.` };
}
