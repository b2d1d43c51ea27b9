import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';
import { cleanViewState } from '../../../src/core/view/clean.ts';
import { isValidViewState } from '../../../src/core/view/fields.ts';
import {
  MAX_VIEW_FILE_LENGTH,
  VIEW_FILE_FORMAT,
  createViewFile,
  parseViewFile,
  serialiseViewFile,
  type ViewFile,
} from '../../../src/core/view/viewFile.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { typicalView, viewStateArb } from './fixtures.ts';

function bundled(): Dataset {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled dataset does not validate');
  return dataset;
}

const dataset = bundled();

/** JSON turns -0 into 0; compare views as JSON reads them back. */
const asJson = (view: ViewState): unknown => JSON.parse(JSON.stringify(view));

function parsedOk(text: string) {
  const parsed = parseViewFile(text);
  if (!parsed.ok) throw new Error(`expected a view file, got: ${parsed.error}`);
  return parsed;
}

function fileText(overrides: Record<string, unknown>, view: unknown = typicalView()): string {
  return JSON.stringify({
    format: VIEW_FILE_FORMAT,
    version: 1,
    view,
    datasetVersion: dataset.info.version,
    ...overrides,
  });
}

describe('view file round trip', () => {
  it('reads back every valid view state exactly, naming the dataset version it was saved on', () => {
    fc.assert(
      fc.property(viewStateArb, (view) => {
        const parsed = parsedOk(serialiseViewFile(createViewFile(view, dataset, { includeData: false })));
        expect(parsed.notices).toEqual([]);
        expect(parsed.data).toBeNull();
        expect(parsed.datasetVersion).toBe(dataset.info.version);
        expect(asJson(parsed.view)).toEqual(asJson({ ...view, dataset: dataset.info.version }));
      }),
      { numRuns: 300 },
    );
  });

  it('carries the data when asked, and reads it back validated and equal to what was saved', () => {
    const file = createViewFile(typicalView(), dataset, { includeData: true });
    const text = serialiseViewFile(file);
    const parsed = parsedOk(text);
    expect(parsed.notices).toEqual([]);
    expect(parsed.data).toEqual(dataset);
    expect(parsed.view.selection).toEqual({ type: 'node', id: 'chen-quanguo' });
  });

  it('leaves the data out unless asked', () => {
    const text = serialiseViewFile(createViewFile(typicalView(), dataset, { includeData: false }));
    expect(JSON.parse(text)).not.toHaveProperty('data');
    expect(text.length).toBeLessThan(2_000);
  });
});

describe('files that are not view files', () => {
  it.each([
    ['', /not JSON/],
    ['{"format": ', /not JSON/],
    ['[1,2,3]', /not a view file/],
    ['{"nodes": []}', /not a view file/],
    [JSON.stringify({ format: 'something-else', version: 1 }), /not a view file/],
    [JSON.stringify({ format: VIEW_FILE_FORMAT, version: 2, view: {} }), /file format 2, newer/],
    [JSON.stringify({ format: VIEW_FILE_FORMAT, version: 'one', view: {} }), /unknown file format version/],
  ])('%j is refused with a message', (text, message) => {
    const parsed = parseViewFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const parsed = parseViewFile(' '.repeat(MAX_VIEW_FILE_LENGTH + 1));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/over the limit/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseViewFile(`\uFEFF${fileText({})}`).ok).toBe(true);
  });
});

