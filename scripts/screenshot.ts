// Takes the README's screenshot from the real app: Chen Quanguo selected, in Debian's Chromium.
// Usage: npm run screenshot [-- --no-build]
import { launchChromium } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';

const OUT = 'docs/screenshot.png';

const site = await serveBuiltSite({ build: !process.argv.includes('--no-build') });
const { url } = site;
const browser = await launchChromium();
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
