// The algorithms on the real bundled data: what a user of the explorer sees on these facts.
import { describe, expect, it } from 'vitest';
import { bfsFromNode } from 'graphology-traversal';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { filterOptionCounts, visibleElements } from '../../../src/core/algorithms/filters.ts';
import {
  counterSanctionPairs,
  mostSanctioned,
  sanctionedByButNot,
  targetBodyMatrix,
} from '../../../src/core/algorithms/insights.ts';
import { neighbourhood } from '../../../src/core/algorithms/neighbourhood.ts';
import { describePath, shortestPaths } from '../../../src/core/algorithms/paths.ts';
import { atDate, measureHistogram, timelineSteps } from '../../../src/core/algorithms/time.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { defaultFilters, defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { expectCountsToPredictUnticking } from './assertions.ts';

const { dataset } = loadBundledDataset();
const hasData = dataset !== null && dataset.measures.length > 0;

describe.skipIf(!hasData)('algorithms on the bundled data', () => {
  if (!dataset) return;
  const graph = buildGraph(dataset);
  const measureEdges = graph.filterEdges((_e, attributes) => attributes.kind === 'measure');
  const announced = (edge: string) => {
    const attributes = graph.getEdgeAttributes(edge);
    return attributes.kind === 'measure' ? attributes.record.announced : '';
  };

  describe('time', () => {
    it('as of 2020-01-01 shows the 2019-10 measures and none of 2020-07-09', () => {
      const visible = visibleElements(graph, { ...defaultViewState(), asOf: '2020-01-01' });
      const july2020 = measureEdges.filter((e) => announced(e) === '2020-07-09');
      const october2019 = measureEdges.filter((e) => announced(e).startsWith('2019-10'));
      expect(july2020.length).toBeGreaterThan(0);
      expect(october2019.length).toBeGreaterThan(0);
      expect(july2020.filter((e) => visible.edges.has(e))).toEqual([]);
      expect(october2019.filter((e) => !visible.edges.has(e))).toEqual([]);
      expect(visible.nodes.size).toBe(graph.order);
    });

    it('drops a role the day after it ended and keeps it on its last day', () => {
      const ended = dataset.roles.filter(
        (r) => r.end !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(r.end) && r.start !== 'unknown',
      );
      expect(ended.length).toBeGreaterThan(0);
      for (const role of ended) {
        const end = role.end ?? '';
        const next = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(atDate(graph, next).edges.has(role.id), `${role.id} after ${end}`).toBe(false);
        expect(atDate(graph, end).edges.has(role.id), `${role.id} on ${end}`).toBe(true);
      }
    });

    it('has a histogram that sums to the number of measures', () => {
      const histogram = measureHistogram(graph);
      expect(histogram.reduce((sum, m) => sum + m.count, 0)).toBe(dataset.measures.length);
      expect(histogram[0]?.month).toBe('2019-10');
    });

    it('steps through the actions in date order, from 2019-10-07 to 2022-01-10', () => {
      const steps = timelineSteps(graph, dataset.actions);
      expect(steps).toHaveLength(dataset.actions.length);
      expect(steps[0]?.date).toBe('2019-10-07');
      expect(steps[steps.length - 1]?.date).toBe('2022-01-10');
      const dates = steps.map((s) => s.date);
      expect([...dates].sort()).toEqual(dates);
      const treasury = steps.find((s) => s.action === 'act-2020-07-09-treasury');
      expect(treasury?.label).toBe(
        `2020-07-09: ${dataset.actions.find((a) => a.id === 'act-2020-07-09-treasury')?.title}`,
      );
      expect(treasury?.measureCount).toBe(
        dataset.measures.filter((m) => m.action === 'act-2020-07-09-treasury').length,
      );
      expect(steps[steps.length - 1]?.cumulativeMeasureCount).toBe(dataset.measures.length);
    });
  });

  describe('filters', () => {
    it("unticking 'company' hides exactly the companies and their edges", () => {
      const companies = graph.filterNodes((_n, node) => node.kind === 'company');
      expect(companies).toHaveLength(8);
      const view: ViewState = { ...defaultViewState(), filters: { ...defaultFilters(), nodeKinds: ['company'] } };
      const visible = visibleElements(graph, view);
      expect(
        graph
          .nodes()
          .filter((n) => !visible.nodes.has(n))
          .sort(),
      ).toEqual([...companies].sort());
      const companyEdges = new Set(companies.flatMap((c) => graph.edges(c)));
      expect(
        graph
          .edges()
          .filter((e) => !visible.edges.has(e))
          .sort(),
      ).toEqual([...companyEdges].sort());
      expect(filterOptionCounts(graph, defaultViewState()).nodeKinds.find((o) => o.value === 'company')?.count).toBe(8);
    });

    it('counts the people and predicts what unticking each option removes', () => {
      const people = dataset.nodes.filter((n) => n.kind === 'person').length;
      expect(people).toBeGreaterThan(30);
      expect(filterOptionCounts(graph, defaultViewState()).nodeKinds.find((o) => o.value === 'person')?.count).toBe(
        people,
      );
      expectCountsToPredictUnticking(graph, defaultViewState());
      expectCountsToPredictUnticking(graph, {
        ...defaultViewState(),
        asOf: '2021-06-01',
        filters: { ...defaultFilters(), bodies: ['us-state'], nodeKinds: ['group'] },
      });
    });
  });

  describe('focus', () => {
    it('shows more at depth 2 than at depth 1, as a breadth-first search finds', () => {
      const sizes = ([1, 2, 3] as const).map((depth) => {
        const visible = visibleElements(graph, { ...defaultViewState(), focus: { node: 'chen-quanguo', depth } });
        let expected = 0;
        bfsFromNode(
          graph,
          'chen-quanguo',
          (_node, _attributes, d) => {
            if (d <= depth) expected++;
            return d >= depth;
          },
          { mode: 'directed' },
        );
        expect(visible.nodes.size, `depth ${depth}`).toBe(expected);
        return visible.nodes.size;
      });
      expect(sizes[1]).toBeGreaterThan(sizes[0] ?? 0);
      const one = neighbourhood(graph, 'chen-quanguo', 1);
      expect(one.nodes.has('us-treasury')).toBe(true);
      expect(one.nodes.has('us-state')).toBe(true);
      expect(one.nodes.has('sensetime')).toBe(false);
    });
  });

  describe('paths', () => {
    it('connects SenseTime and Chen Quanguo through a body that sanctioned both', () => {
      const paths = shortestPaths(graph, 'sensetime', 'chen-quanguo');
      expect(paths.length).toBeGreaterThan(0);
      const expected = undirectedSingleSourceLength(graph, 'sensetime')['chen-quanguo'];
      expect(expected).toBe(2);
      for (const path of paths) {
        expect(path.edges).toHaveLength(expected ?? -1);
        const middle = path.nodes[1] ?? '';
        expect(graph.getNodeAttribute(middle, 'kind')).toBe('sanctioningBody');
      }
      expect(paths.map((p) => p.nodes[1])).toContain('us-treasury');
      const sentence = describePath(graph, paths[0] ?? { nodes: [], edges: [] });
      expect(sentence).toMatch(/^SenseTime.* <- investment ban by .* -> asset freeze \(blocking\) on Chen Quanguo$/);
    });

    it('agrees with graphology-shortest-path on every pair: same length, and no path where none exists', () => {
      for (const from of graph.nodes()) {
        const lengths = undirectedSingleSourceLength(graph, from);
        for (const to of graph.nodes()) {
          const paths = shortestPaths(graph, from, to);
          const expected = lengths[to];
          if (expected === undefined) {
            expect(paths, `${from} -> ${to}`).toEqual([]);
          } else {
            expect(paths.length, `${from} -> ${to}`).toBeGreaterThan(0);
            for (const path of paths) expect(path.edges.length).toBe(expected);
          }
        }
      }
    });

    it('finds no path once the linking measures are hidden', () => {
      const visible = visibleElements(graph, {
        ...defaultViewState(),
        filters: { ...defaultFilters(), nodeKinds: ['sanctioningBody'] },
      });
      expect(shortestPaths(graph, 'sensetime', 'chen-quanguo', { visible })).toEqual([]);
    });
  });

  describe('insights', () => {
    it('ranks officials sanctioned by two bodies above single-measure targets', () => {
      const top = mostSanctioned(graph, 10);
      const chen = top.find((t) => t.target === 'chen-quanguo');
      expect(chen?.bodies).toEqual(expect.arrayContaining(['us-treasury', 'us-state']));
      // Zhu Hailun: Treasury and State in 2020, then the EU, the UK and Canada in 2021.
      const zhu = top.find((t) => t.target === 'zhu-hailun');
      expect(zhu?.bodies).toEqual(
        expect.arrayContaining(['us-treasury', 'us-state', 'eu-council', 'uk-government', 'canada-government']),
      );
      expect(top[0]?.measures).toBeGreaterThanOrEqual(5);
    });

    it('lists who is sanctioned by Treasury but not State', () => {
      const onlyTreasury = sanctionedByButNot(targetBodyMatrix(graph), 'us-treasury', 'us-state');
      expect(onlyTreasury).toEqual(expect.arrayContaining(['huo-liujun', 'xpsb', 'sensetime']));
      expect(onlyTreasury).not.toContain('chen-quanguo');
    });

    it("puts Blinken's statement beside the counter-sanctions it answered", () => {
      const pairs = counterSanctionPairs(dataset, graph);
      const blinken = pairs.find((p) => p.action.id === 'act-2022-01-10-blinken');
      expect(blinken?.counterSanction).toBe(false);
      expect(blinken?.respondsTo.map((r) => r.action.id)).toEqual(['act-2021-12-21-mfa']);
      expect(blinken?.respondsTo[0]?.measures.length).toBeGreaterThan(0);
      expect(pairs.filter((p) => p.counterSanction).map((p) => p.action.id)).toEqual(
        expect.arrayContaining(['act-2021-03-27-mfa', 'act-2021-05-26-mfa', 'act-2021-12-21-mfa']),
      );
    });
  });
});
