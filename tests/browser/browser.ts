// Shared helpers for browser tests: launch Debian's Chromium (never a downloaded browser) and open the app.
import { chromium, type Browser, type BrowserContext, type Page, type ConsoleMessage } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'test-results/screenshots';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

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
  opts: { hash?: string; query?: string; viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; waitForGraph?: boolean } = {},
): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
    acceptDownloads: true,
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
