// Long lists in Debian's Chromium: on a few thousand entities the list view and a sanctioning body's panel
// render only the rows near the screen, yet scrolling reaches the last row, which works from the keyboard.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serializeDatasetBundle } from '../../src/core/data/import/bundle.ts';
import { generateDataset } from '../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { createDatasetIndex, imposedBy } from '../../src/core/graph/queries.ts';
import { launch, openApp, screenshot } from './browser.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';

const dataset = generateDataset({ seed: 3, nodes: 2500 });
const graph = buildGraph(mergeIdentities(dataset));
const bundle = serializeDatasetBundle(dataset, { indent: 0 });

let browser: Browser;
let server: Server;
let dataUrl = '';

beforeAll(async () => {
  browser = await launch();
  server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    res.end(bundle);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the data server has no port');
  dataUrl = `http://127.0.0.1:${address.port}/synthetic-2500.json`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openLarge(): Promise<Page> {
  const { page } = await openApp(browser, { query: `?data=${encodeURIComponent(dataUrl)}`, waitForGraph: false });
  // Another origin (another port): the app asks first.
  await page.locator('[data-confirm-open]').click();
  await page.waitForFunction((n) => (window.__explorerCanvas?.()?.visibleNodes.length ?? 0) === n, graph.order, {
    timeout: 60_000,
  });
  return page;
}

/**
 * Scrolls the area to the end of `list` (whose height stands for every row, rendered or not), again while
 * rows measured on the way change that height, until `done` holds.
 */
async function scrollToEnd(page: Page, area: string, list: string, done: () => Promise<boolean>): Promise<void> {
  for (let jump = 0; jump < 20; jump++) {
    if (await done()) return;
    await page.evaluate(
      ({ area, list }) => {
        const scroller = document.querySelector(area);
        const end = document.querySelector(list);
        if (!scroller || !end) throw new Error('nothing to scroll');
        scroller.scrollTop += end.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom;
      },
      { area, list },
    );
    await page.waitForTimeout(100);
  }
  throw new Error(`scrolling ${area} never reached the end of ${list}`);
}

describe('long lists', () => {
  it('the list view renders a window of its 2,500 entities, and scrolling reaches the last, which Enter opens', async () => {
    const page = await openLarge();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const entities = page.getByRole('table', { name: 'Entities' });
    await entities.locator('[data-node-row]').first().waitFor();
    expect(await entities.getAttribute('aria-rowcount')).toBe(String(graph.order + 1));
    const rendered = await entities.locator('[data-node-row]').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(200);

    // Sorted by name: the last row is the last name in the same collation.
    const collator = new Intl.Collator();
    const byName = graph
      .nodes()
      .sort((a, b) => collator.compare(graph.getNodeAttribute(a, 'name'), graph.getNodeAttribute(b, 'name')));
    const lastId = byName[byName.length - 1] ?? '';
    const lastName = graph.getNodeAttribute(lastId, 'name');
    const lastRow = entities.locator(`[aria-rowindex="${graph.order + 1}"]`);
    await scrollToEnd(
      page,
      '.list-view',
      'table[aria-label="Entities"] tbody',
      async () => (await lastRow.count()) > 0,
    );
    expect(await lastRow.locator('td').first().textContent()).toBe(lastName);
    const lastRowId = (await lastRow.getAttribute('data-node-row')) ?? '';
    expect(await entities.locator('[data-node-row]').count()).toBeLessThan(200);
    await screenshot(page, 'list-view-long-end');

    // From the keyboard: focus the last name and press Enter: its panel opens.
    await lastRow.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.locator(`[data-panel-node="${lastRowId}"]`).waitFor();
    await page.context().close();
  });

  it("a sanctioning body's panel renders a window of the measures it imposed, and scrolling reaches the last", async () => {
    const index = createDatasetIndex(dataset);
    const body = dataset.nodes
      .filter((n) => n.kind === 'sanctioningBody')
      .map((n) => ({ node: n, groups: imposedBy(graph, index, n.id) }))
      .sort((a, b) => b.groups.length - a.groups.length)[0];
    if (!body) throw new Error('no sanctioning body');
    const measures = body.groups.reduce((sum, g) => sum + g.measures.length, 0);
    expect(measures).toBeGreaterThan(200);
    const lastGroup = body.groups[body.groups.length - 1];
    const lastMeasure = lastGroup?.measures[lastGroup.measures.length - 1];
    if (!lastGroup || !lastMeasure) throw new Error('the body imposed nothing');

    const page = await openLarge();
    await page.locator('.search input').fill(body.node.name);
    // Measures matching the name are listed after the names; the name index of 2,500 entities may still be
    // building when they show, so wait for the body's own option to come first.
    await expect
      .poll(() => page.locator('.search [role="option"] .result-name').first().textContent(), { timeout: 30_000 })
      .toBe(body.node.name);
    await page.locator('.search input').press('Enter');
    const section = page.locator(`[data-panel-node="${body.node.id}"] section[aria-label="Measures imposed"]`);
    await section.locator('li').first().waitFor();
    expect(await section.locator('li').count()).toBeLessThan(120);

    // The last action's last measure (by target name, as in the panel of a small body).
    const lastItemText = () =>
      page.evaluate((action) => {
        const items = document.querySelectorAll(`section[aria-label="Measures imposed"] [data-action="${action}"] li`);
        return items[items.length - 1]?.textContent ?? '';
      }, lastGroup.actionId);
    const lastGroupDrawn = () => section.locator(`[data-action="${lastGroup.actionId}"]`).count();
    // Reached when the last measure is drawn and its action's group with it (the group's heading may have
    // scrolled out of the window above its measures). Rows measured once drawn can move the window after a
    // jump, as a reader sees it settle; on a busy machine that comes late, so scroll again until both hold.
    const reached = async () =>
      (await lastItemText()).includes(lastMeasure.target.name) && (await lastGroupDrawn()) === 1;
    await expect
      .poll(
        async () => {
          await scrollToEnd(
            page,
            '.panel-body',
            `[data-panel-node="${body.node.id}"] section[aria-label="Measures imposed"] > div`,
            reached,
          );
          await page.waitForTimeout(300);
          return reached();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await section.locator('li').count()).toBeLessThan(120);
    await screenshot(page, 'panel-long-imposed-end');
    await page.context().close();
  });
});
