// The address rules of opened data: `?data=` read from and written into the query string (other parameters
// kept), view files told apart from data files by their head, and names for what is being opened.
import { describe, expect, it } from 'vitest';
import { createViewFile, serialiseViewFile } from '../../src/core/view/viewFile.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { serializeDatasetBundle } from '../../src/core/data/import/bundle.ts';
import { dataUrlFromSearch, looksLikeViewFile, searchWithData, sourceName } from '../../src/state/loadData.ts';

describe('?data= in the query string', () => {
  it('reads the URL, trimmed, and nothing when empty or absent', () => {
    expect(dataUrlFromSearch('?data=https://example.org/x.ftm.json')).toBe('https://example.org/x.ftm.json');
    expect(dataUrlFromSearch('?embed=1&data=%20data/x.json%20')).toBe('data/x.json');
    expect(dataUrlFromSearch('?data=')).toBeNull();
    expect(dataUrlFromSearch('?embed=1')).toBeNull();
    expect(dataUrlFromSearch('')).toBeNull();
  });

  it('writes a URL that reads back the same, keeping the other parameters and ":" and "/" readable', () => {
    const urls = [
      'https://example.org/exports/targets.ftm.json',
      'https://example.org/a?b=1&c=2#frag',
      'data/local file.json',
      'https://example.org/é.json',
    ];
    for (const url of urls) {
      const search = searchWithData('?embed=1&draw=all', url);
      expect(dataUrlFromSearch(search)).toBe(url);
      const params = new URLSearchParams(search);
      expect(params.get('embed')).toBe('1');
      expect(params.get('draw')).toBe('all');
    }
    expect(searchWithData('', 'https://example.org/x.json')).toBe('?data=https://example.org/x.json');
  });

  it('removes ?data= and only it', () => {
    expect(searchWithData('?data=x.json', null)).toBe('');
    expect(searchWithData('?embed=1&data=x.json', null)).toBe('?embed=1');
    expect(searchWithData('?data=old.json', 'new.json')).toBe('?data=new.json');
  });
});

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
