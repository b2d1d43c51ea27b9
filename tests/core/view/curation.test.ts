import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanViewState } from '../../../src/core/view/clean.ts';
import { decodeViewState, encodeViewState } from '../../../src/core/view/codec.ts';
import { HIGHLIGHT_COLOURS, defaultCuration, type Curation } from '../../../src/core/view/curation.ts';
import { escapeCuratedText, unescapeCuratedText } from '../../../src/core/view/curationCodec.ts';
import { viewStatesEqual } from '../../../src/core/view/equal.ts';
import { viewStateFromObject } from '../../../src/core/view/fromObject.ts';
import { nodesInPolygon, nodesInRectangle } from '../../../src/core/view/lasso.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { MEASURE_LOOK, NODE_LOOK } from '../../../src/render/palette.ts';
import { curatedView, curationArb, idArb } from './fixtures.ts';

const withCuration = (curation: Partial<Curation>): ViewState => ({
  ...defaultViewState('v1'),
  curation: { ...defaultCuration(), ...curation },
});

describe('curation in the link', () => {
  it('round-trips any valid curation exactly', () => {
    fc.assert(
      fc.property(curationArb, (curation) => {
        const state = withCuration(curation);
        const { state: read, notices } = decodeViewState(encodeViewState(state));
        expect(notices).toEqual([]);
        expect(read.curation).toEqual(curation);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('escapes text so that a space costs one character and any other character survives', () => {
    fc.assert(
      fc.property(fc.oneof(idArb, fc.string()), (text) => {
        const escaped = escapeCuratedText(text);
        expect(escaped).toMatch(/^[A-Za-z0-9.:_%-]*$/);
        if (!/[\uD800-\uDFFF]/.test(text)) expect(unescapeCuratedText(escaped)).toBe(text);
      }),
    );
    expect(escapeCuratedText('ran the IJOP platform')).toBe('ran_the_IJOP_platform');
    expect(escapeCuratedText('a_b')).toBe('a%5Fb');
  });

  it('keeps 20 hidden nodes, 3 groups and 5 notes of 80 characters under 2,000 characters', () => {
    const state = curatedView();
    const link = encodeViewState(state);
    expect(link.length).toBeLessThan(2000);
    expect(link).toContain('&cz=');
    const { state: read, notices } = decodeViewState(link);
    expect(notices).toEqual([]);
    expect(read.curation).toEqual(state.curation);
  });

  it('shows markup and bidi controls in a link as plain, cleaned text and caps long notes with a notice', () => {
    const long = 'a'.repeat(400);
    const { state, notices } = decodeViewState(
      `v=1&n=n1~o~chen~${encodeURIComponent('<img src=x onerror=alert(1)>\u202eevil')},n2~p~1~2~${long}&ti=%E2%80%AEtitle`,
    );
    expect(state.curation.notes[0]?.text).toBe('<img src=x onerror=alert(1)>evil');
    expect(state.curation.notes[1]?.text).toHaveLength(280);
    expect(state.curation.title).toBe('title');
    expect(notices).toEqual(['The note was cut to 280 characters (120 more were dropped).']);
  });

  it('names the parts it could not read and keeps the rest', () => {
    const { state, notices } = decodeViewState('v=1&h=a,%zz,b&g=g1~X~a!b,bad&n=n1~q~x~text,n2~e~m1~ok&ns=a~~purple');
    expect(state.curation.hidden).toEqual(['a', 'b']);
    expect(state.curation.groups).toEqual([{ id: 'g1', label: 'X', members: ['a', 'b'], collapsed: false }]);
    expect(state.curation.notes).toEqual([{ id: 'n2', text: 'ok', target: { type: 'edge', id: 'm1' } }]);
    expect(state.curation.styles).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^Ignored parts of the curation that could not be read: "g: bad", "n: n1~q~x~text", "ns: a~~purple", "h: %zz"/,
    );
  });

  it('ignores a compressed curation that does not decompress or is too long', () => {
    expect(decodeViewState('v=1&cz=AAAA').notices).toEqual([
      'Ignored the compressed curation (cz): it could not be decompressed.',
    ]);
    expect(decodeViewState(`v=1&cz=${'A'.repeat(9000)}`).notices[0]).toMatch(/over the limit/);
  });
});

describe('curation against the data', () => {
  const known = {
    nodeIds: new Set(['a', 'b', 'c']),
    edgeIds: new Set(['m1']),
    datasetVersion: 'v1',
  };

  it('keeps what the data has and says what was dropped', () => {
    const state = withCuration({
      hidden: ['a', 'gone'],
      groups: [
        { id: 'g1', label: 'Officials', members: ['b', 'gone2'], collapsed: false },
        { id: 'g2', label: 'Empty', members: ['gone3'], collapsed: false },
      ],
      notes: [
        { id: 'n1', text: 'on an edge', target: { type: 'edge', id: 'm1' } },
        { id: 'n2', text: 'lost', target: { type: 'edge', id: 'm-gone' } },
        { id: 'n3', text: 'free', target: { type: 'point', x: 1, y: 2 } },
      ],
    });
    const { state: cleaned, notices } = cleanViewState({ ...state, selectedNodes: ['a', 'b', 'zz'] }, known);
    expect(cleaned.curation.hidden).toEqual(['a']);
    expect(cleaned.curation.groups).toEqual([{ id: 'g1', label: 'Officials', members: ['b'], collapsed: false }]);
    expect(cleaned.curation.notes.map((n) => n.id)).toEqual(['n1', 'n3']);
    expect(cleaned.selectedNodes).toEqual(['a', 'b']);
    expect(notices).toEqual([
      '5 items in this link could not be found in the data and were ignored: selected node "zz", member of group "Officials" "gone2", member of group "Empty" "gone3", note on edge "m-gone", hidden node "gone".',
    ]);
  });
});

describe('curation in a view file', () => {
  it('reads a valid curation back exactly, and cleans or drops what is not valid', () => {
    const state = curatedView();
    expect(viewStatesEqual(viewStateFromObject(JSON.parse(JSON.stringify(state))).state, state)).toBe(true);
    const { state: read, notices } = viewStateFromObject({
      ...defaultViewState(),
      curation: {
        hidden: ['a', 7],
        notes: [{ id: 'n1', text: 'x\u202e', target: { type: 'node', id: 'a' } }, { id: 'n2' }],
        title: 'T'.repeat(200),
        groups: 'no',
      },
    });
    expect(read.curation.hidden).toEqual(['a']);
    expect(read.curation.notes).toEqual([{ id: 'n1', text: 'x', target: { type: 'node', id: 'a' } }]);
    expect(read.curation.title).toHaveLength(120);
    expect(notices).toEqual([
      'Ignored 3 invalid entries in the curation.',
      'The view title was cut to 120 characters (80 more were dropped).',
    ]);
  });
});

describe('lasso', () => {
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 10, y: 10 }],
    ['c', { x: 50, y: 5 }],
  ]);

  it('takes the nodes inside a rectangle drawn in any direction', () => {
    expect(nodesInRectangle(positions, { x1: 20, y1: 20, x2: -1, y2: -1 })).toEqual(['a', 'b']);
  });

  it('takes the nodes inside a polygon, not those in its bounding box only', () => {
    const triangle = [
      { x: -5, y: -5 },
      { x: 60, y: -5 },
      { x: -5, y: 60 },
    ];
    expect(nodesInPolygon(positions, triangle)).toEqual(['a', 'b']);
    expect(nodesInPolygon(positions, triangle.slice(0, 2))).toEqual([]);
  });
});

describe('highlight colours', () => {
  it('never use a colour the legend gives a kind of node or measure', () => {
    const legend = new Set(
      [...Object.values(NODE_LOOK), ...Object.values(MEASURE_LOOK)].map((l) => l.color.toUpperCase()),
    );
    for (const colour of Object.values(HIGHLIGHT_COLOURS)) expect(legend.has(colour.toUpperCase())).toBe(false);
  });
});
