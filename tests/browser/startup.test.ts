// What the page fetches at start, in Debian's Chromium: a link's data file is not kept waiting behind the
// panels' chunks (they are fetched once the graph is drawn), and the panels are still fetched before anyone
// asks for one, also where no graph is drawn (the list view).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launch, snapshot } from './browser.ts';

const FIXTURE = 'tests/fixtures/ftm/parties-and-sanctions.ftm.json';
const LINKED = 'startup-test/parties-and-sanctions.ftm.json';
/** Chunks of parts the first screen does not show (see src/ui/lazyPart.tsx). */
const PANEL_CHUNK = /\/assets\/(NodePanel|FiltersPanel|InsightsPanel|SharePanel|ListView)-[\w-]+\.js$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(join(inject('siteDir'), 'startup-test'), { recursive: true });
  copyFileSync(FIXTURE, join(inject('siteDir'), LINKED));
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page, recording each request's start and end in order ("start <url>", "end <url>"). */
async function openRecording(
  query: string,
  hash = '',
): Promise<{ page: Page; events: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const events: string[] = [];
  page.on('request', (r) => events.push(`start ${r.url()}`));
  page.on('requestfinished', (r) => events.push(`end ${r.url()}`));
  await page.goto(appUrl(hash, query));
  return { page, events, close: () => context.close() };
}

const panelRequests = (events: string[]) =>
  events.filter((e) => e.startsWith('start ') && PANEL_CHUNK.test(e.slice(6)));

describe('start-up', () => {
  it("a link's data file is fetched before the panels' chunks, which follow once the graph is drawn", async () => {
    const { page, events, close } = await openRecording(`?data=${encodeURIComponent(`/${LINKED}`)}`);
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
    const drawnAt = Date.now();
    // The link's entities are drawn (not the bundled data).
    expect((await snapshot(page)).visibleNodes).toContain('nk-zhuhailun9');
    // Preloaded without a click, because the graph was drawn: all five chunks are asked for well before the
    // 4 s the page waits where no graph is drawn.
    await expect
      .poll(() => new Set(panelRequests(events).map((e) => PANEL_CHUNK.exec(e)?.[1])).size, { timeout: 2_000 })
      .toBe(5);
    expect(Date.now() - drawnAt).toBeLessThan(2_000);
    const dataDone = events.findIndex((e) => e.startsWith('end ') && e.endsWith(LINKED));
    expect(dataDone).toBeGreaterThan(-1);
    const firstPanel = events.indexOf(panelRequests(events)[0] ?? '');
    expect(firstPanel).toBeGreaterThan(dataDone);
    // And a panel then opens at once, with no "Loading…" (read once, right after the click).
    await expect.poll(() => events.filter((e) => e.startsWith('end ') && /FiltersPanel-/.test(e)).length).toBe(1);
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await page.locator('[role="tabpanel"]').textContent()).not.toContain('Loading');
    await close();
  });

  it('where no graph is drawn (the list view), the panels are still fetched without a click', async () => {
    const { page, events, close } = await openRecording('', '#v=1&mv=list');
    await page.locator('[data-node-row]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-graph-ready]').count()).toBe(0);
    await expect
      .poll(() => new Set(panelRequests(events).map((e) => PANEL_CHUNK.exec(e)?.[1])).size, { timeout: 10_000 })
      .toBe(5);
    await close();
  });
});
