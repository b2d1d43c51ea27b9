import { describe, expect, it } from 'vitest';
import { firstMeasureDays, timelineLayout } from '../../../src/core/layout/timelineLayout.ts';
import { NODE_SPACING } from '../../../src/core/layout/types.ts';
import { closestPair, graphOf, reversed } from './helpers.ts';

describe('timelineLayout', () => {
  const dates = {
    'us>a': '2018-12-21',
    'us>b': '2020-07-09',
    'eu>a': '2021-03-22',
    'eu>c': '2021-03-22',
    'eu>d': '2021-03-22',
  };
  const graph = graphOf(['us', 'eu'], [...Object.keys(dates), 'us>z', 'x-b', 'lone'], dates);
  const p = timelineLayout(graph);
  const at = (id: string) => p.get(id) ?? { x: NaN, y: NaN };

  it('reads the first dated measure of each node', () => {
    const days = firstMeasureDays(graph);
    expect(days.get('a')).toBe(Date.UTC(2018, 11, 21) / 86_400_000);
    expect(days.get('eu')).toBe(Date.UTC(2021, 2, 22) / 86_400_000);
    expect(days.has('z')).toBe(false);
  });

  it('orders nodes left to right by the date of their first measure', () => {
    expect(at('a').x).toBeLessThan(at('b').x);
    expect(at('b').x).toBeLessThan(at('c').x);
    expect(Math.abs(at('us').x - at('a').x)).toBeLessThan(NODE_SPACING);
  });

  it('stacks the targets of one date in one column, bodies above them', () => {
    expect(at('c').x).toBe(at('d').x);
    expect(at('c').y).not.toBe(at('d').y);
    expect(at('eu').y).toBeLessThan(Math.min(at('c').y, at('d').y));
  });

  it('gives an undated node the date of its neighbour, and puts the rest beside', () => {
    expect(at('x').x).toBe(at('b').x);
    const right = Math.max(...['a', 'b', 'c', 'd', 'x', 'us', 'eu'].map((id) => at(id).x));
    expect(at('lone').x).toBeGreaterThan(right);
    expect(closestPair(p)).toBeGreaterThanOrEqual(NODE_SPACING);
  });

  it('gives the same positions whatever order the data lists nodes and edges in', () => {
    expect(timelineLayout(reversed(graph))).toEqual(p);
  });
});
