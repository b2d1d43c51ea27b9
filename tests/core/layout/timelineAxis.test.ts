import { describe, expect, it } from 'vitest';
import { timelineTicks } from '../../../src/core/layout/timelineAxis.ts';
import { timelineLayout } from '../../../src/core/layout/timelineLayout.ts';
import { graphOf } from './helpers.ts';

describe('timelineTicks', () => {
  it('marks where each year starts, at the leftmost node of that year, in date order', () => {
    const dates = { 'us>a': '2018-12-21', 'us>b': '2020-07-09', 'eu>c': '2020-03-22', 'eu>d': '2021-03-22' };
    const graph = graphOf(['us', 'eu'], [...Object.keys(dates), 'lone'], dates);
    const p = timelineLayout(graph);
    const ticks = timelineTicks(graph, (id) => p.get(id));
    expect(ticks.map((t) => t.period)).toEqual(['2018', '2020', '2021']);
    const x = (id: string) => p.get(id)?.x ?? NaN;
    // 2020 starts with the eu's measure on c in March, before b in July.
    expect(ticks[1]?.x).toBe(Math.min(x('c'), x('eu')));
    expect(ticks[0]?.x).toBeLessThan(ticks[1]?.x ?? -Infinity);
    expect(ticks[1]?.x).toBeLessThan(ticks[2]?.x ?? -Infinity);
  });

  it('marks months when every date falls in one year', () => {
    const dates = { 'us>a': '2020-03-02', 'us>b': '2020-07-09', 'us>c': '2020-07-30' };
    const graph = graphOf(['us'], Object.keys(dates), dates);
    const p = timelineLayout(graph);
    expect(timelineTicks(graph, (id) => p.get(id)).map((t) => t.period)).toEqual(['2020-03', '2020-07']);
  });

  it('has no ticks without dates, and none for nodes not placed', () => {
    const graph = graphOf(['us'], ['us>a'], {});
    expect(timelineTicks(graph, () => ({ x: 0, y: 0 }))).toEqual([]);
    const dated = graphOf(['us'], ['us>a'], { 'us>a': '2020-03-02' });
    expect(timelineTicks(dated, () => undefined)).toEqual([]);
  });
});
