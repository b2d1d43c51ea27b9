import { describe, expect, it } from 'vitest';
import { expand, expansionCounts, neighbourhood } from '../../../src/core/algorithms/neighbourhood.ts';
import { ids, tinyGraph } from './fixtures.ts';

describe('neighbourhood', () => {
  const graph = tinyGraph();

  it('walks edges both ways: depth 1 holds the bodies that sanctioned Alice and the bureau she worked in', () => {
    const result = neighbourhood(graph, 'alice', 1);
    expect(ids(result.nodes)).toEqual(['alice', 'bureau', 'state', 'treasury']);
    expect(ids(result.edges)).toEqual([
      'm-alice-blocking',
      'm-alice-visa',
      'm-alice-visa-treasury',
      'm-bureau-blocking',
      'r-alice-bureau',
    ]);
    expect(result.distance.get('treasury')).toBe(1);
  });

  it('grows with depth and records distances', () => {
    const result = neighbourhood(graph, 'alice', 2);
    expect(ids(result.nodes)).toEqual(['acme', 'alice', 'bob', 'bureau', 'state', 'treasury']);
    expect(result.distance.get('bob')).toBe(2);
    expect(result.nodes.has('island-a')).toBe(false);
    expect(neighbourhood(graph, 'alice', 3).nodes.size).toBe(6);
    expect(ids(neighbourhood(graph, 'alice', 0).nodes)).toEqual(['alice']);
  });

  it('walks only the allowed elements when given `within`', () => {
    const all = neighbourhood(graph, 'alice', 3);
    const within = {
      nodes: all.nodes,
      edges: new Set([...all.edges].filter((e) => e !== 'r-alice-bureau' && e !== 'm-bureau-blocking')),
    };
    const result = neighbourhood(graph, 'alice', 2, { within });
    expect(result.nodes.has('bureau')).toBe(false);
    expect(result.nodes.has('acme')).toBe(true);
    expect(result.edges.has('r-alice-bureau')).toBe(false);
  });

  it('rejects an unknown node and a bad depth', () => {
    expect(() => neighbourhood(graph, 'nobody', 1)).toThrow(/neighbourhood: no node "nobody"/);
    expect(() => neighbourhood(graph, 'alice', -1)).toThrow(/neighbourhood: depth/);
    expect(() => neighbourhood(graph, 'alice', 1.5)).toThrow(/neighbourhood: depth/);
  });
});

describe('expand and expansionCounts', () => {
  const graph = tinyGraph();

  it('expands a node by one edge kind', () => {
    const measures = expand(graph, 'alice', 'measures');
    expect(ids(measures.nodes)).toEqual(['alice', 'state', 'treasury']);
    expect(ids(measures.edges)).toEqual(['m-alice-blocking', 'm-alice-visa', 'm-alice-visa-treasury']);
    expect(ids(expand(graph, 'bureau', 'roles').nodes)).toEqual(['alice', 'bob', 'bureau']);
    expect(ids(expand(graph, 'island-a', 'links').edges)).toEqual(['l-islands']);
    expect(expand(graph, 'alice', 'links').edges.size).toBe(0);
  });

  it('counts what an expansion would add to what is shown', () => {
    const shown = { nodes: new Set(['alice']), edges: new Set<string>() };
    expect(expansionCounts(graph, 'alice', shown)).toEqual({
      measures: { nodes: 2, edges: 3 },
      roles: { nodes: 1, edges: 1 },
      links: { nodes: 0, edges: 0 },
    });
    const more = { nodes: new Set(['alice', 'treasury']), edges: new Set(['m-alice-blocking']) };
    expect(expansionCounts(graph, 'alice', more).measures).toEqual({ nodes: 1, edges: 2 });
  });

  it('adds only allowed elements when given `within`', () => {
    const within = { nodes: new Set(['alice', 'treasury', 'state', 'bureau']), edges: new Set(['m-alice-blocking']) };
    const shown = { nodes: new Set(['alice']), edges: new Set<string>() };
    expect(expansionCounts(graph, 'alice', shown, { within }).measures).toEqual({ nodes: 1, edges: 1 });
  });

  it('does not change the graph', () => {
    const before = graph.toGraphology().export();
    expand(graph, 'alice', 'measures');
    neighbourhood(graph, 'alice', 3);
    expect(graph.toGraphology().export()).toEqual(before);
  });
});
