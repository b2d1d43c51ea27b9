// What counts as a valid view state: every state the generators make passes, and each kind of damage a
// hand-edited link or view file can carry is refused (the codec and view files then fall back field by field).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cameraSchema, expansionSchema, pointSchema, selectionSchema } from '../../../src/core/view/validate.ts';
import { isValidViewState } from '../../../src/core/view/fields.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { typicalView, viewStateArb } from './fixtures.ts';

/** The typical view with one change, as an untrusted object. */
function changed(change: (state: Record<string, unknown>) => void): unknown {
  const state = structuredClone(typicalView()) as unknown as Record<string, unknown>;
  change(state);
  return state;
}

const field = (state: Record<string, unknown>, name: keyof ViewState) => state[name] as Record<string, unknown>;

describe('isValidViewState', () => {
  it('accepts every generated state, the default and a typical view', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => isValidViewState(state)),
      { numRuns: 300 },
    );
    expect(isValidViewState(defaultViewState())).toBe(true);
    expect(isValidViewState(typicalView())).toBe(true);
  });

  const damaged: [string, (state: Record<string, unknown>) => void][] = [
    [
      'an unknown field',
      (s) => {
        s.extra = 1;
      },
    ],
    [
      'a missing field',
      (s) => {
        delete s.camera;
      },
    ],
    [
      'another format version',
      (s) => {
        s.version = 2;
      },
    ],
    [
      'an empty dataset version',
      (s) => {
        s.dataset = '';
      },
    ],
    [
      'a selection of an unknown type',
      (s) => {
        s.selection = { type: 'measure', id: 'm-1' };
      },
    ],
    [
      'a selection with an extra field',
      (s) => {
        s.selection = { type: 'node', id: 'a', note: 'x' };
      },
    ],
    [
      'an empty id',
      (s) => {
        s.selection = { type: 'node', id: '' };
      },
    ],
    [
      'an id with a lone surrogate',
      (s) => {
        s.path = { from: '\uD800', to: null };
      },
    ],
    [
      'an unknown node kind',
      (s) => {
        field(s, 'filters').nodeKinds = ['vessel'];
      },
    ],
    [
      'a hidden kind listed twice',
      (s) => {
        field(s, 'filters').measureKinds = ['visaBan', 'visaBan'];
      },
    ],
    [
      'a country that is not a two-letter code',
      (s) => {
        field(s, 'filters').countries = ['usa'];
      },
    ],
    [
      'an unknown filter',
      (s) => {
        field(s, 'filters').programs = [];
      },
    ],
    [
      'a date that does not exist',
      (s) => {
        s.asOf = '2021-02-29';
      },
    ],
    [
      'a focus depth of 4',
      (s) => {
        s.focus = { node: 'a', depth: 4 };
      },
    ],
    [
      'an expansion listed twice',
      (s) => {
        s.expanded = [
          { node: 'a', kind: 'roles' },
          { node: 'a', kind: 'roles' },
        ];
      },
    ],
    [
      'an unknown expansion kind',
      (s) => {
        s.expanded = [{ node: 'a', kind: 'family' }];
      },
    ],
    [
      'a path without its end',
      (s) => {
        s.path = { from: 'a' };
      },
    ],
    [
      'an unknown layout',
      (s) => {
        s.layout = 'grid';
      },
    ],
    [
      'a zoom beyond the limit',
      (s) => {
        s.camera = { zoom: 25, pan: { x: 0, y: 0 } };
      },
    ],
    [
      'a pan that is not a number',
      (s) => {
        s.camera = { zoom: 1, pan: { x: Number.NaN, y: 0 } };
      },
    ],
    [
      'a position far off',
      (s) => {
        s.positions = { a: { x: 2e6, y: 0 } };
      },
    ],
    [
      'a position of an empty id',
      (s) => {
        s.positions = { '': { x: 0, y: 0 } };
      },
    ],
    [
      'positions as a list',
      (s) => {
        s.positions = [{ x: 0, y: 0 }];
      },
    ],
    [
      'an unknown panel',
      (s) => {
        s.panel = 'paths';
      },
    ],
    [
      'an unknown main view',
      (s) => {
        s.mainView = 'map';
      },
    ],
  ];
  it.each(damaged)('refuses %s', (_what, change) => {
    expect(isValidViewState(changed(change))).toBe(false);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, undefined, 1, 'v=1', [typicalView()]]) expect(isValidViewState(value)).toBe(false);
  });
});

describe('the field checks view files are read with', () => {
  it('give back the checked value, or fail', () => {
    expect(selectionSchema.safeParse({ type: 'edge', id: 'm-1' })).toEqual({
      success: true,
      data: { type: 'edge', id: 'm-1' },
    });
    expect(selectionSchema.safeParse(null)).toEqual({ success: true, data: null });
    expect(cameraSchema.safeParse({ zoom: 0.05, pan: { x: -1, y: 1 } }).success).toBe(true);
    expect(cameraSchema.safeParse({ zoom: 0.04, pan: { x: -1, y: 1 } }).success).toBe(false);
    expect(pointSchema.safeParse({ x: 1, y: Infinity }).success).toBe(false);
    expect(expansionSchema.safeParse({ node: '__proto__', kind: 'links' }).success).toBe(true);
  });
});
