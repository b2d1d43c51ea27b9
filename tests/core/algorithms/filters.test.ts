import { describe, expect, it } from 'vitest';
import {
  buildFilterIndex,
  buildFilterIndexInSlices,
  filterOptionCounts,
  filteredElements,
  filteredElementsInSlices,
  visibleElements,
} from '../../../src/core/algorithms/filters.ts';
import { atDate } from '../../../src/core/algorithms/time.ts';
import { defaultFilters, defaultViewState, type Filters, type ViewState } from '../../../src/core/view/viewState.ts';
import { expectCountsToPredictUnticking } from './assertions.ts';
import { ids, tinyGraph } from './fixtures.ts';

const graph = tinyGraph();
const withFilters = (filters: Partial<Filters>, rest: Partial<ViewState> = {}): ViewState => ({
  ...defaultViewState(),
  ...rest,
  filters: { ...defaultFilters(), ...filters },
});

describe('visibleElements: filters', () => {
  it('shows everything by default', () => {
    const visible = visibleElements(graph, defaultViewState());
    expect(visible.nodes.size).toBe(graph.order);
    expect(visible.edges.size).toBe(graph.size);
  });

  it('hides a node kind with its edges, and nothing else', () => {
    const visible = visibleElements(graph, withFilters({ nodeKinds: ['company'] }));
    expect(visible.nodes.has('acme')).toBe(false);
    expect(visible.nodes.size).toBe(graph.order - 1);
    expect(ids(graph.edges().filter((e) => !visible.edges.has(e)))).toEqual(['m-acme-investment', 'r-bob-acme']);
  });

  it("hides a body's measures but not the body itself", () => {
    const visible = visibleElements(graph, withFilters({ bodies: ['treasury'] }));
    expect(visible.nodes.has('treasury')).toBe(true);
    const hidden = graph.edges().filter((e) => !visible.edges.has(e));
    expect(ids(hidden)).toEqual([
      'm-acme-investment',
      'm-alice-blocking',
      'm-alice-visa-treasury',
      'm-bureau-blocking',
    ]);
  });

  it('hides measures by kind and by status', () => {
    const byKind = visibleElements(graph, withFilters({ measureKinds: ['visaBan'] }));
    expect(ids(graph.edges().filter((e) => !byKind.edges.has(e)))).toEqual(['m-alice-visa', 'm-alice-visa-treasury']);
    const byStatus = visibleElements(graph, withFilters({ measureStatuses: ['lifted'] }));
    expect(ids(graph.edges().filter((e) => !byStatus.edges.has(e)))).toEqual(['m-bureau-blocking']);
  });

  it('hides nodes by country, "" standing for nodes without one', () => {
    const noCountry = visibleElements(graph, withFilters({ countries: [''] }));
    expect(ids(graph.nodes().filter((n) => !noCountry.nodes.has(n)))).toEqual(['island-a', 'island-b', 'lonely']);
    expect(noCountry.edges.has('l-islands')).toBe(false);
    const us = visibleElements(graph, withFilters({ countries: ['US'] }));
    expect(us.nodes.has('carol')).toBe(false);
    expect(us.edges.has('m-alice-blocking')).toBe(false);
  });

  it('keeps a node whose edges are all hidden (outside focus mode)', () => {
    const visible = visibleElements(
      graph,
      withFilters({ measureKinds: ['blocking', 'visaBan'], nodeKinds: ['agency'] }),
    );
    expect(visible.nodes.has('alice')).toBe(true);
    expect([...visible.edges].some((e) => graph.hasExtremity(e, 'alice'))).toBe(false);
    expect(visible.nodes.has('lonely')).toBe(true);
  });

  it('shows at a date exactly the edges in place then (time.ts), hiding no node', () => {
    const visible = visibleElements(graph, { ...defaultViewState(), asOf: '2020-07-08' });
    expect(ids(visible.edges)).toEqual(ids(atDate(graph, '2020-07-08').edges));
    expect(visible.edges.has('m-alice-blocking')).toBe(false);
    expect(visible.nodes.size).toBe(graph.order);
    expect(() => visibleElements(graph, { ...defaultViewState(), asOf: '2020-13-01' })).toThrow(/time:/);
  });

  it('gives the same result with a prebuilt index', () => {
    const index = buildFilterIndex(graph);
    const view = withFilters({ nodeKinds: ['company'] }, { asOf: '2021-12-31' });
    expect(visibleElements(graph, view, index)).toEqual(visibleElements(graph, view));
  });

  it('builds the same index in slices, pausing after every slice of relations', () => {
    const slices = buildFilterIndexInSlices(graph, 2);
    let pauses = 0;
    let step = slices.next();
    while (!step.done) {
      pauses += 1;
      step = slices.next();
    }
    expect(pauses).toBe(Math.floor(graph.size / 2));
    expect(step.value).toEqual(buildFilterIndex(graph));
  });
  it('filters in slices with the same result, pausing after every slice of nodes and relations', () => {
    const index = buildFilterIndex(graph);
    const narrowed = withFilters({ nodeKinds: ['company'], bodies: ['treasury'] }, { asOf: '2021-12-31' });
    const views = [defaultViewState(), narrowed, withFilters({ measureKinds: ['visaBan'] }, { asOf: '2019-01-01' })];
    for (const view of views) {
      const slices = filteredElementsInSlices(view, index, 3);
      let pauses = 0;
      let step = slices.next();
      while (!step.done) {
        pauses += 1;
        step = slices.next();
      }
      expect(pauses).toBe(Math.floor((graph.order + graph.size) / 3));
      expect(step.value).toEqual(filteredElements(graph, view, index));
    }
    // The views differ, so the comparison above is not between empty sets.
    expect(filteredElements(graph, narrowed, index).edges.size).toBeLessThan(graph.size);
  });
});

