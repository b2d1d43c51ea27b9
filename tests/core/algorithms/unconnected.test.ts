import { describe, expect, it } from 'vitest';
import { visibleElements } from '../../../src/core/algorithms/filters.ts';
import { unconnectedNodes } from '../../../src/core/algorithms/unconnected.ts';
import { measuresAnnouncedOn } from '../../../src/core/algorithms/time.ts';
import { defaultViewState } from '../../../src/core/view/viewState.ts';
import { ids, tinyGraph } from './fixtures.ts';

describe('unconnectedNodes', () => {
  const graph = tinyGraph();
  const at = (asOf: string | null) => visibleElements(graph, { ...defaultViewState(), asOf });

  it('is empty when every relation is shown, and never names a node without relations', () => {
    expect(ids(unconnectedNodes(graph, at(null)))).toEqual([]);
    expect(unconnectedNodes(graph, at('2019-06-01')).has('lonely')).toBe(false);
  });

  it('names who has no measure or post in place yet at an early date, and not those who have', () => {
    // Mid-2019: the Bureau's measure (2019) and the two posts at the Bureau (Bob's undated) are in place; the
    // rest comes later.
    expect(ids(unconnectedNodes(graph, at('2019-06-01')))).toEqual(['acme', 'carol', 'mfa', 'state']);
    // After Alice's two measures of July 2020, Treasury, State and Alice are part of it; Acme and Carol not yet.
    expect(ids(unconnectedNodes(graph, at('2020-08-01')))).toEqual(['acme', 'carol', 'mfa']);
  });

  it('only looks at what is shown', () => {
    const shown = { nodes: new Set(['alice', 'treasury']), edges: new Set<string>() };
    expect(ids(unconnectedNodes(graph, shown))).toEqual(['alice', 'treasury']);
  });
});

describe('measuresAnnouncedOn', () => {
  const graph = tinyGraph();
  const all = new Set(graph.edges());

  it('names the measures of that very day, and none dated only by month or year', () => {
    expect(ids(measuresAnnouncedOn(graph, all, '2020-07-09'))).toEqual(['m-alice-blocking', 'm-alice-visa']);
    // The Bureau's measure is dated "2019": on no day of it.
    expect(ids(measuresAnnouncedOn(graph, all, '2019-01-01'))).toEqual([]);
  });

  it('only looks at the edges given, and never at posts or links', () => {
    expect(ids(measuresAnnouncedOn(graph, new Set(['m-alice-visa', 'r-alice-bureau']), '2020-07-09'))).toEqual([
      'm-alice-visa',
    ]);
  });
});
