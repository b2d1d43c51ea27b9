// Server mode in a real browser: the app served by the server (embedded PGlite), searched, expanded, a path
// followed, and the shared link reopened on the same entities.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServerApp } from '../../server/app.ts';
import { openPglite } from '../../server/db/pglite.ts';
import type { Database } from '../../server/db/types.ts';
import { ingestFile } from '../../server/ingest/ingest.ts';
import { ftmLines, tempFile } from '../server/databases.ts';
import { FIXTURE } from '../server/fixture.ts';
import { launch, screenshot } from './browser.ts';

// Golden Star has 40 shareholders besides Ahmad Abbasi: more than one page of neighbours.
const SHAREHOLDERS = Array.from({ length: 40 }, (_, i) => [
  { id: `p-holder-${i}`, schema: 'Person', properties: { name: [`Shareholder Number ${i + 1}`] } },
  { id: `own-holder-${i}`, schema: 'Ownership', properties: { owner: [`p-holder-${i}`], asset: ['c-star'] } },
]).flat();

const WAIT = { timeout: 20_000 };

let browser: Browser;
let db: Database;
let server: ServerType;
let base: string;

beforeAll(async () => {
  db = await openPglite();
  await ingestFile(db, tempFile('server-mode.ftm.json', ftmLines([...FIXTURE, ...SHAREHOLDERS])));
  const app = createServerApp(db, inject('siteDir'));
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  await db?.close();
});

async function drawnNames(page: Page): Promise<string[]> {
  const snap = await page.evaluate(() => window.__explorerCanvas?.() ?? null);
  return snap === null ? [] : snap.visibleNodes.map(String);
}

async function status(page: Page): Promise<string> {
  return (await page.getByRole('status').filter({ hasText: 'Server mode' }).textContent()) ?? '';
}

describe('server mode', () => {
  it('searches the server, draws a neighbourhood, expands it, follows a path and reopens the link', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    // At start: the best-connected entities of the dataset.
    await expect.poll(() => status(page), WAIT).toMatch(/10 entities drawn from the server/);

    await page.getByLabel('Search all').fill('Golden Str');
    await page.getByRole('button', { name: /Golden Star Trading LLC/ }).click();
    // The company and its first 25 neighbours.
    await expect.poll(() => status(page), WAIT).toMatch(/26 entities drawn/);
    await page.waitForSelector('[data-graph-ready="true"]');
    const before = (await drawnNames(page)).length;
    await screenshot(page, 'server-mode-neighbourhood');

    const more = page.getByRole('button', { name: /Expand Golden Star Trading LLC: 18 more neighbours/ });
    await more.click();
    await expect.poll(() => status(page), WAIT).toMatch(/44 entities drawn/);
    await expect.poll(async () => (await drawnNames(page)).length, WAIT).toBeGreaterThan(before);
    await expect(
      page.getByRole('button', { name: /All 43 neighbours of Golden Star Trading LLC drawn/ }).isVisible(),
    ).resolves.toBe(true);

    // A path from the company to Leila Abbasi: through Ahmad Abbasi (owner, then spouse).
    await page.getByLabel('Path from Golden Star Trading LLC to').fill('Leila Abasi');
    await page.getByRole('button', { name: /Leila Abbasi/ }).click();
    await expect.poll(() => page.locator('.path-bar').textContent(), WAIT).toMatch(/Ahmad Abbasi/);
    await screenshot(page, 'server-mode-path');
    const drawn = await status(page);
    const link = page.url();
    expect(link).toContain('ids=');

    // The shared link reopens the same entities and the same path.
    const again = await context.newPage();
    await again.goto(link);
    await expect.poll(() => status(again), WAIT).toBe(drawn);
    await expect.poll(() => again.locator('.path-bar').textContent(), WAIT).toMatch(/Ahmad Abbasi/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before opening another server named by ?api=, and stays on the bundled data when declined', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}?api=${encodeURIComponent(`${base}api`)}`);
    const dialog = page.getByRole('alertdialog', { name: 'Open data from a server' });
    await expect(dialog.textContent()).resolves.toContain('127.0.0.1');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.url(), WAIT).not.toContain('api=');
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await context.close();
  });
});
