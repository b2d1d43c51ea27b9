import { describe, expect, it } from 'vitest';
import { combinedEdges, type CombinedEdge, type EdgeEnds } from '../../../src/core/algorithms/combinedEdges.ts';
import type { ElementSet } from '../../../src/core/algorithms/types.ts';
import { defaultCuration, type Curation, type Group } from '../../../src/core/view/curation.ts';

/** A tiny graph from an edge list: [edge, source, target]. */
function graphOf(list: readonly (readonly [string, string, string])[]): { graph: EdgeEnds; all: ElementSet } {
  const ends = new Map(list.map(([e, s, t]) => [e, { s, t }]));
  const end = (edge: string) => {
    const found = ends.get(edge);
    if (!found) throw new Error(`no edge ${edge}`);
    return found;
  };
  const nodes = new Set(list.flatMap(([, s, t]) => [s, t]));
  return {
    graph: { source: (e) => end(e).s, target: (e) => end(e).t },
    all: { nodes, edges: new Set(list.map(([e]) => e)) },
  };
}

const group = (id: string, members: string[], collapsed = true): Group => ({ id, label: id, members, collapsed });
const curation = (over: Partial<Curation>): Curation => ({ ...defaultCuration(), ...over });

/** Each combined edge as "source>target:edges", ends written g:<id> or <id>. */
function brief(found: readonly CombinedEdge[]): string[] {
  const end = (e: CombinedEdge['source']) => (e.type === 'group' ? `g:${e.id}` : e.id);
  return found.map((c) => `${end(c.source)}>${end(c.target)}:${c.edges.join('+')}`);
}

describe('combinedEdges', () => {
  const { graph, all } = graphOf([
    ['e1', 'a', 'x'],
    ['e2', 'b', 'x'],
    ['e3', 'x', 'a'],
    ['e4', 'a', 'y'],
    ['e5', 'a', 'b'],
    ['e6', 'x', 'y'],
    ['e7', 'c', 'a'],
    ['e8', 'd', 'b'],
  ]);

  it('combines the members’ edges into one per outside neighbour and direction, leaving edges inside out', () => {
    const found = combinedEdges(graph, all, curation({ groups: [group('G', ['a', 'b'])] }));
    expect(brief(found)).toEqual(['g:G>x:e1+e2', 'x>g:G:e3', 'g:G>y:e4', 'c>g:G:e7', 'd>g:G:e8']);
    // Keys are distinct, so each can name one drawn edge.
    expect(new Set(found.map((c) => c.key)).size).toBe(found.length);
  });

  it('combines nothing while no group is collapsed (the members are drawn with their own edges)', () => {
    expect(combinedEdges(graph, all, curation({}))).toEqual([]);
    expect(combinedEdges(graph, all, curation({ groups: [group('G', ['a', 'b'], false)] }))).toEqual([]);
  });

  it('joins two collapsed groups by one edge per direction', () => {
    const found = combinedEdges(graph, all, curation({ groups: [group('G', ['a', 'b']), group('H', ['c', 'd'])] }));
    expect(brief(found)).toEqual(['g:G>x:e1+e2', 'x>g:G:e3', 'g:G>y:e4', 'g:H>g:G:e7+e8']);
  });

  it('leaves out edges of hidden nodes, hidden members and whatever the filters took away', () => {
    const hiddenNeighbour = curation({ groups: [group('G', ['a', 'b'])], hidden: ['x'] });
    expect(brief(combinedEdges(graph, all, hiddenNeighbour))).toEqual(['g:G>y:e4', 'c>g:G:e7', 'd>g:G:e8']);
    const hiddenMember = curation({ groups: [group('G', ['a', 'b'])], hidden: ['a'] });
    expect(brief(combinedEdges(graph, all, hiddenMember))).toEqual(['g:G>x:e2', 'd>g:G:e8']);
    const filtered: ElementSet = { nodes: new Set(['a', 'b', 'x', 'c', 'd']), edges: new Set(['e1', 'e3', 'e7']) };
    expect(brief(combinedEdges(graph, filtered, curation({ groups: [group('G', ['a', 'b'])] })))).toEqual([
      'g:G>x:e1',
      'x>g:G:e3',
      'c>g:G:e7',
    ]);
  });

  it('keeps ends apart whatever the ids hold, and a group apart from a node of the same id', () => {
    const hostile = graphOf([
      ['e1', '__proto__', 'G'],
      ['e2', 'm>n', 'G'],
      ['e3', '"', 'G'],
      ['e4', 'G', '__proto__'],
    ]);
    const found = combinedEdges(hostile.graph, hostile.all, curation({ groups: [group('G', ['__proto__', 'm>n'])] }));
    expect(brief(found)).toEqual(['g:G>G:e1+e2', 'G>g:G:e4']);
    const quote = combinedEdges(hostile.graph, hostile.all, curation({ groups: [group('G', ['"'])] }));
    expect(brief(quote)).toEqual(['g:G>G:e3']);
  });
});
