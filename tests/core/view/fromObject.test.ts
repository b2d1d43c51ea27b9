import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidViewState } from '../../../src/core/view/codec.ts';
import { viewStateFromObject } from '../../../src/core/view/fromObject.ts';
import { defaultViewState } from '../../../src/core/view/viewState.ts';
import { typicalView, viewStateArb } from './fixtures.ts';

/** What a view file goes through: JSON text and back. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('viewStateFromObject (view files)', () => {
  it('reads back any valid view saved as JSON, exactly and without notices', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        const { state: read, notices } = viewStateFromObject(throughJson(state));
        expect(notices).toEqual([]);
        expect(read).toEqual(throughJson(state));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the valid fields and list items of a damaged view, naming what it ignored', () => {
    const damaged = {
      ...typicalView(),
      asOf: '2020-13-01',
      layout: 'spiral',
      filters: { ...typicalView().filters, nodeKinds: ['company', 'spaceship', 'company'] },
      camera: { zoom: 'NaN', pan: { x: 0, y: 0 } },
      positions: JSON.parse('{"__proto__":{"x":1,"y":2},"bad":{"x":"1e999","y":0},"ok":{"x":3,"y":4}}'),
      extra: true,
    };
    const { state, notices } = viewStateFromObject(damaged);
    expect(isValidViewState(state)).toBe(true);
    expect(state.selection).toEqual(typicalView().selection);
    expect(state.filters.nodeKinds).toEqual(['company']);
    expect(state.asOf).toBeNull();
    expect(state.layout).toBe('force');
    expect(state.camera).toBeNull();
    expect(Object.entries(state.positions)).toEqual([
      ['__proto__', { x: 1, y: 2 }],
      ['ok', { x: 3, y: 4 }],
    ]);
    expect(Object.getPrototypeOf(state.positions)).toBe(Object.prototype);
    const text = notices.join('\n');
    for (const named of ['"2020-13-01"', '"spiral"', 'hidden node kinds', 'camera', 'node position', '"extra"']) {
      expect(text).toContain(named);
    }
  });

  it('opens the default view for a newer format, with a notice', () => {
    const { state, notices } = viewStateFromObject({ ...typicalView(), version: 2 });
    expect(state).toEqual(defaultViewState());
    expect(notices).toEqual([expect.stringContaining('newer than this app reads')]);
  });

  it('never throws on arbitrary values and always returns a valid view', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.jsonValue(),
          fc.record({ filters: fc.anything(), positions: fc.anything(), focus: fc.anything() }),
        ),
        (value) => {
          const { state, notices } = viewStateFromObject(value);
          expect(isValidViewState(state)).toBe(true);
          expect(notices).not.toContain('The view could not be read; the default view was opened.');
        },
      ),
      { numRuns: 1500 },
    );
  }, 60_000);
});
