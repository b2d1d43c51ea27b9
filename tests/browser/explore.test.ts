// Exploring in Debian's Chromium: filters, the "as of" date and play control, focus depth, paths between
// two entities, insights, keyboard reach and narrow screens. Expected values come from the core algorithms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { visibleElements } from '../../src/core/algorithms/filters.ts';
import { expansionCounts } from '../../src/core/algorithms/neighbourhood.ts';
import {
  counterSanctionPairs,
  mostSanctioned,
  sanctionedByButNot,
  targetBodyMatrix,
} from '../../src/core/algorithms/insights.ts';
import { formatDate } from '../../src/core/graph/dates.ts';
import { describePath, shortestPaths } from '../../src/core/algorithms/paths.ts';
import { timelineSteps } from '../../src/core/algorithms/time.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { launch, openApp as openAppWithDefaults, screenshot, setAsOf, asOfShown, snapshot } from './browser.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(mergeIdentities(dataset));
const treasuryJuly2020 = dataset.measures.filter((m) => m.action === 'act-2020-07-09-treasury').map((m) => m.id);
const steps = timelineSteps(graph, dataset.actions);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app; a step that waits longer than 10 s fails there, naming what it waited for. */
async function openApp(...args: Parameters<typeof openAppWithDefaults>) {
  const opened = await openAppWithDefaults(...args);
  opened.context.setDefaultTimeout(10_000);
  return opened;
}

async function visibleCount(page: Page): Promise<number> {
  return (await snapshot(page)).visibleNodes.length;
}

/** Selects a node the way a user does: the search box, then Enter. */
async function choose(page: Page, query: string, id: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.search input').fill(query);
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(graph.getNodeAttribute(id, 'name'));
  await page.locator('.search input').press('Enter');
  await page.locator(`[data-panel-node="${id}"]`).waitFor();
}

async function openTab(page: Page, name: 'Details' | 'Filters' | 'Insights'): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** A step as the time bar writes it: the date as a British reader writes it, then the action's title. */
const shown = (step: { date: string; title: string }) => `${formatDate(step.date, 'en-GB')}: ${step.title}`;

describe('filters', () => {
  it('unticking Company drops exactly its count from the canvas, the rest stay in place; Reset restores', async () => {
    const { page, context, errors } = await openApp(browser);
    await openTab(page, 'Filters');
    const option = page.locator('[data-filter-option="nodeKinds:company"]');
    const shownCount = Number(await option.locator('[data-count]').getAttribute('data-count'));
    expect(await option.locator('.count').textContent()).toMatch(new RegExp(`^${shownCount}\\b`));
    const companies = graph.filterNodes((_id, n) => n.kind === 'company');
    expect(shownCount).toBe(companies.length);

    const before = await snapshot(page);
    await page.locator('[data-filter="nodeKinds:company"]').uncheck();
    await expect.poll(() => visibleCount(page)).toBe(before.visibleNodes.length - shownCount);
    const after = await snapshot(page);
    expect(after.visibleNodes.filter((id) => companies.includes(id))).toEqual([]);
    // No layout ran: every remaining node is exactly where it was.
    for (const id of after.visibleNodes) expect(after.positions[id]).toEqual(before.positions[id]);
    await expect
      .poll(() => page.locator('.filters-summary').textContent())
      .toContain(`Showing ${after.visibleNodes.length} of ${graph.order}`);
    await screenshot(page, 'explore-filters-no-companies');

    await page.locator('[data-reset-filters]').click();
    await expect.poll(() => visibleCount(page)).toBe(graph.order);
    expect((await snapshot(page)).visibleEdges.length).toBe(graph.size);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hiding a sanctioning body hides its measures: the canvas loses exactly the count on its option', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Filters');
    const before = await snapshot(page);
    const count = Number(
      await page.locator('[data-filter-option="bodies:us-treasury"] [data-count]').getAttribute('data-count'),
    );
    expect(count).toBe(dataset.measures.filter((m) => m.body === 'us-treasury').length);
    await page.locator('[data-filter="bodies:us-treasury"]').uncheck();
    await expect.poll(async () => (await snapshot(page)).visibleEdges.length).toBe(before.visibleEdges.length - count);
    expect(await visibleCount(page)).toBe(before.visibleNodes.length);
    await context.close();
  });
});

