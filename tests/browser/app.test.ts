// The explorer as a person uses it, in Debian's Chromium: load, search, read a person's measures, click a body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';
import { appUrl, launch, openApp, openTopbarMenuIfFolded, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function canvasSnapshot(page: import('playwright-core').Page) {
  return page.evaluate(() => window.__explorerCanvas?.());
}

describe('the explorer on the bundled data', () => {
  it('loads with no console error and draws every node of the dataset', async () => {
    const { page, errors, context } = await openApp(browser);
    const snap = await canvasSnapshot(page);
    // The app shows the bundled data with its identity judgements merged.
    const loaded = loadBundledDataset().dataset;
    if (!loaded) throw new Error('the bundled data does not load');
    expect(snap?.visibleNodes.length).toBe(mergeIdentities(loaded).nodes.length);
    // Nodes are laid out apart: no two share a position.
    const positions = Object.values(snap?.positions ?? {}).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`);
    expect(new Set(positions).size).toBe(positions.length);
    await screenshot(page, 'app-start');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds Huo Liujun by the misspelling "Huo Liuju" and shows the 2020-07-09 Treasury measure with its legal basis', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('/');
    await page.keyboard.type('Huo Liuju');
    const option = page.getByRole('option').first();
    await expect.poll(() => option.textContent()).toContain('Huo Liujun');
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-panel-node="huo-liujun"]');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Huo Liujun');
    const card = panel.locator('[data-measure="m-2020-07-09-treasury-huo-liujun"]');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('9 July 2020');
    expect(text).toContain('Executive Order 13818');
    expect(text).toMatch(/Treasury/);
    await screenshot(page, 'person-panel-huo-liujun');
    await context.close();
  });

  it('a search typed straight after leaving the field keeps its list open', async () => {
    const { page, context, errors } = await openApp(browser);
    const input = page.locator('.search input');
    const option = page.getByRole('option').first();
    await input.fill('Huo Liujun');
    await expect.poll(() => option.textContent()).toContain('Huo Liujun');
    // Leaving the field closes the list a moment later (so that a click on a result lands). Coming straight
    // back and typing must not let that close the list of the new search.
    await input.evaluate((field) => {
      field.blur();
      field.focus();
    });
    await input.fill('Chen Quanguo');
    await page.waitForTimeout(400);
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => option.textContent()).toContain('Chen Quanguo');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a name typed before the name search is ready is searched as soon as it is, not lost', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Hold back the name index's chunk (it loads once the data is shown) until the name has been typed.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route(/\/nameIndex-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(appUrl());
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
    await page.keyboard.press('/');
    await page.keyboard.type('Chen Quanquo');
    await expect.poll(() => page.locator('[data-search-waiting]').textContent()).toBe('Preparing the name search…');
    const results = page.locator('.search [role="option"]');
    expect(await results.count()).toBe(0);
    release();
    const option = results.first();
    await expect.poll(() => option.textContent()).toContain('Chen Quanguo');
    expect(await page.locator('[data-search-waiting]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.locator('[data-panel-node="chen-quanguo"]').waitFor();
    await context.close();
  });

  it('clicking a sanctioning body lists what it imposed, grouped by action', async () => {
    const { page, context } = await openApp(browser);
    // Click the body on the canvas itself, where it is drawn.
    const box = await page.locator('.graph-canvas').boundingBox();
    const at = await page.evaluate(() => window.__explorerRendered?.('us-commerce') ?? null);
    if (!box || !at) throw new Error('the canvas or the US Commerce node is not drawn');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const panel = page.locator('[data-panel-node="us-commerce"]');
    await panel.waitFor();
    const groups = panel.locator('[data-action]');
    expect(await groups.count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-action="act-2019-10-07-bis"]').textContent()).toContain('SenseTime');
    await screenshot(page, 'body-panel-commerce');
    await context.close();
  });

  it('the list view shows the same nodes as the canvas', async () => {
    const { page, context } = await openApp(browser);
    const snap = await canvasSnapshot(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.locator('[data-node-row]');
    await rows.first().waitFor();
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-node-row')));
    expect(new Set(ids)).toEqual(new Set(snap?.visibleNodes));
    // Sortable: sorting by name descending reverses the order.
    await page.getByRole('button', { name: /^Name/ }).click();
    const first = await rows.first().getAttribute('data-node-row');
    expect(first).toBe(ids[ids.length - 1]);
    // Column names in the cells only where rows stack (a phone): here the headings are above them.
    expect(await page.locator('.list-view .phone-label').first().isVisible()).toBe(false);
    await context.close();
  });

  it('on a phone, where rows stack, each count and each body says what it is', async () => {
    const { page, context } = await openApp(browser, { viewport: { width: 390, height: 844 } });
    await openTopbarMenuIfFolded(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const row = page.locator('[data-node-row="chen-quanguo"]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Measures against: \d+/);
    const measure = page.locator('[data-measure-row]').first();
    expect(await measure.innerText()).toMatch(/By: .+\n?.*On: /s);
    await screenshot(page, 'list-phone');
    await context.close();
  });
});
