// The panels as a newcomer meets them, on a desktop (1440x900) and a phone (390x844), in Debian's Chromium:
// the measures in the first screen, post held then, the "as of" date, the phone drawer, focus after search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { timelineSteps } from '../../src/core/algorithms/time.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { launch, openApp, screenshot, setAsOf, asOfShown } from './browser.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled dataset did not load');
const steps = timelineSteps(buildGraph(mergeIdentities(dataset)), dataset.actions).map((step) => step.asOf);

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The top of `selector` measured from the top of the panel's content (as if the panel were not scrolled). */
async function offsetInPanel(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const body = document.querySelector('.panel-body');
    const target = document.querySelector(sel);
    if (!body || !target) throw new Error(`missing ${sel}`);
    return target.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
  }, selector);
}

async function searchAndChoose(page: Page, name: string, id: string): Promise<void> {
  await page.locator('.search input').fill(name);
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(name);
  await page.locator('.search input').press('Enter');
  await page.locator(`[data-panel-node="${id}"]`).waitFor();
}

describe('the measures come first', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`${name}: Chen Quanguo's measures table starts within the first 600 px of the panel`, async () => {
      const { page, context, errors } = await openApp(browser, { viewport, hash: '#v=1&s=n:chen-quanguo' });
      const table = page.locator('[data-panel-node="chen-quanguo"] table.measures-table');
      await table.waitFor();
      expect(await offsetInPanel(page, '[data-panel-node="chen-quanguo"] table.measures-table')).toBeLessThan(600);
      // One row per measure; the status line gives bodies and first date once.
      expect(await table.locator('[data-measure]').count()).toBe(2);
      expect(await page.locator('[data-testid="status-line"]').textContent()).toBe(
        'Sanctioned by 2 bodies since 9 July 2020',
      );
      // Nothing in the panel is wider than the panel.
      const overflow = await page.locator('.panel-body').evaluate((body) => body.scrollWidth - body.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `panels-chen-${name}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a row opens its card; the card says which posts were held then, and which are too uncertain to tell', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:chen-quanguo' });
    const row = page.locator('[data-measure="m-2020-07-09-treasury-chen-quanguo"]');
    await row.locator('button.row-toggle').click();
    expect(await row.locator('button.row-toggle').getAttribute('aria-expanded')).toBe('true');
    const card = page.locator('[data-measure-card="m-2020-07-09-treasury-chen-quanguo"]');
    const held = card.locator('[data-posts-then] .posts-then');
    expect(await held.locator('[data-role="r-chen-quanguo-xuar-party-committee"]').count()).toBe(1);
    // The Tibet post ended in 2016: neither held then nor uncertain.
    expect((await card.textContent()) ?? '').not.toContain('Tibet');
    const text = (await page.locator('[data-panel-node="chen-quanguo"]').textContent()) ?? '';
    expect(text).not.toContain('Status unknown');
    await row.locator('button.row-toggle').click();
    expect(await card.count()).toBe(0);

    await context.close();

    // Huo Liujun's post at the police bureau has no dates: too uncertain to tell, and said so.
    const other = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:huo-liujun' });
    const huo = other.page.locator('[data-measure="m-2020-07-09-treasury-huo-liujun"]');
    // His only measure may start open.
    if ((await huo.locator('button.row-toggle').getAttribute('aria-expanded')) !== 'true')
      await huo.locator('button.row-toggle').click();
    const huoCard = other.page.locator('[data-measure-card="m-2020-07-09-treasury-huo-liujun"]');
    await huoCard.waitFor();
    expect(await huoCard.locator('[data-posts-uncertain] [data-role="r-huo-liujun-xpsb"]').count()).toBe(1);
    await other.context.close();
  });

  it('"Show this measure on the graph" selects the measure and centres the canvas on it', async () => {
    const id = 'm-2020-07-09-treasury-chen-quanguo';
    const measure = dataset.measures.find((m) => m.id === id);
    if (!measure) throw new Error(`no measure ${id}`);
    const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:chen-quanguo' });
    // Pan away first, so that centring is something the click has to do.
    await page.locator('.graph-canvas').hover();
    await page.mouse.wheel(0, -600);
    await page.locator(`[data-measure="${id}"] button.row-toggle`).click();
    await page.locator(`[data-measure-card="${id}"] [data-edge-link="${id}"]`).click();
    await page.locator(`[data-panel-edge="${id}"]`).waitFor();
    await expect
      .poll(async () => {
        const box = await page.locator('.graph-canvas').boundingBox();
        const offset = await page.evaluate(
          ([a, b]) => {
            const snap = window.__explorerCanvas?.();
            const from = snap?.positions[a];
            const to = snap?.positions[b];
            if (!snap || !from || !to) return null;
            const { zoom, pan } = snap.camera;
            return { x: ((from.x + to.x) / 2) * zoom + pan.x, y: ((from.y + to.y) / 2) * zoom + pan.y };
          },
          [measure.body, measure.target] as const,
        );
        if (!box || !offset) return Infinity;
        return Math.hypot(offset.x - box.width / 2, offset.y - box.height / 2);
      })
      .toBeLessThan(30);
    await context.close();
  });

  it("Shohrat Zakir's 2021-12-10 measure: no post on record that day, and the last one with its end", async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:shohrat-zakir' });
    await page.locator('[data-measure="m-2021-12-10-treasury-shohrat-zakir"] button.row-toggle').click();
    const then = page.locator('[data-measure-card="m-2021-12-10-treasury-shohrat-zakir"] [data-posts-then]');
    expect((await then.textContent())?.replace(/\s+/g, ' ')).toBe(
      'No post on record on that date; last: Chairman of the Xinjiang Uyghur Autonomous Region, Government of the Xinjiang Uyghur Autonomous Region, until 30 September 2021.',
    );
    await context.close();
  });
});

/** Opens a person's panel, sets the "as of" day and waits for the posts section to follow it. */
async function postsAsOf(id: string, day: string, shown: string) {
  const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: `#v=1&s=n:${id}` });
  await page.locator(`[data-panel-node="${id}"]`).waitFor();
  await setAsOf(page, day);
  const posts = page.locator('section[aria-label="Posts held"]');
  await expect.poll(() => posts.locator('h3').textContent()).toContain(`Posts held on ${shown}`);
  return { context, posts };
}

describe('the "as of" date', () => {
  it('SenseTime on 2020-01-01: the status line counts one body, not two', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:sensetime' });
    const status = page.locator('[data-testid="status-line"]');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Sanctioned by 2 bodies/);
    await setAsOf(page, '2020-01-01');
    await expect.poll(() => status.textContent()).toMatch(/^As of 1 January 2020: sanctioned by 1 body since/);
    await context.close();
  });

  it('Zhu Hailun on 2020-01-01: the post held then is listed, the others are folded with their dates, not hidden', async () => {
    const { context, posts } = await postsAsOf('zhu-hailun', '2020-01-01', '1 January 2020');
    const other = posts.locator('section[aria-label="Other posts"]');
    expect(await other.locator('summary').textContent()).toContain('(4)');
    await other.locator('summary').click();
    expect(await other.locator('li[data-role]').count()).toBe(4);
    expect(await other.locator('li[data-role]').first().isVisible()).toBe(true);
    await context.close();
  });
  it('Huo Liujun on 2020-07-09: a post without dates is not counted as held, but listed as perhaps held', async () => {
    const { context, posts } = await postsAsOf('huo-liujun', '2020-07-09', '9 July 2020');
    expect(await posts.locator('h3').textContent()).toContain('(0)');
    expect(await posts.textContent()).toContain('None surely held then.');
    const maybe = posts.locator('section[aria-label="Perhaps then"]');
    expect(await maybe.locator('summary').textContent()).toContain('dates too uncertain to tell');
    await maybe.locator('summary').click();
    expect(await maybe.locator('li[data-role="r-huo-liujun-xpsb"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('a new selection', () => {
  it('scrolls the panel back to its top', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:chen-quanguo' });
    await page.locator('[data-panel-node="chen-quanguo"]').waitFor();
    await page.locator('.panel-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
    expect(await page.locator('.panel-body').evaluate((body) => body.scrollTop)).toBeGreaterThan(100);
    await page.locator('[data-panel-node="chen-quanguo"] [data-node-link="xuar-party-committee"]').first().click();
    await page.locator('[data-panel-node="xuar-party-committee"]').waitFor();
    await expect.poll(() => page.locator('.panel-body').evaluate((body) => body.scrollTop)).toBe(0);
    await context.close();
  });
});

describe('keyboard', () => {
  it('choosing a search result moves the focus to the panel heading', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP });
    await page.keyboard.press('/');
    await searchAndChoose(page, 'Zhu Hailun', 'zhu-hailun');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('[data-panel-node]') !== null && document.activeElement?.id,
        ),
      )
      .toBe('panel-title');
    // The next Tab reaches the panel's first control, not the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.panel-body') !== null)).toBe(true);
    await context.close();
  });

  it('a skip link, first on the page, takes the focus to the panel', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:chen-quanguo' });
    await page.locator('[data-panel-node="chen-quanguo"]').waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the panel');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await context.close();
  });
});

