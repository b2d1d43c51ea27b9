import { describe, it, expect } from 'vitest';
import {
  compareDates,
  datePrecision,
  daySpan,
  earliestDay,
  formatDate,
  formatTenure,
  isOnOrBefore,
  latestDay,
  roleHeldOn,
  roleTenureOn,
} from '../../../src/core/graph/dates.ts';
import type { Role } from '../../../src/core/model/schema.ts';

type Tenured = Pick<Role, 'start' | 'end' | 'status'>;

describe('daySpan', () => {
  it('gives the first and last day a partial date may denote', () => {
    expect(daySpan('2020')).toEqual({ earliest: '2020-01-01', latest: '2020-12-31' });
    expect(daySpan('2020-07')).toEqual({ earliest: '2020-07-01', latest: '2020-07-31' });
    expect(daySpan('2020-07-09')).toEqual({ earliest: '2020-07-09', latest: '2020-07-09' });
  });

  it('knows month lengths, leap years included', () => {
    expect(latestDay('2020-02')).toBe('2020-02-29');
    expect(latestDay('2021-02')).toBe('2021-02-28');
    expect(latestDay('2021-04')).toBe('2021-04-30');
    expect(earliestDay('2021-12')).toBe('2021-12-01');
  });

  it('has no span for unknown, absent or impossible dates', () => {
    expect(daySpan('unknown')).toBeNull();
    expect(daySpan(undefined)).toBeNull();
    expect(daySpan('2021-02-30')).toBeNull();
    expect(daySpan('2021-13')).toBeNull();
    expect(earliestDay('unknown')).toBeNull();
  });

  it('reports precision', () => {
    expect(datePrecision('2020')).toBe('year');
    expect(datePrecision('2020-07')).toBe('month');
    expect(datePrecision('2020-07-09')).toBe('day');
    expect(datePrecision('unknown')).toBe('unknown');
  });
});

describe('isOnOrBefore', () => {
  it('compares full dates, the same day counting as on or before', () => {
    expect(isOnOrBefore('2020-07-09', '2020-07-09')).toBe(true);
    expect(isOnOrBefore('2020-07-08', '2020-07-09')).toBe(true);
    expect(isOnOrBefore('2020-07-10', '2020-07-09')).toBe(false);
  });

  it('by default answers only what holds whatever the missing parts are', () => {
    expect(isOnOrBefore('2020-07', '2020-07-31')).toBe(true);
    expect(isOnOrBefore('2020-07', '2020-07-09')).toBe(false);
    expect(isOnOrBefore('2019', '2020-01-01')).toBe(true);
    expect(isOnOrBefore('2020-07-09', '2020')).toBe(false);
  });

  it('in possibly mode accepts overlapping spans', () => {
    expect(isOnOrBefore('2020-07', '2020-07-09', { mode: 'possibly' })).toBe(true);
    expect(isOnOrBefore('2020-07-09', '2020', { mode: 'possibly' })).toBe(true);
    expect(isOnOrBefore('2020-08', '2020-07-09', { mode: 'possibly' })).toBe(false);
  });

  it('says nothing about unknown dates', () => {
    expect(isOnOrBefore('unknown', '2020-07-09')).toBe(false);
    expect(isOnOrBefore('2020-07-09', 'unknown', { mode: 'possibly' })).toBe(false);
  });
});

describe('compareDates', () => {
  it('sorts chronologically, less precise first on the same start, unknown last', () => {
    const dates = ['unknown', '2021-12-10', '2020-07', '2020-07-09', '2019', '2020-07-01'];
    expect([...dates].sort(compareDates)).toEqual([
      '2019',
      '2020-07',
      '2020-07-01',
      '2020-07-09',
      '2021-12-10',
      'unknown',
    ]);
  });
});

