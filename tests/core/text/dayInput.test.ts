import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/core/graph/dates.ts';
import { parseDayInput } from '../../../src/core/text/dayInput.ts';

const day = (text: string, locale?: string) => {
  const read = parseDayInput(text, locale);
  return read.ok ? read.day : null;
};

describe('parseDayInput', () => {
  it('reads back what the app shows, in the reader locale, for every day of a leap year', () => {
    for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR']) {
      for (let d = 0; d < 366; d++) {
        const iso = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
        expect(day(formatDate(iso, locale), locale)).toBe(iso);
      }
    }
  });

  it('reads the ISO form and English month names whatever the locale', () => {
    expect(day('2020-07-09', 'de-DE')).toBe('2020-07-09');
    expect(day(' 9 Jul 2020 ', 'fr-FR')).toBe('2020-07-09');
    expect(day('July 9, 2020', 'en-GB')).toBe('2020-07-09');
  });

  it('reads numbers alone in the order of the locale', () => {
    expect(day('9/7/2020', 'en-GB')).toBe('2020-07-09');
    expect(day('7/9/2020', 'en-US')).toBe('2020-07-09');
    expect(day('09.07.2020', 'de-DE')).toBe('2020-07-09');
  });

  it('refuses what is not a real day, with a message that shows what to type', () => {
    for (const text of ['2021-02-30', '31 June 2020', '2020-13-01', 'yesterday', '9 July', '9 July 20', '']) {
      const read = parseDayInput(text, 'en-GB');
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toContain('9 July 2020 or 2020-07-09');
    }
  });
});
