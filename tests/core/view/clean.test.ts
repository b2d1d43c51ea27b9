import { describe, expect, it } from 'vitest';
import { cleanViewState, type KnownData } from '../../../src/core/view/clean.ts';
import { decodeViewState, isValidViewState } from '../../../src/core/view/codec.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { defaultCuration } from '../../../src/core/view/curation.ts';

const known: KnownData = {
  nodeIds: new Set(['chen-quanguo', 'zhu-hailun', 'us-treasury-ofac', 'xinjiang-pcc']),
  edgeIds: new Set(['measure-ofac-chen-2020']),
  datasetVersion: '2026-11-01',
};

/** A depth from an untrusted source (a view file), typed as the type claims. */
const untrustedDepth = (depth: number): 1 | 2 | 3 => depth as 1 | 2 | 3;

function view(changes: Partial<ViewState>): ViewState {
  return { ...defaultViewState('2026-11-01'), ...changes };
}

describe('cleanViewState', () => {
  it('keeps a view whose ids all exist, without notices', () => {
    const state = view({
      selection: { type: 'edge', id: 'measure-ofac-chen-2020' },
      focus: { node: 'chen-quanguo', depth: 2 },
      expanded: [{ node: 'xinjiang-pcc', kind: 'roles' }],
      path: { from: 'chen-quanguo', to: 'us-treasury-ofac' },
      positions: { 'zhu-hailun': { x: 10, y: 20 } },
      filters: { ...defaultViewState().filters, bodies: ['us-treasury-ofac'] },
    });
    expect(cleanViewState(state, known)).toEqual({ state, notices: [] });
  });

  it('drops every unknown id and names each one in one notice', () => {
    const state = view({
      selection: { type: 'node', id: 'gone-official' },
      path: { from: 'chen-quanguo', to: 'gone-body' },
      positions: { 'chen-quanguo': { x: 1, y: 2 }, 'gone-company': { x: 3, y: 4 } },
      filters: { ...defaultViewState().filters, bodies: ['gone-body', 'us-treasury-ofac'] },
      focus: { node: 'zhu-hailun', depth: 1 },
      expanded: [
        { node: 'gone-agency', kind: 'measures' },
        { node: 'chen-quanguo', kind: 'links' },
      ],
    });
    const { state: cleaned, notices } = cleanViewState(state, known);
    expect(cleaned.selection).toBeNull();
    expect(cleaned.path).toEqual({ from: 'chen-quanguo', to: null });
    expect(cleaned.positions).toEqual({ 'chen-quanguo': { x: 1, y: 2 } });
    expect(cleaned.filters.bodies).toEqual(['us-treasury-ofac']);
    expect(cleaned.expanded).toEqual([{ node: 'chen-quanguo', kind: 'links' }]);
    expect(cleaned.focus).toEqual({ node: 'zhu-hailun', depth: 1 });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^5 items in this link could not be found/);
    for (const name of ['"gone-official"', '"gone-body"', '"gone-company"', '"gone-agency"']) {
      expect(notices[0]).toContain(name);
    }
  });

  it('drops an unknown selected edge, checking edge ids rather than node ids', () => {
    const { state, notices } = cleanViewState(view({ selection: { type: 'edge', id: 'chen-quanguo' } }), known);
    expect(state.selection).toBeNull();
    expect(notices[0]).toContain('selected edge "chen-quanguo"');
  });

  it('drops expansions with the focus they belong to', () => {
    const { state, notices } = cleanViewState(
      view({ focus: { node: 'gone', depth: 2 }, expanded: [{ node: 'chen-quanguo', kind: 'roles' }] }),
      known,
    );
    expect(state.focus).toBeNull();
    expect(state.expanded).toEqual([]);
    expect(notices.join('\n')).toContain('expansions apply only to a focused view');
  });

  it('says when the link was made on another dataset version, and what it could not find', () => {
    const old = view({ dataset: '2025-01-01', selection: { type: 'node', id: 'removed-person' } });
    const { state, notices } = cleanViewState(old, known);
    expect(state.dataset).toBe('2026-11-01');
    expect(notices).toEqual([
      'This link was made on dataset version "2025-01-01"; now "2026-11-01". 1 item could not be found: selected node "removed-person".',
    ]);
    const allFound = cleanViewState(view({ dataset: '2025-01-01' }), known, { source: 'view file' });
    expect(allFound.notices).toEqual([
      'This view file was made on dataset version "2025-01-01"; now "2026-11-01". Everything in it was found.',
    ]);
  });

  it('clamps depth and zoom, and drops non-finite numbers', () => {
    const hostile = view({
      focus: { node: 'chen-quanguo', depth: untrustedDepth(9) },
      camera: { zoom: 500, pan: { x: 1, y: 2 } },
      positions: { 'chen-quanguo': { x: Number.NaN, y: 0 }, 'zhu-hailun': { x: 5, y: Number.POSITIVE_INFINITY } },
    });
    const { state, notices } = cleanViewState(hostile, known);
    expect(state.focus?.depth).toBe(3);
    expect(state.camera?.zoom).toBe(20);
    expect(state.positions).toEqual({});
    expect(notices.join('\n')).toContain('"chen-quanguo", "zhu-hailun"');
    expect(isValidViewState(state)).toBe(true);

    const small = cleanViewState(
      view({ focus: { node: 'chen-quanguo', depth: untrustedDepth(0) }, camera: { zoom: 0.001, pan: { x: 0, y: 0 } } }),
      known,
    );
    expect(small.state.focus?.depth).toBe(1);
    expect(small.state.camera?.zoom).toBe(0.05);

    const broken = cleanViewState(view({ camera: { zoom: Number.NaN, pan: { x: 0, y: 0 } } }), known);
    expect(broken.state.camera).toBeNull();
    expect(broken.notices).toEqual([expect.stringContaining('Ignored the camera')]);
  });

  it('does not change its input', () => {
    const state = view({ selection: { type: 'node', id: 'gone' }, positions: { gone: { x: 1, y: 1 } } });
    const copy = structuredClone(state);
    cleanViewState(state, known);
    expect(state).toEqual(copy);
  });

  it('together with decode, turns a hostile link into a valid view of known ids only', () => {
    const decoded = decodeViewState(
      'v=1&d=old&s=n:%3Cscript%3Ealert(1)%3C%2Fscript%3E&f=chen-quanguo~2&q=__proto__~1~2',
    );
    const { state, notices } = cleanViewState(decoded.state, known);
    expect(state.selection).toBeNull();
    expect(state.focus).toEqual({ node: 'chen-quanguo', depth: 2 });
    expect(state.positions).toEqual({});
    expect(notices[0]).toContain('"<script>alert(1)</script>"');
    expect(isValidViewState(state)).toBe(true);
  });

  describe('ids an identity judgement merged into another node', () => {
    // The data shown merges "xuar-psb-2019" into "xpsb" (one police bureau under two names).
    const mergedData: KnownData = {
      nodeIds: new Set(['xpsb', 'chen-quanguo', 'us-treasury-ofac']),
      edgeIds: new Set(),
      datasetVersion: '2026-11-01',
      mergedAway: new Map([['xuar-psb-2019', 'xpsb']]),
    };

    it('keeps them when the view asks for judged-same nodes split, so its selection survives', () => {
      const state = view({
        identities: 'split',
        selection: { type: 'node', id: 'xuar-psb-2019' },
        focus: { node: 'xuar-psb-2019', depth: 1 },
        path: { from: 'xuar-psb-2019', to: 'xpsb' },
      });
      expect(cleanViewState(state, mergedData)).toEqual({ state, notices: [] });
    });

    it('names the node they went into when the view shows them merged, each node once', () => {
      const { state, notices } = cleanViewState(
        view({
          selection: { type: 'node', id: 'xuar-psb-2019' },
          selectedNodes: ['xpsb', 'xuar-psb-2019', 'chen-quanguo'],
          focus: { node: 'xuar-psb-2019', depth: 2 },
          expanded: [
            { node: 'xuar-psb-2019', kind: 'measures' },
            { node: 'xpsb', kind: 'measures' },
          ],
          path: { from: 'chen-quanguo', to: 'xuar-psb-2019' },
          positions: { 'xuar-psb-2019': { x: 5, y: 5 }, xpsb: { x: 1, y: 2 } },
          filters: { ...defaultViewState().filters, bodies: ['xuar-psb-2019', 'xpsb'] },
          curation: {
            ...defaultCuration(),
            hidden: ['xuar-psb-2019'],
            styles: [
              { node: 'xuar-psb-2019', label: 'Entity List name', colour: null },
              { node: 'xpsb', label: 'Own label', colour: null },
            ],
            groups: [
              { id: 'g1', label: 'Bureau', members: ['xuar-psb-2019', 'chen-quanguo'], collapsed: false },
              { id: 'g2', label: 'Again', members: ['xpsb'], collapsed: false },
            ],
          },
        }),
        mergedData,
      );
      expect(notices).toEqual([]);
      expect(state.selection).toEqual({ type: 'node', id: 'xpsb' });
      expect(state.selectedNodes).toEqual(['xpsb', 'chen-quanguo']);
      expect(state.focus).toEqual({ node: 'xpsb', depth: 2 });
      expect(state.expanded).toEqual([{ node: 'xpsb', kind: 'measures' }]);
      expect(state.path).toEqual({ from: 'chen-quanguo', to: 'xpsb' });
      // The node's own position wins over the one given for the id merged into it.
      expect(state.positions).toEqual({ xpsb: { x: 1, y: 2 } });
      expect(state.filters.bodies).toEqual(['xpsb']);
      expect(state.curation.hidden).toEqual(['xpsb']);
      // The node's own style wins over the one given for the record merged into it.
      expect(state.curation.styles).toEqual([{ node: 'xpsb', label: 'Own label', colour: null }]);
      // A node stays in one group: the second group lost its only member.
      expect(state.curation.groups.map((g) => [g.id, g.members])).toEqual([['g1', ['xpsb', 'chen-quanguo']]]);
      expect(isValidViewState(state)).toBe(true);
    });
  });
});
