// Headers and framing (issue 16, item 6): the built page carries a Content-Security-Policy that runs no
// inline script, and the full app refuses to run inside another site's frame while the read-only embed does.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launch, openApp, screenshot } from './browser.ts';

let browser: Browser;
let server: Server;
let host = '';

beforeAll(async () => {
  browser = await launch();
  server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(
      `<!doctype html><title>host</title><iframe src="${src.replace(/"/g, '&quot;')}" width="1000" height="700"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('framing and CSP', () => {
  it('sends a policy that blocks an inline script', async () => {
    const { page, context, errors } = await openApp(browser);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return w.injected === true;
    });
    expect(ran).toBe(false);
    // The app itself runs under the policy without a violation (the blocked script above is the only one).
    expect(errors.filter((e) => !e.includes('inline script'))).toEqual([]);
    await context.close();
  });

  it("refuses to run the full app inside another site's frame, and runs the embed", async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${host}/?src=${encodeURIComponent(appUrl())}`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-framed-refusal]').waitFor();
    expect(await frame.locator('h1').textContent()).toBe('This explorer does not run inside another page');
    expect(await frame.locator('[data-open-data-input], .topbar').count()).toBe(0);
    await screenshot(page, 'safety-framed-refusal');

    await page.goto(`${host}/?src=${encodeURIComponent(appUrl('', '?embed=1'))}`);
    await frame.locator('[data-graph-ready="true"]').waitFor({ timeout: 30_000 });
    // The embed's bar is a chunk of its own, drawn after the graph.
    await frame.locator('.embed-open').waitFor({ timeout: 30_000 });
    expect(await frame.locator('.embed-open').count()).toBe(1);
    expect(await frame.locator('[data-framed-refusal]').count()).toBe(0);
    await context.close();
  });
});
