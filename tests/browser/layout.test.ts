// The layout runs in a worker: the page answers while a graph is arranged, the progress line offers Cancel,
// Cancel shows the quick arrangement, and the positions drawn are exactly those the layout code computes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { serializeDatasetBundle } from '../../src/core/data/import/bundle.ts';
import { generateDataset } from '../../src/core/data/synthetic.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { layoutInput } from '../../src/render/layoutClient.ts';
import { computeLayout } from '../../src/render/layoutRun.ts';
import { centred } from '../../src/render/positions.ts';
import { quickLayoutPositions } from '../../src/render/quickLayout.ts';
import { appUrl, launch, openApp, screenshot } from './browser.ts';

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

describe('layout in a worker', () => {
  it('draws the bundled graph exactly where the layout code, run in Node, puts it', async () => {
    const dataset = loadBundledDataset().dataset;
    if (!dataset) throw new Error('the bundled data does not load');
    const expected = computeLayout(layoutInput(buildGraph(dataset), 'fcose'));
    const { context, page, errors } = await openApp(browser);
    const drawn = await snapshot(page);
    expect(drawn?.visibleNodes.length).toBe(dataset.nodes.length);
    expect(largestGap(drawn, expected)).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the page answering while a 1,000-node graph is arranged, and Cancel shows the quick arrangement', async () => {
    const dataset = generateDataset({ seed: 7, nodes: 1000 });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Served from the app's origin by the test, as a user's published file would be.
    await context.route((url) => url.pathname === '/layout-test-1000.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: serializeDatasetBundle(dataset) }),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(appUrl('', '?data=/layout-test-1000.json'));
    const status = page.getByRole('status').filter({ hasText: 'Arranging 1,000 nodes' });
    await status.waitFor({ timeout: 30_000 });
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
    expect(largestGap(drawn, centred(quickLayoutPositions(buildGraph(dataset))))).toBeLessThan(0.01);
    expect(await page.getByRole('status').filter({ hasText: 'Arranging' }).count()).toBe(0);
    await screenshot(page, 'layout-cancelled');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
