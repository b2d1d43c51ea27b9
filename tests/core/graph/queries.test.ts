import { describe, it, expect } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build.ts';
import {
  createDatasetIndex,
  describeSanctionSummary,
  GraphQueryError,
  holdersOf,
  imposedBy,
  measuresAgainst,
  neighboursByKind,
  postsHeldOn,
  rolesOf,
  sanctionSummary,
  summariseMeasures,
  sourcesAbout,
  sourcesOf,
} from '../../../src/core/graph/queries.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';
import { action, link, measure, node, role, source } from '../../builders.ts';

// A tiny invented world: two bodies, two officials, one agency, one company. Sources A, B and C are cited by
// different records so that the source queries have something to tell apart.
const A = ['src-a'];
const B = ['src-b'];
const CA = ['src-c', 'src-a'];

function tinyDataset(): Dataset {
  return {
    info: { id: 'tiny', title: 'Tiny', version: '1' },
    sources: [
      source({ id: 'src-a', title: 'Source A' }),
      source({ id: 'src-b', title: 'Source B' }),
      source({ id: 'src-c', title: 'Source C' }),
    ],
    nodes: [
      node({ id: 'treasury', kind: 'sanctioningBody', name: 'Treasury', sources: A }),
      node({ id: 'state', kind: 'sanctioningBody', name: 'State', sources: A }),
      node({ id: 'alice', kind: 'person', name: 'Alice Official', sources: A }),
      node({ id: 'bob', kind: 'person', name: 'Bob Officer', sources: A }),
      node({ id: 'agency', kind: 'agency', name: 'Police Agency', sources: A }),
      node({ id: 'party', kind: 'agency', name: 'Party Committee', sources: A }),
      node({ id: 'acme', kind: 'company', name: 'Acme Cameras', sources: A }),
    ],
    roles: [
      role({
        id: 'r-alice-party',
        person: 'alice',
        organization: 'party',
        title: 'Secretary',
        start: '2016-08-29',
        end: '2021-12-25',
        sources: B,
      }),
      role({
        id: 'r-alice-old',
        person: 'alice',
        organization: 'agency',
        title: 'Director',
        start: 'unknown',
        end: '2015',
        sources: B,
      }),
      role({
        id: 'r-alice-member',
        person: 'alice',
        organization: 'party',
        title: 'Member',
        start: '2017',
        end: '2022',
        sources: B,
      }),
      role({
        id: 'r-bob-agency',
        person: 'bob',
        organization: 'agency',
        title: 'Party Secretary',
        start: 'unknown',
        end: 'unknown',
        sources: B,
      }),
      role({ id: 'r-bob-new', person: 'bob', organization: 'party', title: 'Deputy', start: '2021-01', sources: B }),
    ],
    actions: [
      action({ id: 'act-2020', body: 'treasury', date: '2020-07-09', sources: A }),
      action({ id: 'act-2020-state', body: 'state', date: '2020-07-09', sources: A }),
      action({ id: 'act-2019', body: 'treasury', date: '2019-10-07', sources: A }),
      action({ id: 'act-statement', body: 'state', date: '2022-01-10', sources: A }),
    ],
    measures: [
      inForce({ id: 'm-2020-t-alice', body: 'treasury', target: 'alice', action: 'act-2020', announced: '2020-07-09' }),
      inForce({ id: 'm-2020-t-bob', body: 'treasury', target: 'bob', action: 'act-2020', announced: '2020-07-09' }),
      inForce({
        id: 'm-2020-t-agency',
        body: 'treasury',
        target: 'agency',
        action: 'act-2020',
        announced: '2020-07-09',
      }),
      inForce({
        id: 'm-2020-s-alice',
        body: 'state',
        target: 'alice',
        action: 'act-2020-state',
        announced: '2020-07-09',
        kind: 'visaBan',
      }),
      inForce({
        id: 'm-2019-t-acme',
        body: 'treasury',
        target: 'acme',
        action: 'act-2019',
        announced: '2019-10-07',
        kind: 'exportBlacklisting',
      }),
      inForce({
        id: 'm-2019-t-acme-2',
        body: 'treasury',
        target: 'acme',
        action: 'act-2019',
        announced: '2019-10-07',
        kind: 'investmentBan',
      }),
      inForce({
        id: 'm-2019-t-agency',
        body: 'treasury',
        target: 'agency',
        action: 'act-2019',
        announced: '2019-10-07',
        kind: 'exportBlacklisting',
      }),
    ],
    links: [link({ id: 'l-1', source: 'acme', target: 'agency', label: 'supplier', sources: A })],
  };
}

/** Every measure of this world is in force (the schema's default status is "unknown"). */
function inForce(fields: Parameters<typeof measure>[0]) {
  return measure({ status: 'inForce', sources: CA, ...fields });
}

const dataset = tinyDataset();
const graph = buildGraph(dataset);
const index = createDatasetIndex(dataset);

