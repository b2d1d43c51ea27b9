// toEqual, not toStrictEqual: fast-check builds null-prototype records, and an id such as "constructor"
// used as a positions key confuses toStrictEqual's type check. Prototypes are checked where they matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeViewState,
  encodeViewState,
  escapeLinkText,
  isValidViewState,
  roundViewState,
  unescapeLinkText,
} from '../../../src/core/view/codec.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { AWKWARD_IDS, fiftyDraggedView, typicalView, viewStateArb } from './fixtures.ts';

/** The link's key=value pairs as a map (keys are never escaped, so a plain split is exact). */
function pairs(link: string): Map<string, string> {
  return new Map(link.split('&').map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]));
}

describe('encodeViewState / decodeViewState round trip', () => {
  it('the generator only makes valid view states', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => isValidViewState(state)),
      { numRuns: 300 },
    );
  });

  it('reopens any valid view exactly, coordinates rounded as documented, without notices', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        const { state: decoded, notices } = decodeViewState(encodeViewState(state));
        expect(notices).toEqual([]);
        expect(decoded).toEqual(roundViewState(state));
        expect(isValidViewState(decoded)).toBe(true);
        // A second trip changes nothing: the link is stable.
        expect(encodeViewState(decoded)).toBe(encodeViewState(state));
      }),
      { numRuns: 800 },
    );
  }, 60_000);

  it('accepts the hash with its leading "#" and surrounding whitespace', () => {
    const link = encodeViewState(typicalView());
    expect(decodeViewState(`#${link}`).state).toEqual(roundViewState(typicalView()));
    expect(decodeViewState(` #${link}\n`).state).toEqual(roundViewState(typicalView()));
  });

  it('keeps every awkward id through selection, focus, path, bodies, expansions and positions', () => {
    for (const id of AWKWARD_IDS) {
      const state: ViewState = {
        ...defaultViewState(id),
        selection: { type: 'edge', id },
        filters: { ...defaultViewState().filters, bodies: [id] },
        focus: { node: id, depth: 3 },
        expanded: [{ node: id, kind: 'links' }],
        path: { from: id, to: id },
        positions: Object.fromEntries([[id, { x: 1, y: -2 }]]),
      };
      const link = encodeViewState(state);
      expect(link).toMatch(/^[A-Za-z0-9._:%~,=&+$-]*$/);
      const decoded = decodeViewState(link);
      expect(decoded.notices).toEqual([]);
      expect(decoded.state).toEqual(state);
    }
  });

  it('keeps a "__proto__" node position as an ordinary entry', () => {
    const positions: Record<string, { x: number; y: number }> = JSON.parse(
      '{"__proto__":{"x":5,"y":6},"a":{"x":1,"y":2}}',
    );
    const { state } = decodeViewState(encodeViewState({ ...defaultViewState(), positions }));
    expect(Object.keys(state.positions).sort()).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(state.positions)).toBe(Object.prototype);
    expect(Object.entries(state.positions)).toContainEqual(['__proto__', { x: 5, y: 6 }]);
  });
});

describe('link text', () => {
  it('omits defaults: the default view is just the version', () => {
    expect(encodeViewState(defaultViewState())).toBe('v=1');
    expect(encodeViewState(defaultViewState('2026-11-01'))).toBe('v=1&d=2026-11-01');
  });

  it('writes only the keys whose field differs from the default', () => {
    const link = encodeViewState({ ...defaultViewState(), asOf: '2021-03-22', layout: 'circle' });
    expect(link).toBe('v=1&a=2021-03-22&l=circle');
  });

  it('is human-readable for a typical view and under 300 characters', () => {
    const link = encodeViewState(typicalView());
    expect(link.length).toBeLessThan(300);
    const keys = pairs(link);
    expect(keys.get('s')).toBe('n:chen-quanguo');
    expect(keys.get('a')).toBe('2020-07-31');
    expect(keys.get('k')).toBe('company');
    expect(keys.get('f')).toBe('xinjiang-public-security-bureau~2');
    expect(keys.get('z')).toBe('1.337~-413~238');
    expect(keys.get('q')).toBe('chen-quanguo~120~-45,zhu-hailun~-300~82');
  });

  it('fits 50 dragged nodes with realistic ids in under 2,000 characters, by compressing the positions', () => {
    const view = fiftyDraggedView();
    const link = encodeViewState(view);
    expect(link.length).toBeLessThan(2000);
    expect(pairs(link).has('qz')).toBe(true);
    expect(decodeViewState(link).state).toEqual(roundViewState(view));
  });

  it('escapes separators and non-ASCII in ids, and reverses the escaping', () => {
    expect(escapeLinkText('a~b,c&d=e%f g')).toBe('a%7Eb%2Cc%26d%3De%25f%20g');
    expect(escapeLinkText('ofac:sdn-1.2_x')).toBe('ofac:sdn-1.2_x');
    expect(escapeLinkText('陈')).toBe('%E9%99%88');
    expect(escapeLinkText("!*'()")).toBe('%21%2A%27%28%29');
    expect(unescapeLinkText('%E9%99%88')).toBe('陈');
    expect(unescapeLinkText('%E9%99')).toBeNull();
  });
});

