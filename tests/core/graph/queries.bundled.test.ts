// The queries on the real bundled dataset: what the person and body panels will show.
import { describe, it, expect } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import {
  createDatasetIndex,
  describeSanctionSummary,
  holdersOf,
  imposedBy,
  lastPostBefore,
  measuresAgainst,
  neighboursByKind,
  rolesOf,
  sanctionSummary,
  sourcesOf,
} from '../../../src/core/graph/queries.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';

const loaded = loadBundledDataset();

function bundled(): Dataset {
  expect(loaded.problems).toEqual([]);
  if (!loaded.dataset) throw new Error('the bundled dataset did not load');
  return loaded.dataset;
}

const dataset = bundled();
const graph = buildGraph(dataset);
const index = createDatasetIndex(dataset);

describe('measures against Chen Quanguo', () => {
  const entries = measuresAgainst(graph, index, 'chen-quanguo');
  const treasury = entries.find((e) => e.body.id === 'us-treasury' && e.measure.announced === '2020-07-09');
  const state = entries.find((e) => e.body.id === 'us-state' && e.measure.announced === '2020-07-09');

  it('include the 2020-07-09 Treasury blocking under Executive Order 13818', () => {
    expect(treasury?.measure.kind).toBe('blocking');
    expect(treasury?.measure.legalBasis).toMatch(/Executive Order 13818/);
    expect(treasury?.action?.id).toBe('act-2020-07-09-treasury');
  });

  it('include the 2020-07-09 State visa ban under Section 7031(c)', () => {
    expect(state?.measure.kind).toBe('visaBan');
    expect(state?.measure.legalBasis).toMatch(/7031\(c\)/);
    expect(state?.action?.id).toBe('act-2020-07-09-state');
  });

  it('are in date order', () => {
    const dates = entries.map((e) => e.measure.announced);
    expect(dates).toEqual([...dates].sort());
  });

  it('show that on 2020-07-09 he was Party Secretary of Xinjiang (and not of Tibet)', () => {
    const held = treasury?.postsHeld.filter((p) => p.tenure === 'held') ?? [];
    expect(held.map((p) => p.role.id)).toContain('r-chen-quanguo-xuar-party-committee');
    expect(held.find((p) => p.role.id === 'r-chen-quanguo-xuar-party-committee')?.organization.id).toBe(
      'xuar-party-committee',
    );
    expect(held.map((p) => p.organization.id)).not.toContain('tar-party-committee');
  });

  it('name the officials and the bureau announced together with him', () => {
    const withTreasury = treasury?.announcedWith.map((n) => n.id) ?? [];
    expect(withTreasury).toEqual(expect.arrayContaining(['zhu-hailun', 'wang-mingshan', 'huo-liujun', 'xpsb']));
    expect(withTreasury).not.toContain('chen-quanguo');
    const withState = state?.announcedWith.map((n) => n.id) ?? [];
    expect(withState).toEqual(expect.arrayContaining(['zhu-hailun', 'wang-mingshan']));
    expect(withState).not.toContain('huo-liujun');
  });

  it('cite the Treasury press release', () => {
    expect(treasury && sourcesOf(index, treasury.measure).map((s) => s.id)).toContain('treasury-sm1055');
  });
});

describe('the post held when a measure was announced', () => {
  it('Chen Quanguo, 2020-07-09: the Xinjiang post is held, the Tibet post (2011 to 2016) left out', () => {
    const [first] = measuresAgainst(graph, index, 'chen-quanguo');
    expect(first?.postsHeld.find((p) => p.organization.id === 'xuar-party-committee')?.tenure).toBe('held');
    expect(first?.postsHeld.find((p) => p.organization.id === 'tar-party-committee')).toBeUndefined();
    expect(first?.lastPost).toBeNull();
  });

  it('Huo Liujun, 2020-07-09: his police post, without dates, is only uncertain', () => {
    const [first] = measuresAgainst(graph, index, 'huo-liujun');
    expect(first?.postsHeld.map((p) => [p.organization.id, p.tenure])).toEqual([['xpsb', 'uncertain']]);
  });

  it('Shohrat Zakir, 2021-12-10: no post on record that day; the last one is his chairmanship, until 2021-09-30', () => {
    const entries = measuresAgainst(graph, index, 'shohrat-zakir').filter((e) => e.measure.announced === '2021-12-10');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.postsHeld.filter((p) => p.tenure === 'held')).toEqual([]);
      expect(entry.lastPost?.role.title).toBe('Chairman of the Xinjiang Uyghur Autonomous Region');
      expect(entry.lastPost?.end).toBe('2021-09-30');
    }
  });

  it('no last post for someone who never held one', () => {
    expect(lastPostBefore(graph, 'sensetime', '2021-12-10')).toBeNull();
  });
});

describe('status line, posts and holders', () => {
  it('says Chen Quanguo is sanctioned by Treasury and State since 2020-07-09', () => {
    const summary = sanctionSummary(graph, 'chen-quanguo');
    expect(summary.bodyIds).toEqual(expect.arrayContaining(['us-state', 'us-treasury']));
    expect(summary.since).toBe('2020-07-09');
    expect(describeSanctionSummary(summary)).toBe(`sanctioned by ${summary.bodies} bodies since 2020-07-09`);
  });

  it('lists Chen Quanguo’s posts and finds him among the holders of the Xinjiang party post', () => {
    expect(rolesOf(graph, 'chen-quanguo').map((r) => r.organization.id)).toEqual(
      expect.arrayContaining(['xuar-party-committee', 'ccp-politburo']),
    );
    expect(holdersOf(graph, 'xuar-party-committee').map((h) => h.person.id)).toContain('chen-quanguo');
  });

  it('counts measures against and posts held among his neighbours', () => {
    const groups = neighboursByKind(graph, 'chen-quanguo');
    const against = groups.find((g) => g.kind === 'measure' && g.direction === 'in');
    expect(against?.edgeCount).toBe(measuresAgainst(graph, index, 'chen-quanguo').length);
    expect(groups.find((g) => g.kind === 'role' && g.direction === 'out')?.edgeCount).toBe(
      rolesOf(graph, 'chen-quanguo').length,
    );
  });
});

describe('what US Treasury imposed', () => {
  const groups = imposedBy(graph, index, 'us-treasury');

  it('is grouped by action, oldest first, each group holding only its own measures', () => {
    expect(new Set(groups.map((g) => g.actionId)).size).toBe(groups.length);
    for (const group of groups) {
      expect(group.measures.length).toBeGreaterThan(0);
      for (const { measure } of group.measures) expect(measure.action).toBe(group.actionId);
    }
    const dates = groups.map((g) => g.date);
    expect(dates).toEqual([...dates].sort());
    const total = groups.reduce((n, g) => n + g.measures.length, 0);
    expect(total).toBe(dataset.measures.filter((m) => m.body === 'us-treasury').length);
  });

  it('holds the 2020-07-09 action with its five targets', () => {
    const july = groups.find((g) => g.actionId === 'act-2020-07-09-treasury');
    expect(july?.date).toBe('2020-07-09');
    expect(july?.measures.map((m) => m.target.id)).toEqual(
      expect.arrayContaining(['chen-quanguo', 'zhu-hailun', 'wang-mingshan', 'huo-liujun', 'xpsb']),
    );
  });
});
