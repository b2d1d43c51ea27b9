import { describe, expect, it } from 'vitest';
import {
  counterSanctionPairs,
  measuresPerBodyOverTime,
  mostSanctioned,
  sanctionedByButNot,
  targetBodyMatrix,
} from '../../../src/core/algorithms/insights.ts';
import { tinyDataset, tinyGraph } from './fixtures.ts';

const graph = tinyGraph();

describe('mostSanctioned', () => {
  it('ranks targets by measures, then bodies, then name', () => {
    const ranking = mostSanctioned(graph);
    expect(ranking[0]).toEqual({
      target: 'alice',
      measures: 3,
      bodies: ['state', 'treasury'],
      kinds: ['blocking', 'visaBan'],
    });
    expect(ranking.map((t) => t.target)).toEqual(['alice', 'acme', 'bureau', 'carol']);
    expect(mostSanctioned(graph, 2)).toHaveLength(2);
  });

  it('counts only the measures given in `within`', () => {
    const within = { nodes: new Set(graph.nodes()), edges: new Set(['m-carol-counter', 'm-alice-visa']) };
    expect(mostSanctioned(graph, 10, { within }).map((t) => [t.target, t.measures])).toEqual([
      ['alice', 1],
      ['carol', 1],
    ]);
  });
});

describe('measuresPerBodyOverTime', () => {
  it('counts measures per body and year, every year from first to last', () => {
    const table = measuresPerBodyOverTime(graph);
    expect(table.years).toEqual([2019, 2020, 2021]);
    expect(table.bodies).toEqual([
      { body: 'mfa', counts: [0, 0, 1], total: 1 },
      { body: 'state', counts: [0, 1, 0], total: 1 },
      { body: 'treasury', counts: [1, 1, 2], total: 4 },
    ]);
  });
});

describe('targetBodyMatrix', () => {
  it("puts the kinds of each body's measures in the target rows", () => {
    const matrix = targetBodyMatrix(graph);
    expect(matrix.bodies).toEqual(['mfa', 'state', 'treasury']);
    const alice = matrix.rows.find((r) => r.target === 'alice');
    expect(alice?.cells.map((c) => c.kinds)).toEqual([[], ['visaBan'], ['blocking', 'visaBan']]);
    expect(matrix.rows.map((r) => r.target)).toEqual(mostSanctioned(graph).map((t) => t.target));
  });

  it('answers "sanctioned by one body but not another"', () => {
    const matrix = targetBodyMatrix(graph);
    expect(sanctionedByButNot(matrix, 'treasury', 'state')).toEqual(['acme', 'bureau']);
    expect(sanctionedByButNot(matrix, 'state', 'treasury')).toEqual([]);
    expect(sanctionedByButNot(matrix, 'treasury', 'nobody')).toEqual(['alice', 'acme', 'bureau']);
  });
});

describe('counterSanctionPairs', () => {
  it('puts each counter-sanction or response beside the actions it answered, in date order', () => {
    const pairs = counterSanctionPairs(tinyDataset(), graph);
    expect(pairs.map((p) => [p.action.id, p.counterSanction, p.respondsTo.map((r) => r.action.id)])).toEqual([
      ['a4', true, ['a3']],
      ['a6', false, ['a4']],
    ]);
    expect(pairs[0]?.measures).toEqual(['m-carol-counter']);
    expect(pairs[0]?.respondsTo[0]?.measures.sort()).toEqual(['m-acme-investment', 'm-alice-visa-treasury']);
    expect(pairs[0]?.missing).toEqual(['a-not-in-data']);
    expect(counterSanctionPairs(tinyDataset().actions, graph)).toEqual(pairs);
  });
});