describe('time slider from the keyboard', () => {
  it('steps between dated actions with the arrows and PageUp/PageDown, Home goes to the start and End to the last action', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP });
    const slider = page.getByRole('slider', { name: 'As of date' });
    await slider.focus();
    await page.keyboard.press('Home');
    // The slider's start: the first of the month of the first action, before anything was announced.
    await expect.poll(() => asOfShown(page)).toBe(`${steps[0]?.slice(0, 7)}-01`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => asOfShown(page)).toBe(steps[0]);
    await page.keyboard.press('ArrowRight');
    const second = steps[1];
    await expect.poll(() => asOfShown(page)).toBe(second);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageDown');
    await expect.poll(() => asOfShown(page)).toBe(second);
    await page.keyboard.press('End');
    await expect.poll(() => asOfShown(page)).toBe(steps[steps.length - 1]);
    await context.close();
  });
});

describe('the tab title', () => {
  it('names the selected entity', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP, hash: '#v=1&s=n:chen-quanguo' });
    await expect.poll(() => page.title()).toBe('Chen Quanguo · Sanctions graph explorer');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.title()).toBe('Sanctions graph explorer');
    await context.close();
  });
});

describe('insights fit the panel', () => {
  it('the busiest bodies come first in the matrix, and its first column stays while it scrolls sideways', async () => {
    const { page, context } = await openApp(browser, { viewport: DESKTOP });
    await page.getByRole('tab', { name: 'Insights' }).click();
    const matrix = page.locator('[data-insights="matrix"]');
    await matrix.waitFor();
    // Targets per body column, in the order shown: never increasing.
    const counts = await matrix.evaluate((table) => {
      const columns = table.querySelectorAll('thead th').length - 1;
      const rows = [...table.querySelectorAll('tbody tr')];
      return Array.from(
        { length: columns },
        (_, c) => rows.filter((row) => (row.querySelectorAll('td')[c]?.textContent ?? '') !== '').length,
      );
    });
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Scrolled sideways, the names stay where they were.
    const region = page.getByRole('region', { name: /Targets by sanctioning body/ });
    const nameCell = matrix.locator('tbody th').first();
    const before = (await nameCell.boundingBox())?.x ?? 0;
    await region.evaluate((el) => el.scrollBy(200, 0));
    await expect.poll(async () => (await nameCell.boundingBox())?.x ?? -1).toBe(before);
    await screenshot(page, 'panels-insights');
    await context.close();
  });
});

