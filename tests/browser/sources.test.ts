// Sources, identities, search and the About panel as a reader meets them in Debian's Chromium: the merged
// XPSB panel with both names and both US measures, "Magnitsky" offering the Global Magnitsky measures, source
// links that are https and open in a new tab, and what the data covers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('sources and identities in the app', () => {
  it('shows the XPSB as one body: both names, the 2019 Entity List listing and the 2020 OFAC blocking', async () => {
    const { context, page, errors } = await openApp(browser, { hash: '#v=1&s=n:xpsb' });
    context.setDefaultTimeout(10_000);
    const panel = page.locator('[data-panel-node="xpsb"]');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Xinjiang Public Security Bureau');
    expect(text).toContain("XUAR People's Government Public Security Bureau");
    await expect
      .poll(() => panel.locator('[data-measure="m-2019-10-07-bis-xuar-psb-2019"]').count())
      .toBeGreaterThan(0);
    await expect.poll(() => panel.locator('[data-measure="m-2020-07-09-treasury-xpsb"]').count()).toBeGreaterThan(0);
    const identity = panel.locator('[data-identity="same-xpsb-xuar-psb-2019"]');
    await expect.poll(() => identity.textContent()).toContain('Safeguard Defenders');
    await screenshot(page, 'sources-xpsb-merged');

    // Split again: the Entity List name is its own node, and the link says so.
    await identity.getByRole('button', { name: 'Show the names as separate nodes' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('id=split');
    await expect
      .poll(() => page.locator('[data-panel-node="xpsb"] [data-measure="m-2019-10-07-bis-xuar-psb-2019"]').count())
      .toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the Global Magnitsky measures for "Magnitsky", apart from the names', async () => {
    const { context, page, errors } = await openApp(browser);
    context.setDefaultTimeout(10_000);
    await page.locator('.search input').fill('Magnitsky');
    const group = page.locator('[data-search-group="measures"]');
    await expect.poll(() => group.textContent()).toContain('US Treasury blocks 4 officials and the XPSB');
    expect(await group.textContent()).toContain('Global Magnitsky');
    await screenshot(page, 'sources-search-magnitsky');
    await group.getByRole('option').first().click();
    await page.locator('[data-panel-edge]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links a measure source with an https address that opens in a new tab, official document first', async () => {
    const { context, page, errors } = await openApp(browser, { hash: '#v=1&s=e:m-2020-07-09-treasury-chen-quanguo' });
    context.setDefaultTimeout(10_000);
    const sources = page.locator('[data-panel-edge] section[aria-label="Sources"] li');
    await sources.first().waitFor();
    expect(await sources.first().getAttribute('data-kind')).toBe('official');
    const link = sources.first().locator('a');
    expect(await link.getAttribute('href')).toBe('https://home.treasury.gov/news/press-releases/sm1055');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const panelText = (await page.locator('[data-panel-edge]').textContent()) ?? '';
    expect(panelText).not.toMatch(/FACTS\.md|\(no headline|publisher unknown|art-00\d/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what the data covers, under the legend and on the start panel', async () => {
    const { context, page, errors } = await openApp(browser);
    context.setDefaultTimeout(10_000);
    const about = page.locator('.panel-empty [data-about]');
    await about.waitFor();
    const text = (await about.textContent()) ?? '';
    expect(text).toContain('Not included');
    expect(text).toContain('How to cite it');
    await page.locator('.legend-about summary').click();
    await expect.poll(() => page.locator('.legend-about [data-about]').isVisible()).toBe(true);
    await screenshot(page, 'sources-about');
    expect(errors).toEqual([]);
    await context.close();
  });
});