describe('createDatasetIndex', () => {
  it('looks records up by id and groups measures by action', () => {
    expect(index.actions.get('act-2020')?.date).toBe('2020-07-09');
    expect(index.sources.get('src-b')?.title).toBe('Source B');
    expect(index.measuresByAction.get('act-2020')?.map((m) => m.target)).toEqual(['alice', 'bob', 'agency']);
    expect(index.measuresByAction.has('act-statement')).toBe(false);
  });
});

describe('measuresAgainst', () => {
  it('lists every measure against a node, oldest first, then by body name', () => {
    const entries = measuresAgainst(graph, index, 'agency');
    expect(entries.map((e) => e.measure.id)).toEqual(['m-2019-t-agency', 'm-2020-t-agency']);
    const alice = measuresAgainst(graph, index, 'alice');
    expect(alice.map((e) => [e.measure.id, e.body.id])).toEqual([
      ['m-2020-s-alice', 'state'],
      ['m-2020-t-alice', 'treasury'],
    ]);
  });

  it('joins the body, the target and the action', () => {
    const [visa] = measuresAgainst(graph, index, 'alice');
    expect(visa?.body.name).toBe('State');
    expect(visa?.target.id).toBe('alice');
    expect(visa?.action?.id).toBe('act-2020-state');
  });

  it('names the other targets of the same action, each once, without the node itself', () => {
    const blocking = measuresAgainst(graph, index, 'alice').find((e) => e.measure.id === 'm-2020-t-alice');
    expect(blocking?.announcedWith.map((n) => n.id)).toEqual(['bob', 'agency']);
    const visa = measuresAgainst(graph, index, 'alice').find((e) => e.measure.id === 'm-2020-s-alice');
    expect(visa?.announcedWith).toEqual([]);
    const acme = measuresAgainst(graph, index, 'acme');
    expect(acme).toHaveLength(2);
    expect(acme[0]?.announcedWith.map((n) => n.id)).toEqual(['agency']);
  });

  it('gives the posts the target held on the announcement date, from the role dates', () => {
    const [visa] = measuresAgainst(graph, index, 'alice');
    expect(visa?.postsHeld.map((p) => [p.role.id, p.organization.id, p.tenure])).toEqual([
      ['r-alice-party', 'party', 'held'],
      ['r-alice-member', 'party', 'held'],
    ]);
  });

  it('marks a post that ended at an unknown date as uncertain, and leaves out one not yet begun', () => {
    const [blocking] = measuresAgainst(graph, index, 'bob');
    expect(blocking?.postsHeld.map((p) => [p.role.id, p.tenure])).toEqual([['r-bob-agency', 'uncertain']]);
  });

  it('throws a GraphQueryError for a node not in the graph', () => {
    expect(() => measuresAgainst(graph, index, 'nobody')).toThrow(GraphQueryError);
  });

  it('still lists a measure whose action the index lacks', () => {
    const partial = createDatasetIndex({ ...dataset, actions: [] });
    const entries = measuresAgainst(graph, partial, 'agency');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.action).toBeUndefined();
  });
});

describe('postsHeldOn', () => {
  it('takes certain posts first and drops posts certainly not held', () => {
    expect(postsHeldOn(graph, 'bob', '2021-06-01').map((p) => [p.role.id, p.tenure])).toEqual([
      ['r-bob-new', 'held'],
      ['r-bob-agency', 'uncertain'],
    ]);
    expect(postsHeldOn(graph, 'alice', '2014-01-01').map((p) => p.role.id)).toEqual(['r-alice-old']);
  });
});

describe('rolesOf and holdersOf', () => {
  it('lists a person’s posts oldest first, placing an unknown start by its end', () => {
    expect(rolesOf(graph, 'alice').map((r) => [r.role.id, r.organization.name])).toEqual([
      ['r-alice-old', 'Police Agency'],
      ['r-alice-party', 'Party Committee'],
      ['r-alice-member', 'Party Committee'],
    ]);
  });

  it('puts undated posts last and returns nothing for a node with no posts', () => {
    expect(rolesOf(graph, 'bob').map((r) => r.role.id)).toEqual(['r-bob-new', 'r-bob-agency']);
    expect(rolesOf(graph, 'treasury')).toEqual([]);
  });

  it('lists the people holding posts in an agency', () => {
    expect(holdersOf(graph, 'party').map((h) => [h.person.id, h.role.title])).toEqual([
      ['alice', 'Secretary'],
      ['alice', 'Member'],
      ['bob', 'Deputy'],
    ]);
    expect(holdersOf(graph, 'agency').map((h) => h.person.id)).toEqual(['alice', 'bob']);
  });
});