describe('decodeViewState keeps what is valid and says what it ignored', () => {
  it('opens the default view without notices for an empty hash', () => {
    expect(decodeViewState('')).toEqual({ state: defaultViewState(), notices: [] });
    expect(decodeViewState('#')).toEqual({ state: defaultViewState(), notices: [] });
  });

  it('opens the default view with a notice for a newer or unknown version', () => {
    const newer = decodeViewState('v=2&s=n:chen-quanguo');
    expect(newer.state).toEqual(defaultViewState());
    expect(newer.notices).toEqual([expect.stringContaining('link format 2, newer than this app reads')]);
    const unknown = decodeViewState('v=banana&s=n:chen-quanguo');
    expect(unknown.state).toEqual(defaultViewState());
    expect(unknown.notices).toEqual([expect.stringContaining('unknown format version "banana"')]);
  });

  it('reads a link without a version as version 1, with a notice', () => {
    const { state, notices } = decodeViewState('s=n:chen-quanguo');
    expect(state.selection).toEqual({ type: 'node', id: 'chen-quanguo' });
    expect(notices).toEqual([expect.stringContaining('no format version')]);
  });

  it('keeps valid fields next to invalid ones and names each invalid value', () => {
    const { state, notices } = decodeViewState(
      'v=1&s=n:chen-quanguo&k=company,spaceship,group&a=2021-02-29&l=spiral&z=NaN~1~2&pn=insights&mv=map&bogus=1',
    );
    expect(state.selection).toEqual({ type: 'node', id: 'chen-quanguo' });
    expect(state.filters.nodeKinds).toEqual(['company', 'group']);
    expect(state.panel).toBe('insights');
    expect(state.asOf).toBeNull();
    expect(state.layout).toBe('force');
    expect(state.camera).toBeNull();
    expect(state.mainView).toBe('graph');
    const text = notices.join('\n');
    for (const named of ['"spaceship"', '"2021-02-29"', '"spiral"', '"NaN~1~2"', '"map"', '"bogus"']) {
      expect(text).toContain(named);
    }
    expect(notices).toHaveLength(6);
  });

  it('rejects non-finite, exponent and huge coordinates but keeps the good positions', () => {
    const { state, notices } = decodeViewState('v=1&q=a~1e400~3,b~Infinity~2,c~NaN~1,d~99999999~0,e~12.6~-3');
    expect(state.positions).toEqual({ e: { x: 13, y: -3 } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('"a~1e400~3"');
  });

  it('clamps zoom and focus depth into range with a notice', () => {
    const { state, notices } = decodeViewState('v=1&z=50~0~0&f=chen-quanguo~7');
    expect(state.camera).toEqual({ zoom: 20, pan: { x: 0, y: 0 } });
    expect(state.focus).toEqual({ node: 'chen-quanguo', depth: 3 });
    expect(notices).toHaveLength(2);
  });

  it('uses the first of repeated keys and ignores malformed escapes', () => {
    const { state, notices } = decodeViewState('v=1&s=n:first&s=n:second&pf=%E0%A4%A&pt=ok');
    expect(state.selection).toEqual({ type: 'node', id: 'first' });
    expect(state.path).toEqual({ from: null, to: 'ok' });
    expect(notices.join('\n')).toContain('repeated link keys');
  });

  it('keeps a script in a value as inert text (the cleaner later drops unknown ids)', () => {
    const { state } = decodeViewState('v=1&s=n:%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(state.selection).toEqual({ type: 'node', id: '<script>alert(1)</script>' });
  });

  it('reads only the first 100,000 characters of a megabytes-long link', () => {
    const link = `v=1&s=n:chen-quanguo&k=${'company,'.repeat(400_000)}&a=2020-01-01`;
    const { state, notices } = decodeViewState(link);
    expect(state.selection).toEqual({ type: 'node', id: 'chen-quanguo' });
    expect(state.asOf).toBeNull();
    expect(notices).toEqual([expect.stringContaining('over the limit of 100000')]);
  });

  it('ignores compressed positions that do not decompress, or would decompress to too much', () => {
    expect(decodeViewState('v=1&qz=!!!!').notices).toEqual([expect.stringContaining('(qz)')]);
    const bomb = decodeViewState(`v=1&qz=${'A'.repeat(9000)}`);
    expect(bomb.state.positions).toEqual({});
    expect(bomb.notices).toEqual([expect.stringContaining('over the limit of 8000')]);
  });
});

describe('layout names in links', () => {
  it('opens links naming the older layouts as they were, with no notice, and writes the new default as nothing', () => {
    for (const name of ['fcose', 'concentric', 'breadthfirst', 'circle'] as const) {
      const { state, notices } = decodeViewState(`v=1&l=${name}`);
      expect(state.layout).toBe(name);
      expect(notices).toEqual([]);
    }
    expect(decodeViewState('v=1').state.layout).toBe('force');
    expect(encodeViewState({ ...defaultViewState(), layout: 'force' })).not.toContain('l=');
    expect(decodeViewState(encodeViewState({ ...defaultViewState(), layout: 'timeline' })).state.layout).toBe(
      'timeline',
    );
  });
});
