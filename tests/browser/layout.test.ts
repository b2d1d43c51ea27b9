// The layout runs in a worker: the page answers while a graph is arranged, the progress line offers Cancel,
// Cancel shows the quick arrangement, and the positions drawn are exactly those the layout code computes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { serializeDatasetBundle } from '../../src/core/data/import/bundle.ts';
import { generateDataset } from '../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { layoutInput } from '../../src/render/layoutClient.ts';
import { computeLayout } from '../../src/render/layoutRun.ts';
import { centred } from '../../src/render/positions.ts';
import { quickLayoutPositions } from '../../src/core/layout/quickLayout.ts';
import { appUrl, launch, openApp, screenshot } from './browser.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Snapshot = { visibleNodes: string[]; positions: Record<string, { x: number; y: number }> };
const snapshot = (page: Page) => page.evaluate(() => window.__explorerCanvas?.() ?? null) as Promise<Snapshot | null>;

/** Largest distance between where the page drew each node and where `expected` puts it. */
function largestGap(drawn: Snapshot | null, expected: Record<string, { x: number; y: number }>): number {
  if (!drawn) return Infinity;
  let gap = 0;
  for (const id of drawn.visibleNodes) {
    const a = drawn.positions[id];
    const b = expected[id];
    if (!a || !b) return Infinity;
    gap = Math.max(gap, Math.hypot(a.x - b.x, a.y - b.y));
  }
  return gap;
}

/**
 * Opens `dataset` as `?data=` in a fresh context whose layout worker gets its work `delayMs` late, as on a slow
 * machine, so the test can look while the layout runs. Only the test's page is changed.
 */
async function openSlowLayout(dataset: ReturnType<typeof generateDataset>, delayMs: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const file = `/layout-test-${dataset.nodes.length}.json`;
  // Served from the app's origin by the test, as a user's published file would be.
  await context.route(
    (url) => url.pathname === file,
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: serializeDatasetBundle(dataset) }),
  );
  await context.addInitScript(`{
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url, options) { super(url, options); this.layout = Boolean(options && options.name === 'layout'); }
      postMessage(message, transfer) {
        if (this.layout) setTimeout(() => super.postMessage(message, transfer), ${delayMs});
        else super.postMessage(message, transfer);
      }
    };
  }`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(appUrl('', `?data=${file}`));
  return { context, page, errors };
}

describe('layout in a worker', () => {
  it('draws the bundled graph exactly where the layout code, run in Node, puts it', async () => {
    const dataset = loadBundledDataset().dataset;
    if (!dataset) throw new Error('the bundled data does not load');
    // The app shows the data with its identity judgements merged (one node for records of one body).
    const shown = mergeIdentities(dataset);
    const expected = computeLayout(layoutInput(buildGraph(shown), 'force'));
    const { context, page, errors } = await openApp(browser);
    const drawn = await snapshot(page);
    expect(drawn?.visibleNodes.length).toBe(shown.nodes.length);
    expect(largestGap(drawn, expected)).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the quick arrangement while a 1,000-node graph is arranged, keeps the page answering, and Cancel keeps it', async () => {
    const dataset = generateDataset({ seed: 7, nodes: 1000 });
    const { context, page, errors } = await openSlowLayout(dataset, 8_000);
    const status = page.getByRole('status').filter({ hasText: 'Arranging 1,000 nodes' });
    await status.waitFor({ timeout: 30_000 });
    // Meanwhile the quick arrangement is shown, so there is a graph to look at from the start.
    await page.waitForFunction(() => window.__explorerCanvas?.()?.visibleNodes.length === 1000, null, {
      timeout: 30_000,
    });
    // Once the preview is drawn (nodes first, then edges) the line says the layout still runs.
    await status.waitFor({ timeout: 5_000 });
    await screenshot(page, 'layout-arranging');
    // The search box works meanwhile: the force layout is not on the page's thread.
    const person = dataset.nodes.find((n) => n.kind === 'person');
    if (!person) throw new Error('no person in the synthetic data');
    await page.getByRole('combobox').first().fill(person.name.slice(0, 6));
    await page.getByRole('listbox').first().waitFor({ timeout: 5_000 });
    expect(await status.isVisible()).toBe(true);

    await status.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
    const drawn = await snapshot(page);
    expect(drawn?.visibleNodes.length).toBe(1000);
    expect(largestGap(drawn, centred(quickLayoutPositions(buildGraph(mergeIdentities(dataset)))))).toBeLessThan(0.01);
    expect(await page.getByRole('status').filter({ hasText: 'Arranging' }).count()).toBe(0);
    await screenshot(page, 'layout-cancelled');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('moves from the quick preview to the force layout once it is computed', async () => {
    const dataset = generateDataset({ seed: 11, nodes: 300 });
    const graph = buildGraph(mergeIdentities(dataset));
    const { context, page, errors } = await openSlowLayout(dataset, 3_000);
    await page.waitForFunction(() => window.__explorerCanvas?.()?.visibleNodes.length === 300, null, {
      timeout: 30_000,
    });
    expect(largestGap(await snapshot(page), centred(quickLayoutPositions(graph)))).toBeLessThan(0.01);
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 60_000 });
    expect(largestGap(await snapshot(page), computeLayout(layoutInput(graph, 'force')))).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
