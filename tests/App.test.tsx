// @vitest-environment jsdom
// When data/ is broken (as seen by the build-time check), the app opens on a screen listing every problem
// with its file, record and field, as `npm run data:check` prints them, instead of an empty graph.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import type { ValidationResult } from '../src/core/data/validate.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const broken: ValidationResult = {
  dataset: null,
  problems: [
    { file: 'nodes.json', record: 'chen-quanguo', field: 'kind', message: 'unknown kind "persn": expected one of person, agency' },
    { file: 'measures.json', record: '', field: '', message: 'invalid JSON at line 3, column 5: expected a value' },
  ],
};

vi.mock('../src/core/data/bundled.ts', () => ({ loadBundledDataset: () => structuredClone(broken) }));

it('lists the problems of the bundled data, one line each, naming file, record and field', { timeout: 30_000 }, async () => {
  const { App } = await import('../src/App.tsx');
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<App />));

  const alert = host.querySelector('[role="alert"]');
  expect(alert?.querySelector('h1')?.textContent).toBe('The bundled data has problems');
  expect([...(alert?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
    'nodes.json: chen-quanguo: kind: unknown kind "persn": expected one of person, agency',
    'measures.json: invalid JSON at line 3, column 5: expected a value',
  ]);
  await act(async () => root.unmount());
});
