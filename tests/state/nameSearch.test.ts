// The name search is built after the data is shown: the store says "building" at once, then holds a search
// that answers like the name index itself, and a search built for data since replaced never takes over.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { generateDataset } from '../../scripts/lib/synthetic.ts';
import { buildNameIndex, search } from '../../src/core/search/nameIndex.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { prepareData } from '../../src/state/loadedData.ts';
import { buildNameSearch } from '../../src/state/nameSearch.ts';
import { setData, useAppStore } from '../../src/state/store.ts';

function bundled() {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data should be valid');
  return prepareData(dataset, { kind: 'bundled' });
}

/** Resolves once the store's name search is no longer being built. */
function settled(): Promise<void> {
  return new Promise((resolve) => {
    if (useAppStore.getState().names?.status !== 'building') return resolve();
    const stop = useAppStore.subscribe((s) => {
      if (s.names?.status !== 'building') {
        stop();
        resolve();
      }
    });
  });
}

describe('name search', () => {
  it('answers as the name index does, misspellings and Chinese names included', async () => {
    const data = bundled();
    const built = await buildNameSearch(data);
    if (built.status !== 'ready') throw new Error(`expected a search, got ${built.status}`);
    const index = buildNameIndex(data.dataset.nodes);
    for (const query of ['Chen Quanquo', '陈全国', 'Huo Liuju', 'treasury', 'x']) {
      expect(built.search(query, { limit: 8 })).toEqual(search(index, query, { limit: 8 }));
    }
    expect(built.search('Chen Quanquo', { limit: 1 })[0]?.id).toBe('chen-quanguo');
  });

  it('is "building" as soon as data is shown, then ready for that data', async () => {
    const data = bundled();
    setData(data, defaultViewState(data.dataset.info.version));
    expect(useAppStore.getState().names).toEqual({ status: 'building', data });
    await settled();
    const names = useAppStore.getState().names;
    expect(names?.status).toBe('ready');
    expect(names?.data).toBe(data);
  });

  it('keeps the search of the newest data when an older, larger build finishes last', async () => {
    const first = prepareData(generateDataset({ seed: 3, nodes: 12_000 }), { kind: 'file', name: 'large.json' });
    const second = bundled();
    setData(first, defaultViewState(first.dataset.info.version));
    setData(second, defaultViewState(second.dataset.info.version));
    await settled();
    expect(useAppStore.getState().names?.data).toBe(second);
    // The first build goes on in slices; once a build of the same data has finished, so has it.
    await buildNameSearch(first);
    await new Promise((r) => setTimeout(r, 50));
    expect(useAppStore.getState().names?.data).toBe(second);
    expect(useAppStore.getState().names?.status).toBe('ready');
    // Generating and indexing 12,000 nodes takes over the default 5 s on a loaded machine.
  }, 30_000);
});
