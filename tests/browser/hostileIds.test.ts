// Ids are data (issue 16, item 3): an FtM file whose entities are called 'constructor', '__proto__' and
// 'toString' opens, and their panel, the List view and the Insights work, with no error on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, screenshot } from './browser.ts';

const lines = [
  {
    id: 'constructor',
    schema: 'Person',
    properties: { name: ['Constructor Person'] },
  },
  {
    id: '__proto__',
    schema: 'Company',
    properties: { name: ['Proto Company'] },
  },
  { id: 'toString', schema: 'Person', properties: { name: ['To String'] } },
  {
    id: 'hasOwnProperty',
    schema: 'Sanction',
    properties: {
      entity: ['constructor'],
      authority: ['OFAC'],
      startDate: ['2020-07-09'],
    },
  },
  {
    id: 'valueOf',
    schema: 'Sanction',
    properties: {
      entity: ['__proto__'],
      authority: ['OFAC'],
      startDate: ['2020-07-09'],
    },
  },
  {
    id: 'own',
    schema: 'Ownership',
    properties: { owner: ['toString'], asset: ['__proto__'] },
  },
]
  .map((l) => JSON.stringify(l))
  .join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('entities called constructor and __proto__', () => {
  it('open, and their panel, the List view and the Insights work', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.locator('[data-open-data-input]').setInputFiles({
      name: 'hostile-ids.ftm.json',
      mimeType: 'application/json',
      buffer: Buffer.from(lines),
    });
    await page.waitForFunction(() => window.__explorerCanvas?.()?.visibleNodes.length === 4, undefined, {
      timeout: 30_000,
    });
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('Constructor Person');
    await page.locator('.search [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-panel-node="constructor"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('Constructor Person');
    // A Sanction naming only its authority says nothing of the measure's kind: shown as such, never as a freeze.
    expect(await panel.textContent()).toContain('Listing, kind not stated');
    expect(await panel.textContent()).toContain('OFAC');
    await screenshot(page, 'safety-constructor-panel');

    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('[data-node-row="constructor"]').waitFor();
    // '__proto__' does not fit the id format, so the importer rewrote it; the entity is there all the same.
    expect(await page.locator('[data-node-row]', { hasText: 'Proto Company' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();

    await page.getByRole('tab', { name: 'Insights' }).click();
    await expect.poll(() => page.locator('.panel-body').textContent()).toContain('Constructor Person');
    expect(errors).toEqual([]);
    await context.close();
  });
});
