import { describe, expect, it } from 'vitest';
import { changedFields, viewStatesEqual } from '../../../src/core/view/equal.ts';
import { historyAction } from '../../../src/core/view/history.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { typicalView } from './fixtures.ts';

const base = typicalView();
const withChange = (changes: Partial<ViewState>): ViewState => ({ ...base, ...changes });

describe('historyAction', () => {
  it('does nothing when the view is the same, even as a fresh copy', () => {
    expect(historyAction(base, base)).toBe('none');
    expect(historyAction(base, structuredClone(base))).toBe('none');
  });

  it.each<[string, Partial<ViewState>]>([
    ['selection', { selection: { type: 'node', id: 'zhu-hailun' } }],
    ['cleared selection', { selection: null }],
    ['filters', { filters: { ...base.filters, nodeKinds: ['company', 'group'] } }],
    ['as-of date', { asOf: '2021-03-22' }],
    ['focus', { focus: null }],
    ['focus depth', { focus: { node: 'xinjiang-public-security-bureau', depth: 3 } }],
    ['expanded', { expanded: [] }],
    ['path', { path: { from: 'chen-quanguo', to: null } }],
    ['layout', { layout: 'circle' }],
    ['panel', { panel: 'insights' }],
    ['main view', { mainView: 'list' }],
  ])('pushes a history entry for a change of %s', (_name, changes) => {
    expect(historyAction(base, withChange(changes))).toBe('push');
  });

  it.each<[string, Partial<ViewState>]>([
    ['zoom', { camera: { zoom: 2, pan: { x: -412.6, y: 238.2 } } }],
    ['pan', { camera: { zoom: 1.3372, pan: { x: 0, y: 0 } } }],
    ['fit to screen', { camera: null }],
    ['a dragged node', { positions: { ...base.positions, 'zhu-hailun': { x: 1, y: 1 } } }],
    ['a new dragged node', { positions: { ...base.positions, 'new-node': { x: 1, y: 1 } } }],
  ])('replaces the current entry for a change of %s only', (_name, changes) => {
    expect(historyAction(base, withChange(changes))).toBe('replace');
  });

  it('pushes when a meaningful change comes with a camera move', () => {
    expect(historyAction(base, withChange({ asOf: '2019-10-07', camera: null }))).toBe('push');
  });

  it('does not push when only the order of hidden items or expansions differs', () => {
    const a = withChange({ filters: { ...base.filters, nodeKinds: ['company', 'group'] } });
    const b = withChange({ filters: { ...base.filters, nodeKinds: ['group', 'company'] } });
    expect(historyAction(a, b)).toBe('none');
  });
});

describe('viewStatesEqual / changedFields', () => {
  it('names exactly the fields that differ', () => {
    expect(
      changedFields(defaultViewState(), {
        ...defaultViewState(),
        asOf: '2020-01-01',
        camera: { zoom: 1, pan: { x: 0, y: 0 } },
      }),
    ).toEqual(['asOf', 'camera']);
  });

  it('compares positions as maps and camera numbers exactly', () => {
    const a = withChange({ positions: { p: { x: 1, y: 2 }, q: { x: 3, y: 4 } } });
    const b = withChange({ positions: { q: { x: 3, y: 4 }, p: { x: 1, y: 2 } } });
    expect(viewStatesEqual(a, b)).toBe(true);
    expect(viewStatesEqual(a, withChange({ positions: { p: { x: 1, y: 2 } } }))).toBe(false);
    expect(viewStatesEqual(a, withChange({ positions: { p: { x: 1, y: 2 }, r: { x: 3, y: 4 } } }))).toBe(false);
    expect(viewStatesEqual(base, withChange({ camera: { zoom: 1.3373, pan: { x: -412.6, y: 238.2 } } }))).toBe(false);
  });
});