describe('time', () => {
  it('as of 2020-01-01 the 2020-07-09 Treasury measures leave the canvas and Chen Quanguo’s panel', async () => {
    const { page, context, errors } = await openApp(browser);
    expect(treasuryJuly2020.length).toBeGreaterThan(0);
    const chenCard = '[data-measure="m-2020-07-09-treasury-chen-quanguo"]';
    await choose(page, 'Chen Quanguo', 'chen-quanguo');
    expect(await page.locator(chenCard).count()).toBe(1);
    const before = await snapshot(page);
    expect(treasuryJuly2020.every((id) => before.visibleEdges.includes(id))).toBe(true);

    await setAsOf(page, '2020-01-01');
    await expect
      .poll(async () => (await snapshot(page)).visibleEdges.filter((id) => treasuryJuly2020.includes(id)))
      .toEqual([]);
    expect(await page.locator(chenCard).count()).toBe(0);
    const panelText = (await page.locator('[data-panel-node="chen-quanguo"]').textContent()) ?? '';
    expect(panelText).toContain('hidden: the date is set to 1 January 2020');
    // The canvas shows exactly what the core says for that date.
    const expected = visibleElements(graph, { ...defaultViewState(), asOf: '2020-01-01' });
    expect(new Set((await snapshot(page)).visibleEdges)).toEqual(expected.edges);
    expect(await page.locator('[data-time-step]').textContent()).toContain('latest action: 8 October 2019');
    await screenshot(page, 'explore-as-of-2020-01-01');

    await page.getByRole('button', { name: 'Clear date' }).click();
    await expect.poll(() => page.locator(chenCard).count()).toBe(1);
    expect(treasuryJuly2020.every((id) => before.visibleEdges.includes(id))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Play steps through the actions in order, naming each; Pause stops; Next and Previous step by hand', async () => {
    const { page, context } = await openApp(browser);
    const status = page.locator('[data-time-step]');
    const [first, second, third] = steps;
    if (!first || !second || !third) throw new Error('fewer than three actions');
    expect(first.label).toBe('2019-10-07: US Commerce puts 28 Xinjiang entities on the Entity List');

    await page.locator('[data-play]').click();
    await expect.poll(() => status.textContent()).toContain(shown(first));
    expect(await asOfShown(page)).toBe(first.asOf);
    await expect.poll(() => status.textContent(), { timeout: 4000 }).toContain(shown(second));
    expect(await asOfShown(page)).toBe(second.asOf);
    await screenshot(page, 'explore-playing');
    await page.locator('[data-play]').click(); // Pause
    expect(await page.locator('[data-play]').textContent()).toBe('Play');
    const paused = await status.textContent();
    await page.waitForTimeout(2000);
    expect(await status.textContent()).toBe(paused);

    await page.getByRole('button', { name: 'Next action' }).click();
    await expect.poll(() => status.textContent()).toContain(shown(third));
    await page.getByRole('button', { name: 'Previous action' }).click();
    await expect.poll(() => status.textContent()).toContain(shown(second));

    // Both actions of 2020-07-09 get their own step: Treasury, then State, on the same date.
    const treasury = steps.findIndex((s) => s.action === 'act-2020-07-09-treasury');
    const state = steps.findIndex((s) => s.action === 'act-2020-07-09-state');
    expect(state).toBe(treasury + 1);
    for (let i = 1; i < treasury; i++) await page.getByRole('button', { name: 'Next action' }).click();
    await expect.poll(() => status.textContent()).toContain('9 July 2020: US Treasury blocks 4 officials and the XPSB');
    await page.getByRole('button', { name: 'Next action' }).click();
    await expect.poll(() => status.textContent()).toContain(steps[state] ? shown(steps[state]) : '?');
    expect(await asOfShown(page)).toBe('2020-07-09');
    await context.close();
  });

  it('draws the histogram of measures by month with an accessible summary', async () => {
    const { page, context } = await openApp(browser);
    const histogram = page.locator('.time-histogram');
    const months = new Set(dataset.measures.map((m) => m.announced.slice(0, 7)));
    expect(Number(await histogram.getAttribute('data-histogram-bars'))).toBe(months.size);
    expect(await histogram.locator('rect').count()).toBe(months.size);
    expect(await histogram.getAttribute('aria-label')).toContain(`${dataset.measures.length} in all`);
    // The slider sets the date: its end is the last action's day.
    await page.locator('.time-slider').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => asOfShown(page)).toBe('2019-10-01');
    expect(await visibleCount(page)).toBe(graph.order);
    expect(
      (await snapshot(page)).visibleEdges.filter((id) => graph.getEdgeAttribute(id, 'kind') === 'measure'),
    ).toEqual([]);
    await context.close();
  });
});

