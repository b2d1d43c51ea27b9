// Shared helpers for browser tests: launch Debian's Chromium (never a downloaded browser) and open the app.
import type { Browser, BrowserContext, Page, ConsoleMessage } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';

export const SCREENSHOTS = 'test-results/screenshots';

/** Debian's Chromium, launched as every script does (scripts/lib/chromium.ts). */
export const launch = launchChromium;

export function appUrl(hash = '', query = ''): string {
  return `${inject('baseUrl')}${query}${hash}`;
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Opens the app in a fresh context and waits until the graph reports it is drawn. */
export async function openApp(
  browser: Browser,
  opts: {
    hash?: string;
    query?: string;
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    waitForGraph?: boolean;
  } = {},
): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
    acceptDownloads: true,
    // Dates follow the reader's locale: the tests read them as a British reader would ("9 July 2020").
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(appUrl(opts.hash, opts.query));
  if (opts.waitForGraph !== false) await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** On a phone the top bar's tools fold behind "Menu": open it, as a reader does, when it is shown. */
export async function openTopbarMenuIfFolded(page: Page): Promise<void> {
  const menu = page.locator('.menu-button');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

/** Types a day (ISO) into the time bar's "As of" field and confirms it, as a reader would. */
export async function setAsOf(page: Page, day: string): Promise<void> {
  const field = page.locator('.time-bar [data-day-field]');
  await field.fill(day);
  await field.press('Enter');
}

/** The day (ISO) the time bar's "As of" field holds, or '' for none. */
export async function asOfShown(page: Page): Promise<string> {
  return (await page.locator('.time-bar [data-day-field]').getAttribute('data-day')) ?? '';
}

/** What the canvas draws now (ids, positions, camera), as the app reports it for tests and exports. */
export async function snapshot(page: Page) {
  const snap = await page.evaluate(() => window.__explorerCanvas?.() ?? null);
  if (!snap) throw new Error('the canvas reports nothing');
  return snap;
}
