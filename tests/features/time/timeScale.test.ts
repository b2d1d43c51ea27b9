// The time bar's arithmetic: days on the slider, bars placed on the span, and which play step a date is at.
import { isIsoDay } from '../../../src/core/graph/dates.ts';
import { describe, expect, it } from 'vitest';
import { measureHistogram, timelineSteps, type TimelineStep } from '../../../src/core/algorithms/time.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import {
  addDays,
  currentStepIndex,
  daysBetween,
  neighbourStep,
  placeBars,
  sliderKeyStep,
  stepIndexAt,
  timeSpan,
} from '../../../src/features/time/timeScale.ts';

const step = (asOf: string, action = asOf): TimelineStep => ({
  action,
  date: asOf,
  title: action,
  body: 'b',
  label: `${asOf}: ${action}`,
  measureCount: 1,
  cumulativeMeasureCount: 1,
  asOf,
});

describe('days', () => {
  it('counts days across month ends, leap days and years', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-12-31', '2020-01-01')).toBe(1);
    expect(daysBetween('2020-01-01', '2019-12-31')).toBe(-1);
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });

  it('addDays and daysBetween undo each other over the whole timeline', () => {
    for (let n = 0; n < 900; n += 7) expect(daysBetween('2019-10-07', addDays('2019-10-07', n))).toBe(n);
  });

  it('accepts only real calendar days', () => {
    expect(isIsoDay('2020-07-09')).toBe(true);
    expect(isIsoDay('2020-02-30')).toBe(false);
    expect(isIsoDay('2020-07')).toBe(false);
    expect(isIsoDay('')).toBe(false);
    expect(isIsoDay('20200709')).toBe(false);
  });
});

describe('steps', () => {
  const steps = [step('2019-10-07', 'a'), step('2020-07-09', 'b'), step('2020-07-09', 'c'), step('2021-12-21', 'd')];

  it('finds the last step on or before a date', () => {
    expect(stepIndexAt(steps, null)).toBe(-1);
    expect(stepIndexAt(steps, '2019-01-01')).toBe(-1);
    expect(stepIndexAt(steps, '2019-10-07')).toBe(0);
    expect(stepIndexAt(steps, '2020-07-09')).toBe(2);
    expect(stepIndexAt(steps, '2030-01-01')).toBe(3);
  });

  it('keeps the chosen step among several on one day, but not once the date moves', () => {
    expect(currentStepIndex(steps, '2020-07-09', 1)).toBe(1);
    expect(currentStepIndex(steps, '2020-08-01', 1)).toBe(2);
    expect(currentStepIndex(steps, null, 1)).toBe(-1);
  });

  it('Next from no date is the first step, Previous from no date the last; none past the ends', () => {
    expect(neighbourStep(steps, -1, null, 1)).toBe(0);
    expect(neighbourStep(steps, -1, null, -1)).toBe(3);
    expect(neighbourStep(steps, 1, '2020-07-09', 1)).toBe(2);
    expect(neighbourStep(steps, 3, '2021-12-21', 1)).toBeNull();
    expect(neighbourStep(steps, 0, '2019-10-07', -1)).toBeNull();
    expect(neighbourStep(steps, -1, '2019-01-01', 1)).toBe(0);
    expect(neighbourStep([], -1, null, 1)).toBeNull();
  });
});

describe('span and bars on the bundled data', () => {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('bundled data does not load');
  const graph = buildGraph(dataset);
  const steps = timelineSteps(graph, dataset.actions);
  const histogram = measureHistogram(graph);
  const span = timeSpan(steps, histogram);

  it('covers the first action to the last (2019-10-07 to 2022-01-10) and every histogram month', () => {
    expect(span?.start).toBe('2019-10-01');
    expect(span?.end).toBe('2022-01-10');
    expect(span?.length).toBe(daysBetween('2019-10-01', '2022-01-10'));
  });

  it('places bars in order, inside the span, a month wide, the July 2020 bar holding its 8 measures', () => {
    if (!span) throw new Error('no span');
    const bars = placeBars(histogram, span);
    expect(bars.length).toBe(histogram.length);
    bars.forEach((bar, i) => {
      expect(bar.left).toBeGreaterThanOrEqual(0);
      expect(bar.right).toBeLessThanOrEqual(1);
      expect(bar.right).toBeGreaterThan(bar.left);
      if (i > 0) expect(bar.left).toBeCloseTo(bars[i - 1]?.right ?? -1, 9);
    });
    const july = bars.find((b) => b.month === '2020-07');
    expect(july?.count).toBe(8);
    expect(july?.first).toBe('2020-07-01');
    expect(july?.last).toBe('2020-07-31');
    // The slider day of 2020-07-09 falls inside the July bar.
    const at = daysBetween(span.start, '2020-07-09') / span.length;
    expect(at).toBeGreaterThanOrEqual(july?.left ?? 2);
    expect(at).toBeLessThanOrEqual(july?.right ?? -1);
  });

  it('is null when nothing is dated', () => {
    expect(timeSpan([], [])).toBeNull();
  });
});

describe('sliderKeyStep: the slider moves by action', () => {
  it('arrows and PageUp/PageDown go to the next and previous action, Home to the start, End to the last action', () => {
    expect(sliderKeyStep('ArrowRight', 11, 3, 5)).toBe(5);
    expect(sliderKeyStep('PageUp', 11, 3, 5)).toBe(5);
    expect(sliderKeyStep('ArrowUp', 11, 3, 5)).toBe(5);
    expect(sliderKeyStep('ArrowLeft', 11, 3, 5)).toBe(3);
    expect(sliderKeyStep('PageDown', 11, 3, 5)).toBe(3);
    expect(sliderKeyStep('Home', 11, 3, 5)).toBe('start');
    expect(sliderKeyStep('End', 11, 3, 5)).toBe(10);
  });

  it('at an end the key leads nowhere; other keys are not the slider’s', () => {
    expect(sliderKeyStep('ArrowRight', 11, 9, null)).toBeNull();
    expect(sliderKeyStep('Tab', 11, 3, 5)).toBeUndefined();
  });
});
