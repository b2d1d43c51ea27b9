// The layouts a reader chooses from the layout menu: each draws every node where the layout code (run in Node)
// puts it, no two nodes on top of each other; "around the selection" follows the selected node; links naming
// an older layout still open with it. Screenshots of each layout on the bundled data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';
import { timelineTicks } from '../../src/core/layout/timelineAxis.ts';
import { NODE_SPACING } from '../../src/core/layout/types.ts';
import type { LayoutName } from '../../src/core/view/viewState.ts';
import { layoutInput } from '../../src/render/layoutClient.ts';
import { computeLayout } from '../../src/render/layoutRun.ts';
import { launch, openApp, screenshot } from './browser.ts';
import { closestPair } from '../core/layout/helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dataset = loadBundledDataset().dataset;
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(mergeIdentities(dataset));

type Drawn = Record<string, { x: number; y: number }>;
const drawnPositions = (page: Page) =>
  page.evaluate(() => window.__explorerCanvas?.()?.positions ?? null) as Promise<Drawn | null>;

/** Waits until every node is drawn where `expected` puts it (the layout has arrived and been placed). */
async function waitForPositions(page: Page, expected: Drawn): Promise<Drawn> {
  await page.waitForFunction(
    (want) => {
      const drawn = window.__explorerCanvas?.()?.positions;
      if (!drawn) return false;
      return Object.entries(want).every(([id, p]) => {
        const d = drawn[id];
        return d !== undefined && Math.hypot(d.x - p.x, d.y - p.y) < 0.01;
      });
    },
    expected,
    { timeout: 30_000 },
  );
  await page.waitForSelector('[data-graph-ready="true"]');
  return (await drawnPositions(page)) ?? {};
}

describe('the layout menu', () => {
  it('offers the four readable layouts, and each draws every node where the layout code puts it, none overlapping', async () => {
    const { context, page, errors } = await openApp(browser);
    const menu = page.getByRole('combobox', { name: 'Layout' });
    const offered = await menu.locator('option').allTextContents();
    expect(offered).toEqual(['Force-directed', 'By sanctioning body', 'Timeline', 'Around the selection']);
    await waitForPositions(page, computeLayout(layoutInput(graph, 'force')));
    await screenshot(page, 'layout-force');
    for (const [name, label] of [
      ['bodies', 'By sanctioning body'],
      ['timeline', 'Timeline'],
      ['around', 'Around the selection'],
    ] as const satisfies readonly (readonly [LayoutName, string])[]) {
      await menu.selectOption({ label });
      const drawn = await waitForPositions(page, computeLayout(layoutInput(graph, name)));
      expect(Object.keys(drawn).length).toBe(graph.order);
      expect(closestPair(new Map(Object.entries(drawn)))).toBeGreaterThanOrEqual(NODE_SPACING - 1);
      expect(page.url()).toContain(`l=${name}`);
      await screenshot(page, `layout-${name}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('runs a date ruler along the top of the timeline, each year at its first node, and only there', async () => {
    const { context, page, errors } = await openApp(browser, { hash: '#v=1&l=timeline' });
    const positions = computeLayout(layoutInput(graph, 'timeline'));
    await waitForPositions(page, positions);
    const ticks = timelineTicks(layoutInput(graph, 'timeline'), (id) => positions[id]);
    expect(ticks.length).toBeGreaterThan(1);
    const ruler = page.locator('.time-axis');
    await ruler.waitFor({ state: 'visible', timeout: 30_000 });
    const labels = ruler.locator('.time-axis-tick:visible');
    const texts = await labels.allTextContents();
    expect(texts[0]).toBe(ticks[0]?.period);
    // The first year's label starts where its leftmost node is drawn.
    const first = Object.keys(positions).find((id) => positions[id]?.x === ticks[0]?.x);
    const canvas = await page.locator('.graph-canvas').boundingBox();
    const node = await page.evaluate((id) => window.__explorerRendered?.(id) ?? null, first ?? '');
    const label = await labels.first().boundingBox();
    if (!canvas || !node || !label) throw new Error('the canvas, the node or the label is not drawn');
    expect(Math.abs(label.x - canvas.x - node.x)).toBeLessThan(2);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Force-directed' });
    await waitForPositions(page, computeLayout(layoutInput(graph, 'force')));
    await ruler.waitFor({ state: 'hidden', timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('draws "around the selection" around the selected node, and again around the next one chosen', async () => {
    const { context, page, errors } = await openApp(browser, { hash: '#v=1&l=around&s=n:chen-quanguo' });
    const drawn = await waitForPositions(page, computeLayout(layoutInput(graph, 'around', 'chen-quanguo')));
    // The selection is in the middle of the rings (the drawing is centred on the box of all nodes, so its
    // rings' middle is where the selected node is, and its neighbours are all equally far from it).
    const centre = drawn['chen-quanguo'];
    if (!centre) throw new Error('chen-quanguo is not drawn');
    const distances = graph.neighbors('chen-quanguo').map((id) => {
      const p = drawn[id];
      return p ? Math.hypot(p.x - centre.x, p.y - centre.y) : NaN;
    });
    expect(Math.max(...distances) - Math.min(...distances)).toBeLessThan(2);
    await screenshot(page, 'layout-around-chen-quanguo');

    // Another node clicked: the rings are drawn around it.
    const next = graph.neighbors('chen-quanguo').find((id) => graph.getNodeAttribute(id, 'kind') === 'sanctioningBody');
    if (!next) throw new Error('no body next to chen-quanguo');
    const box = await page.locator('.graph-canvas').boundingBox();
    const at = await page.evaluate((id) => window.__explorerRendered?.(id) ?? null, next);
    if (!box || !at) throw new Error('the canvas or the node is not drawn');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await waitForPositions(page, computeLayout(layoutInput(graph, 'around', next)));
    expect(page.url()).toContain(`s=n:${next}`);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('opens a link naming an older layout with that layout, shown in the menu as older', async () => {
    const { context, page, errors } = await openApp(browser, { hash: '#v=1&l=circle' });
    await waitForPositions(page, computeLayout(layoutInput(graph, 'circle')));
    const menu = page.getByRole('combobox', { name: 'Layout' });
    expect(await menu.locator('option:checked').textContent()).toBe('Circle (older)');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
