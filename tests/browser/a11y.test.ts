// Accessibility of the main screens, checked by axe-core (injected into Debian's Chromium): no serious or
// critical violation on the start screen, a person's panel with a measure open, Filters, Insights, the
// List view, the phone drawer and dark mode.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The serious and critical violations axe finds on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the built page's CSP refuses an injected inline <script>.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')})`,
    );
}

describe('axe-core over the main screens', () => {
  it('start screen', async () => {
    const { page, context } = await openApp(browser, { viewport: { width: 1440, height: 900 } });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("a person's panel with a measure open", async () => {
    const { page, context } = await openApp(browser, {
      viewport: { width: 1440, height: 900 },
      hash: '#v=1&s=n:chen-quanguo',
    });
    await page.locator('[data-measure="m-2020-07-09-treasury-chen-quanguo"] button.row-toggle').click();
    await page.locator('[data-measure-card]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('Filters and Insights', async () => {
    const { page, context } = await openApp(browser, { viewport: { width: 1440, height: 900 } });
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.locator('.panel-body input[type="checkbox"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Insights' }).click();
    await page.locator('[data-insights="matrix"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('List view', async () => {
    const { page, context } = await openApp(browser, { viewport: { width: 1440, height: 900 } });
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('.list-view table').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('phone, with the drawer open on a person', async () => {
    const { page, context } = await openApp(browser, {
      viewport: { width: 390, height: 844 },
      hash: '#v=1&s=n:shohrat-zakir',
    });
    await page.locator('[data-panel-node="shohrat-zakir"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('dark mode, a person panel', async () => {
    const { page, context } = await openApp(browser, {
      viewport: { width: 1440, height: 900 },
      colorScheme: 'dark',
      hash: '#v=1&s=n:zhu-hailun',
    });
    await page.locator('[data-panel-node="zhu-hailun"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
