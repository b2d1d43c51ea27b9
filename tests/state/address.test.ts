// The page address: `?data=`, `?embed=1`, `?draw=all` and the hash read in one place, and the address the
// app writes (the `data` parameter and the view's hash, other parameters kept).
import { describe, expect, it } from 'vitest';
import { decodeViewState, roundViewState } from '../../src/core/view/codec.ts';
import { nextAddress, parseAddress, searchWithData } from '../../src/state/address.ts';
import { typicalView } from '../core/view/fixtures.ts';

describe('parseAddress', () => {
  it('reads ?data=, trimmed, and nothing when empty or absent', () => {
    expect(parseAddress('?data=https://example.org/x.ftm.json').dataUrl).toBe('https://example.org/x.ftm.json');
    expect(parseAddress('?embed=1&data=%20data/x.json%20').dataUrl).toBe('data/x.json');
    expect(parseAddress('?data=').dataUrl).toBeNull();
    expect(parseAddress('?embed=1').dataUrl).toBeNull();
    expect(parseAddress('').dataUrl).toBeNull();
  });

  it('reads embed mode only from embed=1, and drawing everything only from draw=all', () => {
    expect(parseAddress('?embed=1').embed).toBe(true);
    expect(parseAddress('?x=2&embed=1').embed).toBe(true);
    expect(parseAddress('?embed=0').embed).toBe(false);
    expect(parseAddress('').embed).toBe(false);
    expect(parseAddress('?draw=all').drawAll).toBe(true);
    expect(parseAddress('?data=x.json&draw=all').drawAll).toBe(true);
    expect(parseAddress('?draw=some').drawAll).toBe(false);
    expect(parseAddress('').drawAll).toBe(false);
  });

  it('gives the hash without its "#"', () => {
    expect(parseAddress('', '#v=1&s=n:a').hash).toBe('v=1&s=n:a');
    expect(parseAddress('', 'v=1').hash).toBe('v=1');
    expect(parseAddress('').hash).toBe('');
  });
});

describe('the address the app writes', () => {
  it('writes a ?data= URL that reads back the same, keeping the other parameters and ":" and "/" readable', () => {
    const urls = [
      'https://example.org/exports/targets.ftm.json',
      'https://example.org/a?b=1&c=2#frag',
      'data/local file.json',
      'https://example.org/é.json',
    ];
    for (const url of urls) {
      const search = searchWithData('?embed=1&draw=all', url);
      expect(parseAddress(search).dataUrl).toBe(url);
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

  it('changes only the parts asked for: the view as the hash, the data parameter, or both', () => {
    const here = { pathname: '/explorer/', search: '?draw=all&data=old.json', hash: '#v=1&s=n:old' };
    const withView = nextAddress(here, { view: typicalView() });
    expect(withView.startsWith('/explorer/?draw=all&data=old.json#v=1&')).toBe(true);
    expect(decodeViewState(withView.slice(withView.indexOf('#'))).state).toEqual(roundViewState(typicalView()));
    expect(nextAddress(here, { dataUrl: null, view: null })).toBe('/explorer/?draw=all');
    expect(nextAddress(here, { dataUrl: 'new.json' })).toBe('/explorer/?draw=all&data=new.json#v=1&s=n:old');
    expect(nextAddress(here, {})).toBe('/explorer/?draw=all&data=old.json#v=1&s=n:old');
  });
});