describe('paths', () => {
  it('finds the shortest paths from SenseTime to Chen Quanguo, writes them out, highlights them; hidden paths are explained', async () => {
    const { page, context, errors } = await openApp(browser);
    await choose(page, 'SenseTime', 'sensetime');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await choose(page, 'Chen Quanguo', 'chen-quanguo');
    await page.getByRole('button', { name: 'Path to here' }).click();

    const expected = shortestPaths(graph, 'sensetime', 'chen-quanguo');
    expect(expected.length).toBeGreaterThan(0);
    const length = (expected[0]?.nodes.length ?? 0) - 1;
    const summary = page.locator('.path-summary');
    await summary.waitFor();
    expect(Number(await summary.getAttribute('data-path-count'))).toBe(expected.length);
    expect(Number(await summary.getAttribute('data-path-length'))).toBe(length);
    const sentences = await page.locator('[data-path-sentence]').allTextContents();
    expect(sentences).toEqual(expected.slice(0, 10).map((p) => describePath(graph, p)));
    expect(sentences[0]).toMatch(/^SenseTime Group Limited <- .* Chen Quanguo$/);
    // Every name in the sentences is a link, and every node on the paths is drawn.
    const linked = await page
      .locator('[data-path-sentence] [data-node-link]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-link')));
    const onPath = new Set(expected.flatMap((p) => p.nodes));
    expect(new Set(linked)).toEqual(onPath);
    const snap = await snapshot(page);
    for (const id of onPath) expect(snap.visibleNodes).toContain(id);
    for (const id of expected.flatMap((p) => p.edges.flat())) expect(snap.visibleEdges).toContain(id);
    await page.locator('[data-path-sentence] [data-node-link="sensetime"]').first().click();
    await screenshot(page, 'explore-path-sensetime-chen');

    // Hide sanctioning bodies: nothing visible connects them any more, but a path runs through hidden nodes.
    await openTab(page, 'Filters');
    await page.locator('[data-filter="nodeKinds:sanctioningBody"]').uncheck();
    const none = page.locator('[data-path-none="hidden"]');
    await none.waitFor();
    expect(await none.textContent()).toContain(`One of ${length} steps runs through`);
    await screenshot(page, 'explore-path-hidden');
    await none.getByRole('button', { name: 'Reset filters' }).click();
    await summary.waitFor();
    expect(Number(await summary.getAttribute('data-path-count'))).toBe(expected.length);

    // Swap the ends: the same paths, read the other way.
    await page.getByRole('button', { name: 'Swap the two ends' }).click();
    await expect
      .poll(async () => (await page.locator('[data-path-sentence]').first().textContent()) ?? '')
      .toMatch(/^Chen Quanguo .* SenseTime Group Limited$/);
    // Change one end with the picker's search field.
    await page.getByRole('button', { name: 'Change the “to” end' }).click();
    await page.keyboard.type('Huo Liuju');
    await expect
      .poll(() => page.locator('[data-path-end="to"] [role="option"]').first().textContent())
      .toContain('Huo Liujun');
    await page.keyboard.press('Enter');
    const huo = shortestPaths(graph, 'chen-quanguo', 'huo-liujun');
    await expect
      .poll(async () => page.locator('[data-path-sentence]').allTextContents())
      .toEqual(huo.slice(0, 10).map((p) => describePath(graph, p)));
    await page.getByRole('button', { name: 'Clear path' }).click();
    expect(await page.locator('.path-bar').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when no path connects the two ends', async () => {
    // The counter-sanctioned USCIRF commissioners are not connected to the Xinjiang officials in this data.
    expect(shortestPaths(graph, 'chen-quanguo', 'johnnie-moore')).toEqual([]);
    const { page, context } = await openApp(browser);
    await choose(page, 'Chen Quanguo', 'chen-quanguo');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await choose(page, 'Johnnie Moore', 'johnnie-moore');
    await page.getByRole('button', { name: 'Path to here' }).click();
    const none = page.locator('[data-path-none="none"]');
    await none.waitFor();
    expect(await none.textContent()).toBe('No path connects Chen Quanguo and Johnnie Moore.');
    await context.close();
  });
});

