import { describe, expect, it } from 'vitest';
import { decodeViewState, roundViewState } from '../../../src/core/view/codec.ts';
import { embedLink, embedSnippet, fileStem, viewLink } from '../../../src/features/share/links.ts';
import { parseAddress } from '../../../src/state/address.ts';
import { typicalView } from '../../core/view/fixtures.ts';

const PAGE = 'https://example.org/explorer/?data=https%3A%2F%2Fexample.org%2Fx.ftm&embed=1#v=1&s=n:old';

describe('share links', () => {
  it('the view link reopens the view, drops embed and keeps other parameters such as ?data=', () => {
    const url = new URL(viewLink(PAGE, typicalView()));
    expect(url.pathname).toBe('/explorer/');
    expect(url.searchParams.get('embed')).toBeNull();
    expect(url.searchParams.get('data')).toBe('https://example.org/x.ftm');
    const decoded = decodeViewState(url.hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(roundViewState(typicalView()));
  });

  it('the embed link asks for embed mode and leaves the camera out, keeping everything else', () => {
    const url = new URL(embedLink('https://example.org/explorer/', typicalView()));
    expect(parseAddress(url.search).embed).toBe(true);
    const state = decodeViewState(url.hash).state;
    expect(state.camera).toBeNull();
    expect(state).toEqual(roundViewState({ ...typicalView(), camera: null }));
  });

  it('the embed snippet is one iframe with its attributes escaped, whatever the title', () => {
    const snippet = embedSnippet('https://example.org/', typicalView(), 'A "title" <script>alert(1)</script> & more');
    expect(snippet).toMatch(
      /^<iframe src="[^"<>]*" title="[^"<>]*" width="800" height="500" style="border:0" loading="lazy"><\/iframe>$/,
    );
    expect(snippet).not.toContain('<script');
    expect(snippet).toContain('&amp;s=n:chen-quanguo');
    expect(snippet).toContain('A &quot;title&quot; &lt;script&gt;');
  });

  it('makes safe file names from dataset ids', () => {
    expect(fileStem('xinjiang-sanctions')).toBe('xinjiang-sanctions');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('陈全国')).toBe('sanctions-explorer');
  });
});
