// The second real OpenSanctions file (7 entities: organisations, persons and an address, with names in many
// scripts and captions), read as it is.
import { describe, expect, it } from 'vitest';
import { importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { buildGraph } from '../../../../src/core/graph/build.ts';
import { problemsOf } from './helpers.ts';
import { readRealFile, REALDATA_DIR } from './realdata.ts';

describe.skipIf(REALDATA_DIR === undefined)('t1.ftm.json (real OpenSanctions data; skipped: ../shared/realdata is absent)', () => {
  const text = readRealFile('t1.ftm.json');
  const entities = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; schema: string; caption: string });
  const { dataset, report } = importFtmText(text, { fileName: 't1.ftm.json' });

  it('accounts for every entity: each kept or reported with its line and reason; the dataset is valid', () => {
    expect(report.entitiesRead).toBe(entities.length);
    expect(report.entitiesKept + report.skipped.length).toBe(entities.length);
    // The file's one Address belongs to no entity in it (its organisations name other address ids): it has
    // nothing to be a fact of, so the load report says so, with its line, instead of dropping it silently.
    const address = entities.findIndex((e) => e.schema === 'Address');
    expect(report.skipped).toEqual([
      expect.objectContaining({ line: address + 1, reason: 'unattachedFact', detail: expect.stringContaining('Mombasa') }),
    ]);
    expect(problemsOf(dataset)).toEqual([]);
    expect(() => buildGraph(dataset)).not.toThrow();
  });

  it('draws each person and organisation once, named by its caption', () => {
    const parties = entities.filter((e) => e.schema !== 'Address');
    expect(dataset.nodes.map((n) => n.name).sort()).toEqual(parties.map((e) => e.caption).sort());
  });
});
