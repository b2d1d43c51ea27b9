// What a link may name in loaded data: with the bundled data, whose one identity judgement merges the Entity
// List's record of the Xinjiang police bureau ("xuar-psb-2019") into the Treasury's ("xpsb").
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { cleanViewState } from '../../src/core/view/clean.ts';
import { decodeViewState, encodeViewState } from '../../src/core/view/codec.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { knownData, prepareData } from '../../src/state/loadedData.ts';

describe('knownData', () => {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data does not load');
  const data = prepareData(dataset, { kind: 'bundled' });
  const version = dataset.info.version;

  it('is checked against data that merges the two records of the bureau', () => {
    expect(data.graph.hasNode('xpsb')).toBe(true);
    expect(data.graph.hasNode('xuar-psb-2019')).toBe(false);
  });

  it('keeps the selection of a link made with judged-same nodes split', () => {
    const shared = { ...defaultViewState(version), identities: 'split' as const };
    const link = encodeViewState({ ...shared, selection: { type: 'node', id: 'xuar-psb-2019' } });
    const { state, notices } = cleanViewState(decodeViewState(link).state, knownData(data));
    expect(notices).toEqual([]);
    expect(state.selection).toEqual({ type: 'node', id: 'xuar-psb-2019' });
  });

  it('selects the merged node for a link that names the merged-away record on merged nodes', () => {
    const link = encodeViewState({ ...defaultViewState(version), selection: { type: 'node', id: 'xuar-psb-2019' } });
    const { state, notices } = cleanViewState(decodeViewState(link).state, knownData(data));
    expect(notices).toEqual([]);
    expect(state.selection).toEqual({ type: 'node', id: 'xpsb' });
  });
});
