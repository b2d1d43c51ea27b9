import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import {
  atDate,
  heldAt,
  measureAnnouncedBy,
  measureHistogram,
  timelineSteps,
} from '../../../src/core/algorithms/time.ts';
import type { SanctionsGraph } from '../../../src/core/graph/build.ts';
import { tinyDataset, tinyGraph } from './fixtures.ts';

describe('measureAnnouncedBy and heldAt', () => {
  it('say maybe while a day falls inside an imprecise span', () => {
    expect(measureAnnouncedBy({ announced: '2020-07' }, '2020-06-30')).toBe('no');
    expect(measureAnnouncedBy({ announced: '2020-07' }, '2020-07-15')).toBe('maybe');
    expect(measureAnnouncedBy({ announced: '2020-07' }, '2020-08-01')).toBe('yes');
    expect(measureAnnouncedBy({ announced: '2020' }, '2019-12-31')).toBe('no');
    expect(heldAt({ start: '2016-08', end: '2021-12-25' }, '2021-12-25')).toBe('yes');
    expect(heldAt({ start: '2016-08', end: '2021-12-25' }, '2021-12-26')).toBe('no');
    expect(heldAt({ start: 'unknown' }, '1990-01-01')).toBe('yes');
    expect(heldAt({ start: '2010', end: 'unknown' }, '2030-01-01')).toBe('maybe');
    expect(heldAt({ start: '2010', status: 'former' }, '2030-01-01')).toBe('maybe');
    expect(heldAt({ start: 'unknown', end: '2015' }, '2016-01-01')).toBe('no');
    expect(heldAt({}, '2016-01-01')).toBe('yes');
  });
});

describe('atDate', () => {
  const graph = tinyGraph();

  it('keeps measures announced on or before the day and drops later ones', () => {
    const before = atDate(graph, '2020-07-08');
    expect(before.edges.has('m-alice-blocking')).toBe(false);
    expect(before.edges.has('m-alice-visa')).toBe(false);
    expect(before.edges.has('m-bureau-blocking')).toBe(true);
    const onTheDay = atDate(graph, '2020-07-09');
    expect(onTheDay.edges.has('m-alice-blocking')).toBe(true);
    expect(onTheDay.edges.has('m-alice-visa')).toBe(true);
    expect(onTheDay.edges.has('m-acme-investment')).toBe(false);
  });

  it('drops ended roles, keeps open ones, and keeps roles with an unknown start', () => {
    const held = atDate(graph, '2021-12-25');
    expect(held.edges.has('r-alice-bureau')).toBe(true);
    const after = atDate(graph, '2021-12-26');
    expect(after.edges.has('r-alice-bureau')).toBe(false);
    expect(after.edges.has('r-bob-bureau')).toBe(true);
    expect(after.uncertain.has('r-bob-bureau')).toBe(false); // an unknown start counts as long before
    expect(after.edges.has('r-bob-acme')).toBe(false);
    expect(atDate(graph, '2022-01-01').edges.has('r-bob-acme')).toBe(true);
    expect(after.edges.has('l-islands')).toBe(true);
  });

  it('lists as uncertain what shows only because its date is imprecise', () => {
    const slice = atDate(graph, '2019-06-01');
    expect(slice.edges.has('m-bureau-blocking')).toBe(true); // announced "2019"
    expect([...slice.uncertain]).toEqual(['m-bureau-blocking']);
    expect(atDate(graph, '2020-01-01').uncertain.has('m-bureau-blocking')).toBe(false);
  });

  it('rejects a day that is not YYYY-MM-DD or not in the calendar', () => {
    expect(() => atDate(graph, '2020-02-30')).toThrow(/time: expected a day/);
    expect(() => atDate(graph, '2020-7-1')).toThrow(/time:/);
    expect(() => atDate(graph, '')).toThrow(/time:/);
  });

  it('does not change the graph', () => {
    const before = graph.export();
    atDate(graph, '2020-01-01');
    expect(graph.export()).toEqual(before);
  });
});

