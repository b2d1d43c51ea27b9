// Names from the data are untrusted text: a hostile name shows as text everywhere and runs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serializeDatasetBundle } from '../../src/core/data/import/bundle.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';
import type { Dataset } from '../../src/core/model/schema.ts';
import { launch, openApp, screenshot } from './browser.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

function hostileDataset(): Dataset {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data does not validate');
  const chen = dataset.nodes.find((n) => n.id === 'chen-quanguo');
  if (!chen) throw new Error('no Chen Quanguo in the bundled data');
  return {
    ...dataset,
    info: { ...dataset.info, id: 'hostile', version: 'hostile-1' },
    nodes: dataset.nodes.map((n) =>
      n.id === chen.id
        ? {
            ...n,
            name: HOSTILE,
            aliases: [{ name: '<script>alert(2)</script>' }],
            description: `${HOSTILE} <b>bold</b>`,
          }
        : n,
    ),
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a node named like HTML', () => {
  it('shows as text in the search, the panel and the list, and runs nothing', async () => {
    const hostile = hostileDataset();
    // The app draws every node, with the identity judgements of the data applied (two records, one node).
    const drawn = mergeIdentities(hostile).nodes.length;
    const { page, context, errors } = await openApp(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.locator('[data-open-data-input]').setInputFiles({
      name: 'hostile.dataset.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeDatasetBundle(hostile)),
    });
    // The link names the dataset version once the new data is shown.
    await page.waitForFunction(() => window.location.hash.includes('d=hostile-1'), undefined, { timeout: 20_000 });
    // The new graph is drawn once its layout arrives from the layout worker.
    await page.waitForFunction((n) => window.__explorerCanvas?.()?.visibleNodes.length === n, drawn, {
      timeout: 20_000,
    });

    await page.keyboard.press('/');
    await page.keyboard.type('onerror');
    const option = page.locator('.search [role="option"]').first();
    await expect.poll(() => option.textContent()).toContain(HOSTILE);
    await page.keyboard.press('Enter');
    const title = page.locator('[data-panel-node="chen-quanguo"] h2');
    await title.waitFor();
    expect(await title.textContent()).toBe(HOSTILE);
    await screenshot(page, 'safety-hostile-name');

    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('[data-node-row="chen-quanguo"]').waitFor();
    expect(await page.locator('[data-node-row="chen-quanguo"] td').first().textContent()).toBe(HOSTILE);

    // Nothing from the data became markup: no injected image, script or bold element.
    const injected = await page.evaluate(
      () => document.querySelectorAll('img[src="x"], script:not([src]), main b, aside b').length,
    );
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
