// The as-of rules the canvas and the panels share: what a real day is, when a dated measure is in place,
// and which as-of day a view can use.
import { describe, expect, it } from 'vitest';
import { inForceAt, usableAsOf } from '../../../src/core/algorithms/time.ts';
import { isIsoDay } from '../../../src/core/graph/dates.ts';

describe('isIsoDay', () => {
  it('accepts only real calendar days written YYYY-MM-DD', () => {
    for (const day of ['2020-07-09', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isIsoDay(day), day).toBe(true);
    for (const text of ['2021-02-29', '1900-02-29', '2020-13-01', '2020-00-10', '2020-07', '2020', '', '20200709'])
      expect(isIsoDay(text), text).toBe(false);
    for (const value of [null, undefined, 20200709, {}]) expect(isIsoDay(value)).toBe(false);
  });
});

describe('inForceAt', () => {
  it('shows a measure from the first day it may have been announced', () => {
    expect(inForceAt('2020-07-09', '2020-07-09')).toBe(true);
    expect(inForceAt('2020-07-09', '2020-07-08')).toBe(false);
    // "2020-07" stands for July: shown from 1 July, possibly announced later that month.
    expect(inForceAt('2020-07', '2020-07-01')).toBe(true);
    expect(inForceAt('2020-07', '2020-06-30')).toBe(false);
    expect(inForceAt('2020', '2020-01-01')).toBe(true);
    expect(inForceAt('2021', '2020-12-31')).toBe(false);
  });

  it('shows everything when there is no as-of day', () => {
    expect(inForceAt('2099-01-01', null)).toBe(true);
  });
});

describe('usableAsOf', () => {
  it('keeps a real day and drops a malformed one, so the graph shows everything rather than nothing', () => {
    expect(usableAsOf('2020-07-31')).toBe('2020-07-31');
    expect(usableAsOf('2020-02-30')).toBeNull();
    expect(usableAsOf('yesterday')).toBeNull();
    expect(usableAsOf(null)).toBeNull();
  });
});
