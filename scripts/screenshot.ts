// Takes the README's screenshot from the real app: Chen Quanguo selected, in Debian's Chromium.
// Usage: npm run screenshot [-- --no-build]
import { chromium } from 'playwright-core';
import { serveBuiltSite } from './lib/serve.ts';

const OUT = 'docs/screenshot.png';

const site = await serveBuiltSite({ build: !process.argv.includes('--no-build') });
const { url } = site;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  // Selected through the link, so the whole graph stays in view.
  await page.goto(`${url}#v=1&s=n:chen-quanguo`);
  await page.waitForSelector('[data-graph-ready="true"]');
  await page.waitForSelector('[data-panel-node="chen-quanguo"]');
  await page.waitForTimeout(600);
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await site.close();
}
