// The credit lines a dataset asks for, in the About panel and in every export's credit line alike.
import { describe, expect, it } from 'vitest';
import { datasetCredits, OPENSANCTIONS_CREDIT } from '../../../src/core/data/about.ts';

const source = (url: string) => ({ title: 'Imported from export.ftm.json', publisher: 'unknown', url, kind: 'reference' });

describe('datasetCredits', () => {
  it("adds OpenSanctions' credit to data from opensanctions.org, once, after the data's own", () => {
    const linked = { info: { title: 'x', credits: ['Own credit'] }, sources: [source('https://data.opensanctions.org/x.json')] };
    expect(datasetCredits(linked)).toEqual(['Own credit', OPENSANCTIONS_CREDIT]);
    // An imported file that carries it already (its records name OpenSanctions' lists) gets it once.
    const imported = { info: { title: 'x', credits: [OPENSANCTIONS_CREDIT] }, sources: [source('https://data.opensanctions.org/x.json')] };
    expect(datasetCredits(imported)).toEqual([OPENSANCTIONS_CREDIT]);
  });

  it('adds nothing to data from elsewhere', () => {
    expect(datasetCredits({ info: { title: 'x' }, sources: [source('https://example.org/x.json')] })).toEqual([]);
  });
});