describe('focus', () => {
  it('focus on Chen Quanguo shows his neighbourhood; the depth control widens it; "Show whole graph" ends it', async () => {
    const { page, context } = await openApp(browser);
    await choose(page, 'Chen Quanguo', 'chen-quanguo');
    await page.getByRole('button', { name: 'Focus here' }).click();
    const bar = page.locator('.focus-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toContain('Focused on Chen Quanguo');
    const at = (depth: 1 | 2 | 3) =>
      visibleElements(graph, { ...defaultViewState(), focus: { node: 'chen-quanguo', depth } }).nodes.size;
    await expect.poll(() => visibleCount(page)).toBe(at(1));
    expect(at(2)).toBeGreaterThan(at(1));
    await bar.getByRole('radio', { name: '2' }).check();
    await expect.poll(() => visibleCount(page)).toBe(at(2));
    expect(await bar.locator('[data-focus-count]').textContent()).toBe(`${at(2)} entities shown`);
    await screenshot(page, 'explore-focus-depth-2');
    // Arrow keys move along the radio group.
    await bar.getByRole('radio', { name: '2' }).press('ArrowRight');
    await expect.poll(() => visibleCount(page)).toBe(at(3));
    // Expand: from the focused view at depth 1, add US Treasury's measures with its "+N measures" button.
    await bar.getByRole('radio', { name: '1' }).check();
    await expect.poll(() => visibleCount(page)).toBe(at(1));
    const focusView = { ...defaultViewState(), focus: { node: 'chen-quanguo', depth: 1 as const } };
    const counts = expansionCounts(graph, 'us-treasury', visibleElements(graph, focusView));
    expect(counts.measures.edges).toBeGreaterThan(0);
    await choose(page, 'US Treasury', 'us-treasury');
    const expand = page.locator('[data-panel-node="us-treasury"] [data-expand="measures"]');
    expect(await expand.textContent()).toBe(`+${counts.measures.edges} measures`);
    await expand.click();
    const expanded = visibleElements(graph, { ...focusView, expanded: [{ node: 'us-treasury', kind: 'measures' }] });
    await expect.poll(() => visibleCount(page)).toBe(expanded.nodes.size);
    expect(expanded.nodes.size).toBe(at(1) + counts.measures.nodes);
    expect(await expand.textContent()).toBe('− collapse measures');
    await screenshot(page, 'explore-focus-expanded');
    await expand.click();
    await expect.poll(() => visibleCount(page)).toBe(at(1));
    await bar.getByRole('button', { name: 'Show whole graph' }).click();
    await expect.poll(() => visibleCount(page)).toBe(graph.order);
    expect(await page.locator('.focus-bar').count()).toBe(0);
    await context.close();
  });
});

describe('insights', () => {
  it('lists the most-sanctioned targets, the matrix as a table, "by X but not Y", and counter-sanctions beside what they answered', async () => {
    const { page, context, errors } = await openApp(browser);
    await openTab(page, 'Insights');
    const top = mostSanctioned(graph, 10);
    const rows = page.locator('[data-insights="top"] tbody tr');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-target')))).toEqual(
      top.map((t) => t.target),
    );
    // Rank, then the target, then its measures.
    expect(await rows.first().locator('td').nth(1).textContent()).toBe(String(top[0]?.measures));

    const matrix = targetBodyMatrix(graph);
    const table = page.locator('table[data-insights="matrix"]');
    expect(await table.locator('thead th').count()).toBe(matrix.bodies.length + 1);
    expect(await table.locator('tbody tr').count()).toBe(matrix.rows.length);
    const chenRow = table.locator('[data-matrix-row="chen-quanguo"]');
    expect(await chenRow.locator('td.hit').count()).toBe(
      new Set(dataset.measures.filter((m) => m.target === 'chen-quanguo').map((m) => m.body)).size,
    );

    const picker = page.locator('[data-but-not]');
    await picker.getByLabel('Sanctioned by').selectOption('us-treasury');
    await picker.getByLabel('but not by').selectOption('us-state');
    const expected = sanctionedByButNot(matrix, 'us-treasury', 'us-state');
    const result = picker.locator('[data-but-not-result]');
    await expect.poll(() => result.getAttribute('data-but-not-result')).toBe(String(expected.length));
    expect(
      await result.locator('[data-node-link]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-link'))),
    ).toEqual(expected);

    const answer = page.locator('[data-counter="act-2021-12-21-mfa"]');
    const answered = counterSanctionPairs(dataset, graph).find((p) => p.action.id === 'act-2021-12-21-mfa');
    expect(answered?.respondsTo.map((r) => r.action.id).sort()).toEqual([
      'act-2021-12-10-state',
      'act-2021-12-10-treasury',
    ]);
    expect(
      await answer.locator('[data-answered]').evaluateAll((els) => els.map((e) => e.getAttribute('data-answered'))),
    ).toEqual(answered?.respondsTo.map((r) => r.action.id));
    // The counter-sanctions of 2021-12-21 list the commissioners they hit, as links.
    const hit = new Set(dataset.measures.filter((m) => m.action === 'act-2021-12-21-mfa').map((m) => m.target));
    const shown = await answer
      .locator('[data-action-line="act-2021-12-21-mfa"] [data-node-link]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-link')));
    expect(new Set(shown)).toEqual(new Set([...hit, 'cn-mfa']));
    await screenshot(page, 'explore-insights');
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'explore-insights-matrix');
    await page.locator('[data-counter]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'explore-insights-counter');
    // A comma between two names never starts a line, even after a name that wraps to fill its line
    // ("Political and Security Committee of the Council of the European Union").
    const commasStartingLines = await page.locator('.counter-list .action-targets').evaluateAll((lists) =>
      lists.flatMap((list) => {
        const left = list.getBoundingClientRect().left;
        const found: string[] = [];
        const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const value = text.textContent ?? '';
          for (let i = value.indexOf(','); i >= 0; i = value.indexOf(',', i + 1)) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            if (range.getBoundingClientRect().left - left < 2) found.push(list.textContent?.slice(0, 40) ?? '');
          }
        }
        return found;
      }),
    );
    expect(await page.locator('.counter-list .action-targets').count()).toBeGreaterThan(0);
    expect(commasStartingLines).toEqual([]);
    // "Only what the graph shows": as of 2020-01-01 the top target has the 2019 measures only.
    await setAsOf(page, '2020-01-01');
    await page.locator('[data-insights-only-shown]').check();
    const asOf = visibleElements(graph, { ...defaultViewState(), asOf: '2020-01-01' });
    const topThen = mostSanctioned(graph, 10, { within: asOf });
    expect(topThen.map((t) => t.target)).not.toEqual(top.map((t) => t.target));
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-target'))))
      .toEqual(topThen.map((t) => t.target));
    await screenshot(page, 'explore-insights-as-of-2020');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('keyboard and small screens', () => {
  it('Tab reaches the time bar and the filters; Space toggles a filter', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Filters');
    // Start from the first control of the page, the search field, and walk forward with Tab only.
    await page.locator('.search input').focus();
    const seen: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        return el.getAttribute('data-filter') ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
      });
      seen.push(at);
      if (at === 'nodeKinds:company') break;
    }
    expect(seen).toContain('As of date');
    expect(seen).toContain('Play');
    expect(seen.at(-1)).toBe('nodeKinds:company');
    const visibleBefore = await visibleCount(page);
    await page.keyboard.press('Space');
    await expect
      .poll(() => visibleCount(page))
      .toBe(visibleBefore - graph.filterNodes((_i, n) => n.kind === 'company').length);
    expect(await page.locator('[data-filter="nodeKinds:company"]').isChecked()).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => visibleCount(page)).toBe(visibleBefore);
    // The focused checkbox shows a focus ring.
    const outline = await page
      .locator('[data-filter="nodeKinds:company"]')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await context.close();
  });

  it('dark mode: the panels and bars use the dark theme (screenshots)', async () => {
    const { page, context, errors } = await openApp(browser, { colorScheme: 'dark' });
    await choose(page, 'SenseTime', 'sensetime');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await choose(page, 'Chen Quanguo', 'chen-quanguo');
    await page.getByRole('button', { name: 'Path to here' }).click();
    await page.getByRole('button', { name: 'Focus here' }).click();
    await setAsOf(page, '2021-01-01');
    await openTab(page, 'Filters');
    await page.locator('[data-filter="nodeKinds:company"]').focus();
    const colours = await page
      .locator('.filter-group')
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          background: style.backgroundColor,
          text: getComputedStyle(el.querySelector('.filter-label') ?? el).color,
        };
      });
    // Light text on a dark box.
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0) / 3;
    expect(lightness(colours.background)).toBeLessThan(80);
    expect(lightness(colours.text)).toBeGreaterThan(180);
    await screenshot(page, 'explore-dark-filters');
    await openTab(page, 'Insights');
    await screenshot(page, 'explore-dark-insights');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 360 px wide the bars do not overflow (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openApp(browser, { viewport: { width: 360, height: 740 }, colorScheme });
      await choose(page, 'SenseTime', 'sensetime');
      await page.getByRole('button', { name: 'Path from here' }).click();
      await page.getByRole('button', { name: 'Focus here' }).click();
      await choose(page, 'Chen Quanguo', 'chen-quanguo');
      await page.getByRole('button', { name: 'Path to here' }).click();
      await page.locator('.drawer-close').click();
      await setAsOf(page, '2021-01-01');
      for (const selector of ['.time-bar', '.focus-bar', '.path-bar']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect((box?.x ?? -1) + (box?.width ?? 999), selector).toBeLessThanOrEqual(360);
        const overflow = await page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, selector).toBeLessThanOrEqual(0);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, `explore-narrow-${colorScheme}`);
      await context.close();
    }
  });
});
