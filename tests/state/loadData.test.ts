// Opened data: view files told apart from data files by their head, and names for what is being opened.
// (`?data=` in the address: address.test.ts.)
import { describe, expect, it } from 'vitest';
import { createViewFile, serialiseViewFile } from '../../src/core/view/viewFile.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { serializeDatasetBundle } from '../../src/core/data/import/bundle.ts';
import { looksLikeViewFile, sourceName } from '../../src/state/loadData.ts';

describe('looksLikeViewFile', () => {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data does not load');

  it('recognises a view file, with or without data, and not a dataset bundle or FtM lines', () => {
    const view = serialiseViewFile(createViewFile(defaultViewState(), dataset, { includeData: false }));
    const withData = serialiseViewFile(createViewFile(defaultViewState(), dataset, { includeData: true }));
    expect(looksLikeViewFile(view)).toBe(true);
    expect(looksLikeViewFile(withData.slice(0, 4096))).toBe(true);
    expect(looksLikeViewFile(JSON.stringify(JSON.parse(view)))).toBe(true);
    expect(looksLikeViewFile(serializeDatasetBundle(dataset).slice(0, 4096))).toBe(false);
    expect(looksLikeViewFile('{"id":"p1","schema":"Person","properties":{"name":["sanctions-explorer-view"]}}')).toBe(
      false,
    );
  });
});

describe('sourceName', () => {
  it('names a file by its name, a URL by itself, and a nameless blob "data"', () => {
    expect(sourceName(new File(['x'], 'export.ftm.json'))).toBe('export.ftm.json');
    expect(sourceName('https://example.org/x.json')).toBe('https://example.org/x.json');
    expect(sourceName(new URL('https://example.org/y.json'))).toBe('https://example.org/y.json');
    expect(sourceName(new Blob(['x']))).toBe('data');
  });
});
