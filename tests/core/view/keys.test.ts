import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState, escapeLinkText, roundCoordinate } from '../../../src/core/view/codec.ts';
import { viewStatesEqual } from '../../../src/core/view/equal.ts';
import { LINK_KEYS } from '../../../src/core/view/keys.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { generatedBlock, rewriteGeneratedBlocks } from '../../../scripts/lib/viewDocs.ts';
import { curatedView, fiftyDraggedView, measuredLinks, typicalView, viewStateArb } from './fixtures.ts';

const docs = readFileSync(new URL('../../../docs/link-format.md', import.meta.url), 'utf8');
const tableKeys = new Set<string>(LINK_KEYS.map((k) => k.key));
const keysOf = (link: string): string[] => link.split('&').map((part) => part.slice(0, part.indexOf('=')));

/** A view that sets every field away from its default. */
const everyFieldView: ViewState = {
  ...typicalView(),
  filters: {
    nodeKinds: ['group'],
    measureKinds: ['importBan'],
    bodies: ['us-treasury-ofac'],
    countries: ['RU', ''],
    measureStatuses: ['unknown'],
    listTypes: ['debarment'],
  },
  layout: 'concentric',
  sizeBy: 'degree',
  panel: 'insights',
  mainView: 'list',
  identities: 'split',
  selectedNodes: ['chen-quanguo', 'zhu-hailun'],
  curation: {
    hidden: ['zhu-hailun'],
    pinned: ['chen-quanguo'],
    groups: [{ id: 'g1', label: 'Officials', members: ['chen-quanguo'], collapsed: true }],
    notes: [{ id: 'n1', text: 'ran it', target: { type: 'point', x: 1, y: 2 } }],
    title: 'T',
    caption: 'C',
    styles: [{ node: 'chen-quanguo', label: null, colour: 'wine' }],
  },
};

describe('link keys', () => {
  it('has one table entry per key', () => {
    expect(tableKeys.size).toBe(LINK_KEYS.length);
  });

  it('every key the encoder writes is in the table, in table order', () => {
    const order = LINK_KEYS.map((k) => k.key as string);
    fc.assert(
      fc.property(viewStateArb, (state) => {
        const keys = keysOf(encodeViewState(state));
        for (const key of keys) expect(tableKeys).toContain(key);
        const positions = keys.map((key) => order.indexOf(key));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('every key in the table is written by some view (no stale entries)', () => {
    const written = new Set(
      [everyFieldView, fiftyDraggedView(), curatedView()].flatMap((state) => keysOf(encodeViewState(state))),
    );
    expect([...written].sort()).toEqual([...tableKeys].sort());
  });

  it('every example in the table is a working link fragment', () => {
    for (const { key, example } of LINK_KEYS) {
      const { state, notices } = decodeViewState(key === 'v' ? example : `v=1&${example}`);
      expect(notices, example).toEqual([]);
      if (key !== 'v') expect(viewStatesEqual(state, defaultViewState()), example).toBe(false);
    }
  });
});

describe('docs/link-format.md', () => {
  it('documents every field and key, exactly as the field table in fields.ts has them', () => {
    for (const { key } of LINK_KEYS) expect(docs).toContain(`| \`${key}\` |`);
    for (const name of ['view-fields', 'link-keys'] as const) {
      expect(docs, 'run npm run docs:view to rewrite the tables of docs/link-format.md').toContain(
        generatedBlock(name),
      );
    }
    expect(rewriteGeneratedBlocks(docs)).toBe(docs);
  });

  it('a changed row of the field table makes the docs differ', () => {
    const stale = docs.replace('| `mv` | `mainView` |', '| `mv` | `mainView2` |');
    expect(rewriteGeneratedBlocks(stale)).not.toBe(stale);
    expect(rewriteGeneratedBlocks(stale)).toBe(docs);
  });

  it('reports the link sizes the codec measures now, within the documented limits', () => {
    const rows = measuredLinks().map(({ view, state, limit }) => {
      const link = encodeViewState(state);
      if (limit !== null) expect(link.length, view).toBeLessThan(limit);
      const positions = Object.entries(state.positions);
      const plain = positions
        .map(([id, p]) => `${escapeLinkText(id)}~${roundCoordinate(p.x)}~${roundCoordinate(p.y)}`)
        .join(',');
      const written = keysOf(link).includes('qz') ? 'qz (compressed)' : positions.length > 0 ? 'q (plain)' : '—';
      return `| ${view} | ${link.length} | ${limit === null ? '—' : `< ${limit}`} | ${positions.length === 0 ? '—' : plain.length} | ${written} |`;
    });
    const table = [
      '| View | Link length (characters, without "#") | Limit | Positions value if written plainly | Positions written as |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    expect(docs, `paste this table into docs/link-format.md:\n${table}`).toContain(table);
  });
});