describe('damaged view files keep what is valid', () => {
  it('keeps the valid fields of a view and says which it ignored', () => {
    const view = { ...typicalView(), camera: { zoom: 'far', pan: { x: 1, y: 2 } }, layout: 'spiral', extra: 1 };
    const parsed = parsedOk(fileText({}, view));
    expect(parsed.view.camera).toBeNull();
    expect(parsed.view.layout).toBe('force');
    expect(parsed.view.selection).toEqual(typicalView().selection);
    expect(parsed.view.filters).toEqual(typicalView().filters);
    expect(parsed.view.positions).toEqual(typicalView().positions);
    expect(parsed.notices.join('\n')).toMatch(/Ignored the camera/);
    expect(parsed.notices.join('\n')).toMatch(/Ignored the layout/);
    expect(parsed.notices.join('\n')).toMatch(/unknown view fields: "extra"/);
  });

  it('opens the default view when the view is missing or of a newer view format', () => {
    const missing = parsedOk(fileText({ view: undefined }));
    expect(missing.view).toEqual(defaultViewState(dataset.info.version));
    expect(missing.notices.join('\n')).toMatch(/holds no view/);
    const newer = parsedOk(fileText({}, { ...typicalView(), version: 9 }));
    expect(newer.view.selection).toBeNull();
    expect(newer.notices.join('\n')).toMatch(/format 9, newer/);
  });

  it('keeps a script in a value as inert text, for the cleaner to drop against the data', () => {
    const script = '<script>alert(1)</script>';
    const parsed = parsedOk(fileText({}, { ...typicalView(), selection: { type: 'node', id: script } }));
    expect(parsed.view.selection).toEqual({ type: 'node', id: script });
    const cleaned = cleanViewState(
      parsed.view,
      {
        nodeIds: new Set(dataset.nodes.map((n) => n.id)),
        edgeIds: new Set([...dataset.measures, ...dataset.roles].map((r) => r.id)),
        datasetVersion: dataset.info.version,
      },
      { source: 'view file' },
    );
    expect(cleaned.state.selection).toBeNull();
    expect(cleaned.notices.join('\n')).toMatch(/in this view file could not be found/);
  });

  it('does not load carried data that fails validation, and says why', () => {
    const broken = { ...dataset, nodes: [...dataset.nodes, { ...dataset.nodes[0], name: '' }] };
    const parsed = parsedOk(fileText({ data: broken }));
    expect(parsed.data).toBeNull();
    expect(parsed.notices.join('\n')).toMatch(
      /The data in the view file has \d+ problems? \(first: .*\); it was not loaded/,
    );
    expect(parsed.view.selection).toEqual(typicalView().selection);
    const notADataset = parsedOk(fileText({ data: [1, 2] }));
    expect(notADataset.data).toBeNull();
    expect(notADataset.notices.join('\n')).toMatch(/not a dataset/);
  });

  it('says when the view was made on another dataset version (once cleaned against the data)', () => {
    const parsed = parsedOk(fileText({ datasetVersion: '1999-01-01' }));
    expect(parsed.datasetVersion).toBe('1999-01-01');
    const cleaned = cleanViewState(
      parsed.view,
      {
        nodeIds: new Set(dataset.nodes.map((n) => n.id)),
        edgeIds: new Set(),
        datasetVersion: dataset.info.version,
      },
      { source: 'view file' },
    );
    expect(cleaned.notices[0]).toMatch(/This view file was made on dataset version "1999-01-01"/);
  });
});

describe('fuzzing', () => {
  const valid = JSON.parse(
    serialiseViewFile(createViewFile(typicalView(), dataset, { includeData: false })),
  ) as ViewFile;

  /** Replaces the value at a random path of a JSON value with another random JSON value. */
  function mutate(value: unknown, path: number[], replacement: unknown): unknown {
    if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
    const [step = 0, ...rest] = path;
    if (Array.isArray(value)) {
      if (value.length === 0) return replacement;
      const i = step % value.length;
      return value.map((v, j) => (j === i ? mutate(v, rest, replacement) : v));
    }
    const keys = Object.keys(value);
    if (keys.length === 0) return replacement;
    const key = keys[step % keys.length] ?? '';
    return { ...value, [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
  }

  it('never throws on random text, and whatever it opens is a valid view state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const parsed = parseViewFile(text);
        if (parsed.ok) expect(isValidViewState(parsed.view)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws on mutated view files, and whatever it opens is a valid view state', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (path, replacement) => {
        const text = JSON.stringify(mutate(valid, path, replacement));
        const parsed = parseViewFile(text);
        if (parsed.ok) expect(isValidViewState(parsed.view)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  }, 30_000);
});
