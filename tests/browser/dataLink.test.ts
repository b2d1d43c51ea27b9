// ?data= is the user's choice (issue 16, items 1 and 2): a data: link cannot show made-up sanctions, another
// site is asked about before anything is fetched from it, data from it is labelled, and an endless stream stops
// at the download limit. The "other site" is a small server on another port of this machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, screenshot } from './browser.ts';

const PERSON = { id: 'made-up-person', schema: 'Person', properties: { name: ['Made Up Person'] } };
const SANCTION = {
  id: 'made-up-sanction',
  schema: 'Sanction',
  properties: { entity: ['made-up-person'], authority: ['OFAC'], program: ['SDGT'], startDate: ['2020-01-01'] },
};
const LINES = `${JSON.stringify(PERSON)}\n${JSON.stringify(SANCTION)}\n`;

let browser: Browser;
let server: Server;
let otherSite = '';
const requests: string[] = [];

beforeAll(async () => {
  browser = await launch();
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.url === '/endless.ftm.json') {
      // Streams FtM lines until the client stops reading.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      let i = 0;
      const push = () => {
        let ok = true;
        while (ok && !res.destroyed) {
          const lines: string[] = [];
          for (let n = 0; n < 500; n++, i++) {
            lines.push(JSON.stringify({ id: `p${i}`, schema: 'Person', properties: { name: [`Person ${i}`] } }));
          }
          ok = res.write(`${lines.join('\n')}\n`);
        }
        if (!res.destroyed) res.once('drain', push);
      };
      push();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(LINES) });
    res.end(LINES);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  otherSite = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const notices = (page: import('playwright-core').Page) => page.locator('[data-testid="notice"] span').allTextContents();

describe('?data= from a link', () => {
  it('refuses a data: address: no made-up sanction is shown, the bundled data is, and a notice says why', async () => {
    const data = `data:application/json,${encodeURIComponent(LINES)}`;
    const { page, context, errors } = await openApp(browser, {
      query: `?data=${encodeURIComponent(data)}`,
      hash: '#v=1&s=n:made-up-person',
    });
    await expect
      .poll(() => notices(page))
      .toEqual([expect.stringMatching(/"data:" address, which this site does not open/)]);
    expect(await page.locator('[data-panel-node="made-up-person"]').count()).toBe(0);
    expect(await page.getByText('Made Up Person').count()).toBe(0);
    expect(page.url()).not.toContain('data=');
    for (const scheme of ['javascript:alert(1)', 'blob:http://x/1', 'file:///etc/passwd']) {
      await page.goto(page.url().split('?')[0] + `?data=${encodeURIComponent(scheme)}`);
      await expect.poll(() => notices(page)).toEqual([expect.stringMatching(/address, which this site does not open/)]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before fetching from another site; Cancel fetches nothing', async () => {
    requests.length = 0;
    const { page, context, errors } = await openApp(browser, {
      query: `?data=${otherSite}/list.ftm.json`,
      waitForGraph: false,
    });
    const dialog = page.locator('[data-import-dialog="confirm"]');
    await dialog.waitFor();
    const host = new URL(otherSite).host;
    expect(await dialog.locator('h2').textContent()).toBe(`Open data from ${host}?`);
    expect(await dialog.textContent()).toContain('It will replace what you see.');
    await screenshot(page, 'safety-data-link-confirm');
    expect(requests).toEqual([]);
    await page.locator('[data-confirm-cancel]').click();
    await expect.poll(() => notices(page)).toEqual([`The data from ${host} was not opened.`]);
    expect(requests).toEqual([]);
    expect(page.url()).not.toContain('data=');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the data on Open, labelled with its site in the header and atop the panel, in the embed too', async () => {
    const host = new URL(otherSite).host;
    for (const query of [`?data=${otherSite}/list.ftm.json`, `?embed=1&data=${otherSite}/list.ftm.json`]) {
      const { page, context, errors } = await openApp(browser, {
        query,
        hash: '#v=1&s=n:made-up-person',
        waitForGraph: false,
      });
      await page.locator('[data-confirm-open]').click();
      await page.locator('[data-panel-node="made-up-person"]').waitFor();
      const label = `Data from ${host}, not verified by this site`;
      expect(await page.locator('[data-origin-note="header"]').textContent()).toBe(label);
      expect(await page.locator('[data-origin-note="panel"]').textContent()).toBe(label);
      await screenshot(page, query.includes('embed') ? 'safety-data-link-embed' : 'safety-data-link-opened');
      if (query.includes('embed')) {
        // The embed's way to the full explorer keeps ?data=, so the explorer asks again.
        const href = (await page.locator('.embed-open').getAttribute('href')) ?? '';
        expect(href).toContain('data=');
        const full = await context.newPage();
        await full.goto(href);
        await full.locator('[data-import-dialog="confirm"]').waitFor();
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('stops an endless stream at the limit chosen in the confirmation and shows what was read', async () => {
    const { page, context, errors } = await openApp(browser, {
      query: `?data=${otherSite}/endless.ftm.json`,
      waitForGraph: false,
    });
    await page.locator('[data-confirm-limit]').fill('2');
    await page.locator('[data-confirm-open]').click();
    await expect
      .poll(() => notices(page), { timeout: 60_000 })
      .toContainEqual(expect.stringMatching(/^Stopped reading at 2 MB, the limit for one file/));
    expect(await page.locator('[data-origin-note="header"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