describe('measureHistogram', () => {
  it('counts every month from the first to the last, empty ones included, and sums to the measures', () => {
    const histogram = measureHistogram(tinyGraph());
    expect(histogram[0]).toEqual({ month: '2019-01', count: 1 }); // year-only date counts in January
    expect(histogram[histogram.length - 1]).toEqual({ month: '2021-12', count: 3 });
    expect(histogram).toHaveLength(36);
    expect(histogram.find((m) => m.month === '2020-07')?.count).toBe(2);
    expect(histogram.find((m) => m.month === '2020-08')?.count).toBe(0);
    expect(histogram.reduce((sum, m) => sum + m.count, 0)).toBe(tinyDataset().measures.length);
    const months = histogram.map((m) => m.month);
    expect([...months].sort()).toEqual(months);
  });

  it('is empty for a graph without measures', () => {
    const empty: SanctionsGraph = new MultiDirectedGraph();
    expect(measureHistogram(empty)).toEqual([]);
  });
});

describe('timelineSteps', () => {
  it('orders actions by date, keeping the given order on ties, and labels and counts each', () => {
    const actions = [...tinyDataset().actions].reverse();
    const steps = timelineSteps(tinyGraph(), actions);
    expect(steps.map((s) => s.action)).toEqual(['a5', 'a2', 'a1', 'a3', 'a4', 'a6']);
    const a3 = steps.find((s) => s.action === 'a3');
    expect(a3?.label).toBe('2021-12-10: Treasury lists Acme');
    expect(a3?.measureCount).toBe(2);
    expect(steps.find((s) => s.action === 'a6')?.measureCount).toBe(0);
    expect(steps.map((s) => s.cumulativeMeasureCount)).toEqual([1, 2, 3, 5, 6, 6]);
  });

  it('gives each step a day at which all its measures show', () => {
    const graph = tinyGraph();
    for (const step of timelineSteps(graph, tinyDataset().actions)) {
      const shown = atDate(graph, step.asOf).edges;
      graph.forEachEdge((edge, attributes) => {
        if (attributes.kind === 'measure' && attributes.record.action === step.action)
          expect(shown.has(edge)).toBe(true);
      });
    }
    expect(timelineSteps(graph, tinyDataset().actions)[0]?.asOf).toBe('2019-01-01');
  });
});

describe('undated imported measures', () => {
  it('stay out of the histogram and the play steps (their year 1900 is a placeholder)', async () => {
    const { UNDATED_ANNOUNCED } = await import('../../../src/core/data/ftm/undated.ts');
    const { buildGraph } = await import('../../../src/core/graph/build.ts');
    const dataset = tinyDataset();
    const template = dataset.measures[0];
    const firstAction = dataset.actions[0];
    if (!template || !firstAction) throw new Error('fixture has no measure');
    dataset.actions.push({ ...firstAction, id: 'a-undated', date: UNDATED_ANNOUNCED, title: 'Undated listing' });
    dataset.measures.push({
      ...template,
      id: 'm-undated',
      action: 'a-undated',
      announced: UNDATED_ANNOUNCED,
      undated: true,
    });
    const graph = buildGraph(dataset);
    const histogram = measureHistogram(graph);
    expect(histogram[0]?.month).toBe(measureHistogram(tinyGraph())[0]?.month);
    expect(histogram.reduce((n, m) => n + m.count, 0)).toBe(dataset.measures.length - 1);
    expect(timelineSteps(graph, dataset.actions).map((s) => s.action)).not.toContain('a-undated');
  });
});

describe('a measure with an end date', () => {
  it('is in the graph from its announcement to its end, and gone after', async () => {
    const { measureAnnouncedBy } = await import('../../../src/core/algorithms/time.ts');
    const measure = { announced: '2021-10-30', end: '2024-10-30' };
    expect(measureAnnouncedBy(measure, '2021-10-29')).toBe('no');
    expect(measureAnnouncedBy(measure, '2024-10-30')).toBe('yes');
    expect(measureAnnouncedBy(measure, '2024-10-31')).toBe('no');
    expect(measureAnnouncedBy({ announced: '2021-10-30' }, '2099-01-01')).toBe('yes');
  });
});