describe('imposedBy', () => {
  it('groups what a body imposed by action, oldest first, targets by name', () => {
    const groups = imposedBy(graph, index, 'treasury');
    expect(groups.map((g) => [g.actionId, g.date, g.measures.length])).toEqual([
      ['act-2019', '2019-10-07', 3],
      ['act-2020', '2020-07-09', 3],
    ]);
    expect(groups[1]?.measures.map((m) => m.target.name)).toEqual(['Alice Official', 'Bob Officer', 'Police Agency']);
    expect(groups[0]?.measures.map((m) => m.measure.id)).toEqual([
      'm-2019-t-acme',
      'm-2019-t-acme-2',
      'm-2019-t-agency',
    ]);
    expect(groups[0]?.action?.title).toBe('action act-2019');
  });

  it('adds statements without measures only when asked', () => {
    expect(imposedBy(graph, index, 'state').map((g) => g.actionId)).toEqual(['act-2020-state']);
    const withStatements = imposedBy(graph, index, 'state', { includeStatements: true });
    expect(withStatements.map((g) => [g.actionId, g.measures.length])).toEqual([
      ['act-2020-state', 1],
      ['act-statement', 0],
    ]);
  });

  it('dates a group by its measures when the action is missing', () => {
    const groups = imposedBy(graph, createDatasetIndex({ ...dataset, actions: [] }), 'treasury');
    expect(groups.map((g) => [g.actionId, g.date, g.action])).toEqual([
      ['act-2019', '2019-10-07', undefined],
      ['act-2020', '2020-07-09', undefined],
    ]);
  });
});

describe('neighboursByKind', () => {
  it('groups neighbours by edge kind and direction with counts', () => {
    const groups = neighboursByKind(graph, 'agency');
    expect(groups.map((g) => [g.label, g.edgeCount, g.neighbours.map((n) => n.node.id)])).toEqual([
      ['measures against', 2, ['treasury']],
      ['post holders', 2, ['alice', 'bob']],
      ['links from', 1, ['acme']],
    ]);
    expect(groups[0]?.neighbours[0]?.edges.sort()).toEqual(['m-2019-t-agency', 'm-2020-t-agency']);
  });

  it('counts a body’s measures out and a person’s posts', () => {
    const treasury = neighboursByKind(graph, 'treasury');
    expect(treasury.map((g) => [g.kind, g.direction, g.edgeCount, g.neighbours.length])).toEqual([
      ['measure', 'out', 6, 4],
    ]);
    const alice = neighboursByKind(graph, 'alice');
    expect(alice.map((g) => [g.label, g.edgeCount, g.neighbours.length])).toEqual([
      ['measures against', 2, 2],
      ['posts held', 3, 2],
    ]);
  });
});

describe('sanctionSummary', () => {
  it('counts distinct bodies, measures and the earliest date', () => {
    const summary = sanctionSummary(graph, 'agency');
    expect(summary).toEqual({
      bodies: 1,
      bodyIds: ['treasury'],
      since: '2019-10-07',
      sinceAtLatest: false,
      measureCount: 2,
    });
    expect(describeSanctionSummary(summary)).toBe('sanctioned by 1 body since 2019-10-07');
    expect(describeSanctionSummary(sanctionSummary(graph, 'alice'))).toBe('sanctioned by 2 bodies since 2020-07-09');
  });

  it('says so when nothing is recorded', () => {
    const summary = sanctionSummary(graph, 'treasury');
    expect(summary).toEqual({ bodies: 0, bodyIds: [], since: null, sinceAtLatest: false, measureCount: 0 });
    expect(describeSanctionSummary(summary)).toBe('no measures recorded');
  });
});

describe('summariseMeasures', () => {
  it('says when the earliest listing is dated only by when it was first seen, unless a dated one is as early', () => {
    const seen = { body: 'mc', announced: '2025-02-26', announcedBy: true };
    const dated = { body: 'us', announced: '2025-03-01' };
    expect(summariseMeasures([dated, seen])).toMatchObject({ since: '2025-02-26', sinceAtLatest: true });
    expect(summariseMeasures([seen, { ...dated, announced: '2025-02-26' }])).toMatchObject({ sinceAtLatest: false });
    expect(summariseMeasures([dated, { ...seen, announced: '2025-04-01' }])).toMatchObject({
      since: '2025-03-01',
      sinceAtLatest: false,
    });
  });
});

describe('sourcesOf and sourcesAbout', () => {
  it('resolves source ids in order, each once, skipping unknown ids', () => {
    expect(sourcesOf(index, { sources: ['src-c', 'missing', 'src-a', 'src-c'] }).map((s) => s.title)).toEqual([
      'Source C',
      'Source A',
    ]);
  });

  it('gathers the sources behind a node, its posts and its measures', () => {
    const ids = sourcesAbout(graph, index, 'alice').map((s) => s.id);
    expect(ids[0]).toBe('src-a');
    expect([...ids].sort()).toEqual(['src-a', 'src-b', 'src-c']);
    expect(sourcesAbout(graph, index, 'treasury').map((s) => s.id)).toEqual(['src-a', 'src-c']);
  });
});

describe('purity', () => {
  it('leaves the dataset and graph unchanged', () => {
    const before = JSON.stringify(dataset);
    const order = graph.edges().join();
    measuresAgainst(graph, index, 'alice');
    imposedBy(graph, index, 'treasury', { includeStatements: true });
    rolesOf(graph, 'alice');
    holdersOf(graph, 'party');
    neighboursByKind(graph, 'agency');
    expect(JSON.stringify(dataset)).toBe(before);
    expect(graph.edges().join()).toBe(order);
  });
});