describe('roleTenureOn / roleHeldOn', () => {
  const xuarSecretary: Tenured = { start: '2016-08-29', end: '2021-12-25', status: 'former' };

  it('holds a dated role between its start and its end, both days included', () => {
    expect(roleHeldOn(xuarSecretary, '2020-07-09')).toBe(true);
    expect(roleHeldOn(xuarSecretary, '2016-08-29')).toBe(true);
    expect(roleHeldOn(xuarSecretary, '2021-12-25')).toBe(true);
    expect(roleTenureOn(xuarSecretary, '2016-08-28')).toBe('notHeld');
    expect(roleTenureOn(xuarSecretary, '2021-12-26')).toBe('notHeld');
  });

  it('treats an absent end as still held', () => {
    const open: Tenured = { start: '2021-01', status: 'current' };
    expect(roleHeldOn(open, '2030-01-01')).toBe(true);
    expect(roleTenureOn(open, '2020-12-31')).toBe('notHeld');
  });

  it('treats an unknown start as held if the end allows it', () => {
    expect(roleHeldOn({ start: 'unknown', status: 'current' }, '2020-07-09')).toBe(true);
    expect(roleHeldOn({ start: 'unknown', end: '2021-01', status: 'former' }, '2020-07-09')).toBe(true);
    expect(roleTenureOn({ start: 'unknown', end: '2016', status: 'former' }, '2020-07-09')).toBe('notHeld');
  });

  it('does not assume a role that ended at an unknown date is held', () => {
    const endedUnknown: Tenured = { start: 'unknown', end: 'unknown', status: 'former' };
    expect(roleHeldOn(endedUnknown, '2020-07-09')).toBe(false);
    expect(roleTenureOn(endedUnknown, '2020-07-09')).toBe('uncertain');
    const formerNoEnd: Tenured = { start: '2017', status: 'former' };
    expect(roleHeldOn(formerNoEnd, '2020-07-09')).toBe(false);
    expect(roleTenureOn(formerNoEnd, '2016-06-01')).toBe('notHeld');
  });

  it('is uncertain where partial dates straddle the day asked about', () => {
    const politburo: Tenured = { start: '2017', end: '2022', status: 'former' };
    expect(roleTenureOn(politburo, '2017-05-01')).toBe('uncertain');
    expect(roleTenureOn(politburo, '2020-07-09')).toBe('held');
    expect(roleTenureOn(politburo, '2022-03-01')).toBe('uncertain');
    expect(roleTenureOn(politburo, '2023-01-01')).toBe('notHeld');
  });

  it('accepts a month or year as the date asked about, meaning all of it', () => {
    expect(roleTenureOn(xuarSecretary, '2020')).toBe('held');
    expect(roleTenureOn(xuarSecretary, '2016')).toBe('uncertain');
    expect(roleTenureOn(xuarSecretary, '2015')).toBe('notHeld');
    expect(roleTenureOn(xuarSecretary, 'unknown')).toBe('uncertain');
  });
});

describe('formatDate and formatTenure', () => {
  it('writes dates as precisely as they are known', () => {
    expect(formatDate('2020-07-09', 'en-GB')).toBe('9 July 2020');
    expect(formatDate('2020-07', 'en-GB')).toBe('July 2020');
    expect(formatDate('2020')).toBe('2020');
    expect(formatDate('unknown')).toBe('date unknown');
    expect(formatDate(undefined)).toBe('date unknown');
  });

  it("follows the reader's locale: one format for every date in the app", () => {
    expect(formatDate('2020-07-09', 'en-US')).toBe('July 9, 2020');
    expect(formatDate('2020-07-09', 'de-DE')).toBe('9. Juli 2020');
    // A calendar day stays that day in any time zone (formatted in UTC).
    expect(formatDate('2020-01-01', 'en-GB')).toBe('1 January 2020');
  });

  it('writes the time a post was held', () => {
    expect(formatTenure({ start: '2016-08-29', end: '2021-12-25', status: 'former' }, 'en-GB')).toBe(
      '29 August 2016 to 25 December 2021',
    );
    expect(formatTenure({ start: '2021-01', status: 'current' }, 'en-GB')).toBe('since January 2021');
    expect(formatTenure({ start: 'unknown', end: '2016', status: 'former' })).toBe('until 2016');
    expect(formatTenure({ start: '2017', end: 'unknown', status: 'former' })).toBe('from 2017, end unknown');
    expect(formatTenure({ start: 'unknown', end: 'unknown', status: 'former' })).toBe('ended, dates unknown');
    expect(formatTenure({ start: 'unknown', status: 'unknown' })).toBe('dates unknown');
  });
});