describe('on a phone', () => {
  it('Filters opens the drawer from a fresh page, and a checkbox in it is visible', async () => {
    const { page, context } = await openApp(browser, { viewport: PHONE });
    await page.getByRole('tab', { name: 'Filters' }).click();
    const box = page.locator('.panel-body input[type="checkbox"]').first();
    await box.waitFor();
    await expect.poll(async () => (await box.boundingBox())?.y ?? Infinity).toBeLessThan(PHONE.height - 20);
    const rect = await box.boundingBox();
    expect(rect && rect.y >= 0 && rect.y + rect.height <= PHONE.height).toBe(true);
    await screenshot(page, 'panels-phone-filters');
    await context.close();
  });

  it('the toolbar is one row under a menu; the search box has no keyboard hint on a touch screen', async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });
    const { page } = await openApp(browser, { viewport: PHONE }).then(async (opened) => {
      await opened.context.close();
      const page = await context.newPage();
      await page.goto(opened.page.url());
      await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
      return { page };
    });
    const bar = await page.locator('.topbar').boundingBox();
    expect(bar?.height ?? Infinity).toBeLessThan(70);
    expect(await page.locator('.search input').getAttribute('placeholder')).not.toContain('/');
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('button', { name: 'List', exact: true }).tap();
    // The list view fits the screen: no table runs off its right edge.
    const list = page.locator('.list-view');
    await list.locator('table').first().waitFor();
    expect(await list.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'panels-phone-list');
    await context.close();
  });

  it('a node chosen from the search stays in view above the drawer', async () => {
    const { page, context } = await openApp(browser, { viewport: PHONE });
    await searchAndChoose(page, 'Chen Quanguo', 'chen-quanguo');
    const drawerTop = async () => (await page.locator('.side').boundingBox())?.y ?? 0;
    await expect
      .poll(async () => {
        const y = await page.evaluate(() => {
          const snap = window.__explorerCanvas?.();
          const at = snap?.positions['chen-quanguo'];
          return snap && at ? at.y * snap.camera.zoom + snap.camera.pan.y : null;
        });
        const canvas = await page.locator('.graph-canvas').boundingBox();
        // Centred in the part of the graph the drawer leaves, and that part is above the drawer.
        return (
          y !== null &&
          canvas !== null &&
          Math.abs(y - canvas.height / 2) < 30 &&
          canvas.y + canvas.height <= (await drawerTop()) + 1
        );
      })
      .toBe(true);
    await screenshot(page, 'panels-phone-chosen');
    await context.close();
  });
});
