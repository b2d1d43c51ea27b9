import { describe, expect, it } from 'vitest';
import { FTM_SCHEMATA } from '../../../src/core/data/ftm/entity.ts';
import { importStream } from '../../../src/core/data/import/run.ts';
import { createRng, generateDataset, generateFtm, generateFtmLines, SYNTHETIC_FTM_SHARES } from '../../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { problemsOf } from './ftm/helpers.ts';

describe('createRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateFtm', () => {
  const entities = generateFtm({ seed: 1, entities: 5000 });

  it('is deterministic: the same seed gives the same entities, another seed others', () => {
    expect(generateFtm({ seed: 1, entities: 5000 })).toEqual(entities);
    expect(generateFtm({ seed: 2, entities: 5000 })).not.toEqual(entities);
    expect([...generateFtmLines({ seed: 1, entities: 50 })]).toEqual(generateFtm({ seed: 1, entities: 50 }).map((e) => JSON.stringify(e)));
  });

  it('writes exactly the number of entities asked for, of every schema the importer maps', () => {
    for (const n of [0, 1, 10, 49, 50, 1234]) expect(generateFtm({ seed: 3, entities: n })).toHaveLength(n);
    const schemata = new Set(entities.map((e) => e.schema));
    expect([...schemata].sort()).toEqual(Object.keys(SYNTHETIC_FTM_SHARES).sort());
    for (const e of entities) expect(FTM_SCHEMATA.has(e.schema)).toBe(true);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('looks like a sanctions list: sanctions of several authorities 2014 to 2024 on parties in the file', () => {
    const ids = new Set(entities.map((e) => e.id));
    const sanctions = entities.filter((e) => e.schema === 'Sanction');
    expect(new Set(sanctions.map((s) => s.properties.authority?.[0])).size).toBeGreaterThanOrEqual(8);
    for (const s of sanctions) {
      expect(ids.has(s.properties.entity?.[0] ?? '')).toBe(true);
      for (const d of [...(s.properties.listingDate ?? []), ...(s.properties.startDate ?? [])]) {
        expect(d >= '2014-01-01' && d <= '2024-12-31').toBe(true);
      }
    }
    const persons = entities.filter((e) => e.schema === 'Person');
    expect(persons.filter((p) => (p.properties.alias ?? []).length > 0).length).toBe(persons.length);
    expect(persons.some((p) => /\p{Script=Han}/u.test((p.properties.alias ?? []).join('')))).toBe(true);
  });
});

describe('a 100,000-entity generated file', () => {
  it('streams through the importer in Node, every entity kept', async () => {
    const entities = generateFtm({ seed: 1, entities: 100_000 });
    const text = `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    const { dataset, report } = await importStream(new Blob([bytes]).stream(), { name: 'synthetic.ftm.json', totalBytes: bytes.length });
    expect(report).toMatchObject({ linesRead: 100_000, entitiesRead: 100_000, entitiesKept: 100_000, skipped: [], skippedNotListed: 0 });
    const count = (schema: string) => entities.filter((e) => e.schema === schema).length;
    const kinds = (kind: string) => dataset.nodes.filter((n) => n.kind === kind).length;
    expect(kinds('person')).toBe(count('Person'));
    expect(kinds('company')).toBe(count('Company'));
    expect(kinds('organization')).toBe(count('Organization') + count('LegalEntity'));
    expect(kinds('sanctioningBody')).toBe(8);
    expect(dataset.roles.length + dataset.links.length).toBeGreaterThanOrEqual(
      count('Occupancy') + count('Membership') + count('Employment') + count('Directorship') + count('Ownership') + count('Family') + count('Associate'),
    );
    const measureIds = new Set(dataset.measures.map((m) => m.id));
    expect(measureIds.size).toBe(dataset.measures.length);
    expect(dataset.measures.length).toBeGreaterThanOrEqual(count('Sanction'));
    const graph = buildGraph(dataset);
    expect(graph.order).toBe(dataset.nodes.length);
  }, 120_000);
});

describe('generateDataset', () => {
  it('makes exactly the nodes asked for, about twice as many edges, valid and deterministic', () => {
    for (const nodes of [2, 100, 1000]) {
      const dataset = generateDataset({ seed: 5, nodes });
      expect(dataset.nodes).toHaveLength(nodes);
      const edges = dataset.measures.length + dataset.roles.length + dataset.links.length;
      expect(edges / nodes).toBeGreaterThanOrEqual(nodes < 10 ? 0.5 : 1.8);
      expect(edges / nodes).toBeLessThanOrEqual(2.2);
      expect(problemsOf(dataset)).toEqual([]);
    }
    expect(generateDataset({ seed: 5, nodes: 300 })).toEqual(generateDataset({ seed: 5, nodes: 300 }));
    expect(generateDataset({ seed: 6, nodes: 300 })).not.toEqual(generateDataset({ seed: 5, nodes: 300 }));
  });
});
