// What a reader types that is not a name finds measures, grouped by action.
import { describe, expect, it } from 'vitest';
import { carriesOpenSanctions } from '../../../src/core/data/about.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { foldText, prepareMeasureSearch, searchMeasures } from '../../../src/core/search/measureSearch.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not validate');

const actionsFound = (query: string) => searchMeasures(dataset, query, 20).map((g) => g.actionId);

describe('searchMeasures', () => {
  it('finds the Global Magnitsky actions by "Magnitsky", and only measures under that program', () => {
    const groups = searchMeasures(dataset, 'Magnitsky', 20);
    expect(groups.map((g) => g.actionId)).toEqual(
      expect.arrayContaining(['act-2020-07-09-treasury', 'act-2021-03-22-treasury', 'act-2021-12-10-treasury']),
    );
    for (const group of groups) for (const m of group.measures) expect(m.program).toBe('US-GLOMAG');
    expect(groups.find((g) => g.actionId === 'act-2020-07-09-treasury')?.measures).toHaveLength(5);
  });

  it('finds legal bases, list names, action titles and source ids', () => {
    expect(actionsFound('7031(c)')).toEqual(expect.arrayContaining(['act-2020-07-09-state', 'act-2021-12-10-state']));
    expect(actionsFound('Entity List')).toEqual(['act-2019-10-07-bis']);
    expect(actionsFound('sm1055')).toEqual(['act-2020-07-09-treasury']);
    expect(actionsFound('answers the UK')).toEqual(['act-2021-03-26-mfa']);
    expect(actionsFound('2021/478')).toEqual(['act-2021-03-22-eu']);
    // Program ids checked against OpenSanctions' program definitions (EU-HR, GB-HR, CA-SEMA) find their lists.
    expect(actionsFound('EU-HR')).toEqual(['act-2021-03-22-eu']);
    expect(actionsFound('Special Economic Measures Act')).toEqual(['act-2021-03-22-canada']);
  });

  it('needs every word, ignores case and accents, and finds nothing for an empty query', () => {
    expect(actionsFound('magnitsky treasury 2021')).not.toContain('act-2020-07-09-treasury');
    expect(foldText('  Bütikofer  MEP ')).toBe('butikofer mep');
    expect(searchMeasures(dataset, '   ')).toEqual([]);
    expect(searchMeasures(dataset, 'no such program anywhere')).toEqual([]);
  });

  it('a program id named like an object property is data, not a lookup into the name table', () => {
    const first = dataset.measures[0];
    if (!first) throw new Error('no measure');
    const hostile = { ...dataset, measures: [{ ...first, program: 'constructor' }] };
    const [group] = searchMeasures(hostile, 'constructor', 5);
    expect(group?.matched).toBe('constructor');
  });
});

describe('prepareMeasureSearch', () => {
  it('folds the measures a few at a time and says when all are done; searches find the same either way', () => {
    // A copy, so that this dataset's folded fields start empty.
    const copy = { ...dataset };
    const queries = ['Magnitsky', 'sm1055', '7031(c)', 'answers the UK', 'no such program anywhere'];
    const before = queries.map((q) => searchMeasures({ ...dataset }, q, 20));
    let steps = 1;
    while (!prepareMeasureSearch(copy, 7)) steps++;
    expect(steps).toBe(Math.ceil(dataset.measures.length / 7));
    expect(queries.map((q) => searchMeasures(copy, q, 20))).toEqual(before);
    // Half prepared: the query folds the rest itself.
    const half = { ...dataset };
    prepareMeasureSearch(half, Math.floor(dataset.measures.length / 2));
    expect(queries.map((q) => searchMeasures(half, q, 20))).toEqual(before);
  });
});

describe('carriesOpenSanctions', () => {
  it('is false for the bundled data (it cites OpenSanctions only for identifiers) and true for an import from it', () => {
    // It links OpenSanctions' source repository on GitHub for its identifiers: that is not carrying its data.
    expect(dataset.sources.some((s) => s.url?.startsWith('https://github.com/opensanctions/'))).toBe(true);
    expect(carriesOpenSanctions(dataset)).toBe(false);
    const imported = {
      info: dataset.info,
      sources: [
        {
          kind: 'reference',
          publisher: 'unknown',
          title: 'Imported from t1.ftm.json',
          url: 'https://data.opensanctions.org/datasets/latest/default/entities.ftm.json',
        },
      ],
    };
    expect(carriesOpenSanctions(imported)).toBe(true);
  });
});