describe('visibleElements: focus and expansions', () => {
  it('shows only the neighbourhood of the focused node, deeper with depth', () => {
    const one = visibleElements(graph, { ...defaultViewState(), focus: { node: 'alice', depth: 1 } });
    expect(ids(one.nodes)).toEqual(['alice', 'bureau', 'state', 'treasury']);
    expect(one.nodes.has('lonely')).toBe(false);
    const two = visibleElements(graph, { ...defaultViewState(), focus: { node: 'alice', depth: 2 } });
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    expect(two.nodes.has('bob')).toBe(true);
  });

  it('walks only what the filters leave', () => {
    const view = withFilters({ nodeKinds: ['agency'] }, { focus: { node: 'alice', depth: 2 } });
    expect(ids(visibleElements(graph, view).nodes)).toEqual(['acme', 'alice', 'state', 'treasury']);
  });

  it('adds expansions of shown nodes, in any order, with every allowed edge between shown nodes', () => {
    const view: ViewState = {
      ...defaultViewState(),
      focus: { node: 'carol', depth: 1 },
      expanded: [
        { node: 'acme', kind: 'roles' }, // acme shows only once treasury is expanded
        { node: 'treasury', kind: 'measures' },
        { node: 'mfa', kind: 'measures' },
      ],
    };
    const visible = visibleElements(graph, view);
    expect(visible.nodes.has('treasury')).toBe(false); // mfa's measures reach carol only
    const view2: ViewState = { ...view, expanded: [...view.expanded, { node: 'carol', kind: 'links' }] };
    expect(visibleElements(graph, view2).nodes.size).toBe(2);

    const focusAlice: ViewState = { ...view, focus: { node: 'alice', depth: 1 } };
    const expanded = visibleElements(graph, focusAlice);
    expect(expanded.nodes.has('acme')).toBe(true);
    expect(expanded.nodes.has('bob')).toBe(true);
    expect(expanded.edges.has('r-bob-bureau')).toBe(true); // both ends shown, so the edge shows
  });

  it('ignores an expansion of a node that is not shown', () => {
    const view: ViewState = {
      ...defaultViewState(),
      focus: { node: 'alice', depth: 1 },
      expanded: [{ node: 'island-a', kind: 'links' }],
    };
    expect(visibleElements(graph, view).nodes.has('island-b')).toBe(false);
  });

  it('keeps the focused node even when a filter hides its kind, without its edges', () => {
    const view = withFilters({ nodeKinds: ['company'] }, { focus: { node: 'acme', depth: 2 } });
    expect(visibleElements(graph, view)).toEqual({ nodes: new Set(['acme']), edges: new Set() });
  });

  it('ignores a focus on a node not in the graph', () => {
    const view: ViewState = { ...defaultViewState(), focus: { node: 'gone', depth: 2 } };
    expect(visibleElements(graph, view).nodes.size).toBe(graph.order);
  });
});

describe('filterOptionCounts', () => {
  it('counts each option', () => {
    const counts = filterOptionCounts(graph, defaultViewState());
    expect(counts.nodeKinds.map((o) => [o.value, o.count])).toEqual([
      ['person', 4],
      ['agency', 1],
      ['company', 1],
      ['sanctioningBody', 3],
      ['organization', 2],
    ]);
    expect(counts.nodeKinds.find((o) => o.value === 'person')?.label).toBe('Person');
    expect(counts.bodies.map((o) => [o.value, o.count])).toEqual([
      ['mfa', 1],
      ['state', 1],
      ['treasury', 4],
    ]);
    expect(counts.measureStatuses.map((o) => [o.value, o.count])).toEqual([
      ['inForce', 5],
      ['lifted', 1],
    ]);
    expect(counts.countries.map((o) => o.label)).toEqual(['China', 'United States', 'No country']);
  });

  it('keeps a hidden option listed, marked hidden, with the count it would bring back', () => {
    const counts = filterOptionCounts(graph, withFilters({ nodeKinds: ['company'], bodies: ['treasury'] }));
    expect(counts.nodeKinds.find((o) => o.value === 'company')).toMatchObject({ count: 1, hidden: true });
    expect(counts.bodies.find((o) => o.value === 'treasury')).toMatchObject({ count: 3, hidden: true }); // acme hidden
  });

  const views: [string, ViewState][] = [
    ['the default view', defaultViewState()],
    [
      'a view with a date and other filters',
      withFilters({ countries: ['US'], measureStatuses: ['lifted'] }, { asOf: '2021-01-01' }),
    ],
  ];
  for (const [name, view] of views) {
    it(`predicts how much unticking each option removes, in ${name}`, () => {
      expectCountsToPredictUnticking(graph, view);
    });
  }
});
