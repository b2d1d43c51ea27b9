import { describe, expect, it } from 'vitest';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { describePath, pathElements, shortestPaths } from '../../../src/core/algorithms/paths.ts';
import { visibleElements } from '../../../src/core/algorithms/filters.ts';
import { defaultFilters, defaultViewState } from '../../../src/core/view/viewState.ts';
import { ids, tinyGraph } from './fixtures.ts';

const graph = tinyGraph();
const plain = graph.toGraphology();

describe('shortestPaths', () => {
  it('finds a path against edge direction, with every parallel edge of a hop', () => {
    const paths = shortestPaths(graph, 'acme', 'alice');
    expect(paths).toEqual([
      {
        nodes: ['acme', 'treasury', 'alice'],
        edges: [['m-acme-investment'], ['m-alice-blocking', 'm-alice-visa-treasury']],
      },
    ]);
  });

  it('finds all shortest paths, sorted', () => {
    const paths = shortestPaths(graph, 'treasury', 'bob');
    expect(paths.map((p) => p.nodes)).toEqual([
      ['treasury', 'acme', 'bob'],
      ['treasury', 'bureau', 'bob'],
    ]);
    expect(shortestPaths(graph, 'treasury', 'bob', { maxPaths: 1 })).toHaveLength(1);
  });

  it('returns no path between disconnected nodes', () => {
    expect(shortestPaths(graph, 'alice', 'island-a')).toEqual([]);
    expect(shortestPaths(graph, 'lonely', 'alice')).toEqual([]);
    expect(shortestPaths(graph, 'carol', 'alice')).toEqual([]);
  });

  it('walks only what is visible', () => {
    const visible = visibleElements(graph, {
      ...defaultViewState(),
      filters: { ...defaultFilters(), measureKinds: ['investmentBan'] },
    });
    const paths = shortestPaths(graph, 'acme', 'alice', { visible });
    expect(paths.map((p) => p.nodes)).toEqual([['acme', 'bob', 'bureau', 'alice']]);
    const noCompanies = visibleElements(graph, {
      ...defaultViewState(),
      filters: { ...defaultFilters(), nodeKinds: ['company'] },
    });
    expect(shortestPaths(graph, 'acme', 'alice', { visible: noCompanies })).toEqual([]);
  });

  it('has the length graphology-shortest-path measures, for every pair', () => {
    for (const from of graph.nodes()) {
      const lengths = undirectedSingleSourceLength(plain, from);
      for (const to of graph.nodes()) {
        const paths = shortestPaths(graph, from, to);
        const expected = lengths[to];
        if (expected === undefined) expect(paths, `${from} -> ${to}`).toEqual([]);
        else for (const path of paths) expect(path.edges.length, `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  it('handles a path to itself and rejects unknown nodes', () => {
    expect(shortestPaths(graph, 'alice', 'alice')).toEqual([{ nodes: ['alice'], edges: [] }]);
    expect(() => shortestPaths(graph, 'alice', 'nobody')).toThrow(/shortestPaths: no node "nobody"/);
  });

  it('collects the elements of all paths for highlighting', () => {
    const elements = pathElements(shortestPaths(graph, 'treasury', 'bob'));
    expect(ids(elements.nodes)).toEqual(['acme', 'bob', 'bureau', 'treasury']);
    expect(ids(elements.edges)).toEqual(['m-acme-investment', 'm-bureau-blocking', 'r-bob-acme', 'r-bob-bureau']);
  });
});

describe('describePath', () => {
  it('writes a path as a sentence with arrows along each edge', () => {
    const [path] = shortestPaths(graph, 'acme', 'alice');
    expect(path && describePath(graph, path)).toBe(
      'Acme <- investment ban by US Treasury -> asset freeze (blocking) and visa ban on Alice',
    );
  });

  it('reads roles both ways', () => {
    const [path] = shortestPaths(graph, 'alice', 'bob');
    expect(path && describePath(graph, path)).toBe(
      'Alice -> post of Secretary in Bureau <- post of Director held by Bob',
    );
  });

  it('reads links by their label and a single node by its name', () => {
    const [path] = shortestPaths(graph, 'island-b', 'island-a');
    expect(path && describePath(graph, path)).toBe('Island B <- owns <- Island A');
    expect(describePath(graph, { nodes: ['alice'], edges: [] })).toBe('Alice');
  });
});
