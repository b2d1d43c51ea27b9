// Large graphs: when the summary shows instead of the canvas, the graph the canvas gets (only what is visible),
// the ranking of bodies by measures, and the view that starts exploring from a node.
import { describe, expect, it } from 'vitest';
import { visibleElements } from '../../src/core/algorithms/filters.ts';
import { generateDataset } from '../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { mostSanctioned } from '../../src/core/algorithms/insights.ts';
import { largestBodies, topSanctioned } from '../../src/core/algorithms/rankings.ts';
import { exploreFrom, isLargeGraph, showsSummary, visibleSubgraph } from '../../src/state/largeGraph.ts';

const dataset = generateDataset({ seed: 2, nodes: 600 });
const graph = buildGraph(dataset);
const everything = visibleElements(graph, defaultViewState());

describe('showsSummary', () => {
  it('shows the summary only for a large graph with nothing focused and more than the threshold to draw', () => {
    const view = defaultViewState();
    expect(isLargeGraph(graph, 500)).toBe(true);
    expect(showsSummary(graph, view, everything, { drawAll: false, threshold: 500 })).toBe(true);
    // Under the threshold, with drawing everything asked for, or with a focus: the canvas.
    expect(showsSummary(graph, view, everything, { drawAll: false, threshold: 600 })).toBe(false);
    expect(showsSummary(graph, view, everything, { drawAll: true, threshold: 500 })).toBe(false);
    expect(
      showsSummary(graph, { focus: { node: 'us-treasury', depth: 1 } }, everything, { drawAll: false, threshold: 500 }),
    ).toBe(false);
    // Filters that bring a large graph under the threshold let it be drawn.
    const fewer = { nodes: new Set([...everything.nodes].slice(0, 400)), edges: new Set<string>() };
    expect(showsSummary(graph, view, fewer, { drawAll: false, threshold: 500 })).toBe(false);
  });
});

describe('visibleSubgraph', () => {
  it('holds exactly the visible nodes and the visible edges between them, with the same records', () => {
    const focused = visibleElements(graph, exploreFrom(defaultViewState(), 'us-treasury'));
    const sub = visibleSubgraph(graph, focused);
    expect(new Set(sub.nodes())).toEqual(focused.nodes);
    expect(new Set(sub.edges())).toEqual(
      new Set(
        [...focused.edges].filter((e) => focused.nodes.has(graph.source(e)) && focused.nodes.has(graph.target(e))),
      ),
    );
    for (const edge of sub.edges()) {
      expect(sub.source(edge)).toBe(graph.source(edge));
      expect(sub.target(edge)).toBe(graph.target(edge));
      expect(sub.getEdgeAttributes(edge)).toBe(graph.getEdgeAttributes(edge));
    }
    expect(sub.getNodeAttributes('us-treasury')).toBe(graph.getNodeAttributes('us-treasury'));
    expect(graph.order).toBe(dataset.nodes.length);
  });

  it('leaves out edges with a hidden end and ids not in the graph', () => {
    const [edge] = graph.edges();
    if (!edge) throw new Error('no edge');
    const sub = visibleSubgraph(graph, {
      nodes: new Set([graph.source(edge), 'not-a-node']),
      edges: new Set([edge, 'not-an-edge']),
    });
    expect(sub.nodes()).toEqual([graph.source(edge)]);
    expect(sub.size).toBe(0);
  });
});

describe('largestBodies', () => {
  it('ranks bodies by the measures they imposed, counting distinct targets', () => {
    const ranked = largestBodies(graph);
    const tally = new Map<string, { measures: number; targets: Set<string> }>();
    for (const m of dataset.measures) {
      const entry = tally.get(m.body) ?? { measures: 0, targets: new Set() };
      entry.measures += 1;
      entry.targets.add(m.target);
      tally.set(m.body, entry);
    }
    expect(ranked.length).toBe(tally.size);
    for (const row of ranked) {
      expect(row.measures).toBe(tally.get(row.body)?.measures);
      expect(row.targets).toBe(tally.get(row.body)?.targets.size);
    }
    const measures = ranked.map((r) => r.measures);
    expect(measures).toEqual([...measures].sort((a, b) => b - a));
    expect(largestBodies(graph, 2)).toEqual(ranked.slice(0, 2));
  });

  it('counts only measures within the given elements', () => {
    const top = largestBodies(graph, 1)[0];
    if (!top) throw new Error('no body');
    const hidden = {
      nodes: everything.nodes,
      edges: new Set(
        [...everything.edges].filter(
          (e) => graph.getEdgeAttributes(e).kind !== 'measure' || graph.source(e) !== top.body,
        ),
      ),
    };
    expect(largestBodies(graph, Infinity, { within: hidden }).some((b) => b.body === top.body)).toBe(false);
  });
});

describe('exploreFrom', () => {
  it('focuses one step around the node, selects it, clears expansions and the camera, and leaves the input alone', () => {
    const before = {
      ...defaultViewState(),
      expanded: [{ node: 'x', kind: 'roles' as const }],
      camera: { zoom: 2, pan: { x: 1, y: 2 } },
    };
    const after = exploreFrom(before, 'us-treasury');
    expect(after.focus).toEqual({ node: 'us-treasury', depth: 1 });
    expect(after.selection).toEqual({ type: 'node', id: 'us-treasury' });
    expect(after.expanded).toEqual([]);
    expect(after.camera).toBeNull();
    expect(after.panel).toBe('details');
    expect(before.focus).toBeNull();
    expect(before.expanded).toHaveLength(1);
  });
});

describe('topSanctioned', () => {
  it('gives the first entries of mostSanctioned, in the same order, for any limit and within filters', () => {
    // Many ties: a small synthetic graph has lots of targets with one or two measures.
    const withins = [
      undefined,
      visibleElements(graph, {
        ...defaultViewState(),
        filters: { ...defaultViewState().filters, bodies: ['us-treasury'] },
      }),
    ];
    for (const within of withins) {
      const all = mostSanctioned(graph, Infinity, within ? { within } : {});
      expect(all.length).toBeGreaterThan(50);
      for (const limit of [1, 3, 12, 50, all.length, all.length + 5]) {
        expect(topSanctioned(graph, limit, within ? { within } : {})).toEqual(all.slice(0, limit));
      }
    }
  });

  it('breaks ties at the cut by name, as mostSanctioned does', () => {
    const all = mostSanctioned(graph);
    const i = all.findIndex(
      (t, k) => k > 0 && t.measures === all[k - 1]?.measures && t.bodies.length === all[k - 1]?.bodies.length,
    );
    expect(i).toBeGreaterThan(0);
    expect(topSanctioned(graph, i).map((t) => t.target)).toEqual(all.slice(0, i).map((t) => t.target));
  });
});
