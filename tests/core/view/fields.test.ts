import { describe, expect, it } from 'vitest';
import { FIELD_NAMES, VIEW_FIELDS, defaultViewState, isValidViewState } from '../../../src/core/view/fields.ts';
import { NoticeCollector } from '../../../src/core/view/notices.ts';
import type { ViewState } from '../../../src/core/view/viewState.ts';

const known = { nodeIds: new Set<string>(), edgeIds: new Set<string>(), datasetVersion: null };

function rowChecks<K extends keyof ViewState>(name: K) {
  const spec = VIEW_FIELDS[name];
  const value = spec.default();
  const state = defaultViewState();
  return {
    valid: spec.valid(value),
    selfEqual: spec.equal(value, spec.default()),
    written: spec.write(value).map(([key]) => key),
    readBack: spec.readLink({ get: () => undefined, notices: new NoticeCollector() }),
    cleaned: spec.clean(value, {
      known,
      nodeId: () => null,
      hasEdge: () => false,
      notices: [],
      state,
    }),
    value,
  };
}

describe('the view field table', () => {
  it('has one row per field of the default view, in the order links write them', () => {
    expect(FIELD_NAMES).toEqual(Object.keys(defaultViewState()));
    expect(isValidViewState(defaultViewState('2026-11-01'))).toBe(true);
  });

  it.each(FIELD_NAMES)('%s: its default is valid, equal to itself, kept by cleaning and left out of links', (name) => {
    const row = rowChecks(name);
    expect(row.valid).toBe(true);
    expect(row.selfEqual).toBe(true);
    expect(row.cleaned).toEqual(row.value);
    // Only the version is always written; a link without a field's keys reads as its default.
    expect(row.written).toEqual(name === 'version' ? ['v'] : []);
    if (row.readBack !== undefined) expect(row.readBack).toEqual(row.value);
  });

  it('gives each row its own link keys and a one-line doc', () => {
    const keys = FIELD_NAMES.flatMap((name) => VIEW_FIELDS[name].link.map((k) => k.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const name of FIELD_NAMES) expect(VIEW_FIELDS[name].doc).toMatch(/^[A-Z].*\.$/);
  });
});

describe('the link documentation of the status filter', () => {
  it('names every measure status a link may hide (docs/link-format.md is written from it)', async () => {
    const { filtersField } = await import('../../../src/core/view/filterField.ts');
    const { MEASURE_STATUSES } = await import('../../../src/core/model/kinds.ts');
    const status = filtersField.link.find((l) => l.key === 't');
    for (const s of MEASURE_STATUSES) expect(status?.meaning).toContain(s);
  });
});
