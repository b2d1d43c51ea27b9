// The view transitions behind the focus bar, path bar and filter groups: pure, and no-ops when nothing changes.
import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../../src/core/view/viewState.ts';
import {
  clearExpansions,
  clearPath,
  setFocusDepth,
  showAllOf,
  swapPathEnds,
  toggleFilter,
} from '../../src/state/transitions.ts';

const base = defaultViewState();

describe('explore transitions', () => {
  it('showAllOf empties one hidden-list and leaves the others', () => {
    let view: ViewState = toggleFilter(base, 'nodeKinds', 'company');
    view = toggleFilter(view, 'bodies', 'us-treasury');
    const shown = showAllOf(view, 'nodeKinds');
    expect(shown.filters.nodeKinds).toEqual([]);
    expect(shown.filters.bodies).toEqual(['us-treasury']);
    expect(view.filters.nodeKinds).toEqual(['company']);
    expect(showAllOf(base, 'countries')).toBe(base);
  });

  it('setFocusDepth changes the depth of a focus and does nothing without one', () => {
    const focused: ViewState = { ...base, focus: { node: 'chen-quanguo', depth: 1 } };
    expect(setFocusDepth(focused, 3).focus).toEqual({ node: 'chen-quanguo', depth: 3 });
    expect(focused.focus?.depth).toBe(1);
    expect(setFocusDepth(base, 2)).toBe(base);
    expect(setFocusDepth(focused, 1)).toBe(focused);
  });

  it('clearExpansions keeps the focus', () => {
    const view: ViewState = { ...base, focus: { node: 'x', depth: 2 }, expanded: [{ node: 'x', kind: 'measures' }] };
    const cleared = clearExpansions(view);
    expect(cleared.expanded).toEqual([]);
    expect(cleared.focus).toEqual(view.focus);
    expect(clearExpansions(base)).toBe(base);
  });

  it('swapPathEnds swaps, twice is the original; clearPath empties both ends', () => {
    const view: ViewState = { ...base, path: { from: 'sensetime', to: null } };
    expect(swapPathEnds(view).path).toEqual({ from: null, to: 'sensetime' });
    expect(swapPathEnds(swapPathEnds(view)).path).toEqual(view.path);
    expect(clearPath(view).path).toEqual({ from: null, to: null });
    expect(clearPath(base)).toBe(base);
  });
});
