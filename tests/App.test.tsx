// @vitest-environment jsdom
// When data/ is broken (as seen by the build-time check), the app opens on a screen listing every problem
// with its file, record and field, as `npm run data:check` prints them, instead of an empty graph; when
// the data file cannot be fetched at all, it says so and how to try again.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ValidationResult } from '../src/core/data/validate.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no matchMedia; the explorer reads the colour scheme with it.
Object.defineProperty(window, 'matchMedia', {
  value: (media: string) => ({
    media,
    matches: false,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }),
});

const bundled = vi.hoisted(() => ({ fetch: (): Promise<ValidationResult> => Promise.reject(new Error('not set')) }));
vi.mock('../src/core/data/bundled.ts', () => ({
  fetchBundledDataset: () => bundled.fetch(),
  fetchedBundledDataset: () => null,
  loadBundledDataset: () => {
    throw new Error('the app fetches the bundled data');
  },
}));

beforeEach(() => vi.resetModules());
afterEach(() => document.body.replaceChildren());

/** Renders the app (a fresh module, so that it starts again) and waits for start-up to end. */
async function renderApp(): Promise<{ host: HTMLElement; unmount: () => Promise<void> }> {
  const { App } = await import('../src/App.tsx');
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<App />));
  await act(async () => {
    await bundled.fetch().catch(() => undefined);
  });
  return { host, unmount: () => act(async () => root.unmount()) };
}

it(
  'lists the problems of the bundled data, one line each, naming file, record and field',
  { timeout: 30_000 },
  async () => {
    bundled.fetch = async () => ({
      dataset: null,
      problems: [
        {
          file: 'nodes.json',
          record: 'chen-quanguo',
          field: 'kind',
          message: 'unknown kind "persn": expected one of person, agency',
        },
        { file: 'measures.json', record: '', field: '', message: 'invalid JSON at line 3, column 5: expected a value' },
      ],
    });
    const { host, unmount } = await renderApp();
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe('The bundled data has problems');
    expect([...(alert?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'nodes.json: chen-quanguo: kind: unknown kind "persn": expected one of person, agency',
      'measures.json: invalid JSON at line 3, column 5: expected a value',
    ]);
    await unmount();
  },
);

it('says when the bundled data cannot be fetched, and to reload', { timeout: 30_000 }, async () => {
  bundled.fetch = () => Promise.reject(new Error('HTTP 404'));
  const { host, unmount } = await renderApp();
  const alert = host.querySelector('[role="alert"]');
  expect(alert?.querySelector('h1')?.textContent).toBe('The bundled data could not be loaded');
  expect(alert?.textContent).toContain('HTTP 404');
  expect(alert?.textContent).toContain('Reload the page');
  await unmount();
});
