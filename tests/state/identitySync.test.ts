// Switching between judged-same nodes merged and split: the data follows the view, and a view that named a
// record being merged away names the merged node afterwards.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { startIdentitySync } from '../../src/state/identitySync.ts';
import { prepareData } from '../../src/state/loadedData.ts';
import { setData, useAppStore } from '../../src/state/store.ts';
import { setIdentityView } from '../../src/state/transitions.ts';

describe('startIdentitySync', () => {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data does not load');

  it('splits the bureau, then merges it again with the selection on the merged node', () => {
    setData(prepareData(dataset, { kind: 'bundled' }), defaultViewState(dataset.info.version));
    startIdentitySync();
    const split = setIdentityView(useAppStore.getState().view, 'split');
    useAppStore.setState({ view: { ...split, selection: { type: 'node', id: 'xuar-psb-2019' } } });
    expect(useAppStore.getState().data?.graph.hasNode('xuar-psb-2019')).toBe(true);
    expect(useAppStore.getState().view.selection).toEqual({ type: 'node', id: 'xuar-psb-2019' });

    useAppStore.setState({ view: setIdentityView(useAppStore.getState().view, 'merged') });
    const { data, view } = useAppStore.getState();
    expect(data?.graph.hasNode('xuar-psb-2019')).toBe(false);
    expect(view.selection).toEqual({ type: 'node', id: 'xpsb' });
  });
});
