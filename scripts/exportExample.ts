// Makes docs/export-example.png the way a reader does: the app in Debian's Chromium, a view of the bundled
// data (around Chen Quanguo, as of the end of 2021, the Commerce Department's measures hidden), then
// Share > PNG (2x). The file is the app's own download, not a screenshot.
// Usage: npm run export:example [-- --no-build]
import { copyFileSync } from 'node:fs';
import { encodeViewState } from '../src/core/view/codec.ts';
import { defaultViewState } from '../src/core/view/viewState.ts';
import { launchChromium } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';

const OUT = 'docs/export-example.png';
const view = {
  ...defaultViewState(),
  focus: { node: 'chen-quanguo', depth: 2 as const },
  asOf: '2021-12-31',
  filters: { ...defaultViewState().filters, bodies: ['us-commerce'] },
};

const site = await serveBuiltSite({ build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(`${site.url}#${encodeViewState(view)}`);
  await page.waitForSelector('[data-graph-ready="true"]');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await dialog.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'PNG (2×)' }).click(),
  ]);
  copyFileSync(await download.path(), OUT);
  console.log(`wrote ${OUT}: ${await dialog.getByLabel('Title').inputValue()}`);
  await context.close();
} finally {
  await browser.close();
  await site.close();
}
