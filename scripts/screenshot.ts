// Takes the README's screenshots from the real app, in Debian's Chromium: Chen Quanguo selected, on a
// desktop (1440x900) and on a phone (390x844, the panel a drawer over the graph).
// Usage: npm run screenshot [-- --no-build]
import { launchChromium } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';

const SHOTS = [
  { out: 'docs/screenshot.png', viewport: { width: 1440, height: 900 }, mobile: false },
  { out: 'docs/screenshot-phone.png', viewport: { width: 390, height: 844 }, mobile: true },
] as const;

const site = await serveBuiltSite({ build: !process.argv.includes('--no-build') });
const { url } = site;
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.mobile ? 2 : 1,
      isMobile: shot.mobile,
      hasTouch: shot.mobile,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    // Selected through the link, so the whole graph stays in view.
    await page.goto(`${url}#v=1&s=n:chen-quanguo`);
    await page.waitForSelector('[data-graph-ready="true"]');
    await page.waitForSelector('[data-panel-node="chen-quanguo"] .measures-table');
    await page.waitForTimeout(800);
    await page.screenshot({ path: shot.out });
    console.log(`wrote ${shot.out}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
