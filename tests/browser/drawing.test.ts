// What a reader sees on the canvas: labels that never collide, a selection that lights up its neighbours and
// fades the rest. Label boxes come from Cytoscape itself (the snapshot), not from our own arithmetic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';
import { visibleElements } from '../../src/core/algorithms/filters.ts';
import { unconnectedNodes } from '../../src/core/algorithms/unconnected.ts';
import { measuresAnnouncedOn } from '../../src/core/algorithms/time.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { launch, openApp, screenshot, snapshot } from './browser.ts';
import { DEFAULT_RENDER_SETTINGS } from '../../src/render/settings.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(dataset);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Box = { id: string; x1: number; y1: number; x2: number; y2: number };

function overlapping(labels: Box[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} / ${b.id}`);
    }),
  );
  return pairs;
}

/** Waits until the label layer has settled after the last camera change. */
async function settledLabels(page: Page): Promise<Box[]> {
  await page.waitForTimeout(400);
  return (await snapshot(page)).labels;
}

describe('labels', () => {
  it('at the default fit of the bundled data, no two drawn labels overlap, and many are drawn at a readable size', async () => {
    const { page, context, errors } = await openApp(browser);
    const labels = await settledLabels(page);
    await screenshot(page, 'drawing-labels-default');
    expect(overlapping(labels)).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(15);
    // The three best-connected nodes (bodies at the centre of their targets) are named, over their leaves.
    const merged = buildGraph(mergeIdentities(dataset));
    const hubs = merged
      .nodes()
      .sort((a, b) => merged.degree(b) - merged.degree(a))
      .slice(0, 3);
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(hubs));
    // One line of a 12 px label is at least 12 px tall on screen, whatever the zoom.
    for (const box of labels) expect(box.y2 - box.y1).toBeGreaterThanOrEqual(12);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps labels out from under the legend, folded or open', async () => {
    const { page, context } = await openApp(browser);
    const legendBox = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('.graph-canvas')?.getBoundingClientRect();
        const legend = document.querySelector('.legend')?.getBoundingClientRect();
        if (!canvas || !legend) throw new Error('no canvas or legend');
        return {
          x1: legend.left - canvas.left,
          y1: legend.top - canvas.top,
          x2: legend.right - canvas.left,
          y2: legend.bottom - canvas.top,
        };
      });
    const under = (labels: Box[], b: { x1: number; y1: number; x2: number; y2: number }) =>
      labels.filter((l) => l.x1 < b.x2 && b.x1 < l.x2 && l.y1 < b.y2 && b.y1 < l.y2).map((l) => l.id);
    expect(under(await settledLabels(page), await legendBox())).toEqual([]);
    await page.locator('.legend summary', { hasText: 'Legend' }).click();
    const open = await legendBox();
    expect(open.y2 - open.y1).toBeGreaterThan(150);
    await expect.poll(async () => under(await settledLabels(page), open)).toEqual([]);
    await screenshot(page, 'drawing-legend-open');
    await context.close();
  });

  it('after zooming in, labels are relaid for the new zoom, still without overlaps', async () => {
    const { page, context } = await openApp(browser);
    const before = await settledLabels(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(400);
    const after = await settledLabels(page);
    await screenshot(page, 'drawing-labels-zoomed');
    expect(after.length).toBeGreaterThan(0);
    expect(overlapping(after)).toEqual([]);
    // Labels keep their size on screen: a name drawn before and after the zoom is as tall both times.
    const heightBefore = new Map(before.map((box) => [box.id, box.y2 - box.y1]));
    const both = after.filter((box) => heightBefore.has(box.id));
    expect(both.length).toBeGreaterThan(0);
    for (const box of both) expect(Math.abs(box.y2 - box.y1 - (heightBefore.get(box.id) ?? 0))).toBeLessThan(1.5);
    await context.close();
  });
});

describe('selection', () => {
  it('lights up the neighbours and fades everything else, and labels the selection', async () => {
    const { page, context } = await openApp(browser, { hash: '#v=1&s=n:chen-quanguo' });
    await expect.poll(async () => (await snapshot(page)).faded.length).toBeGreaterThan(0);
    const snap = await snapshot(page);
    await screenshot(page, 'drawing-selection');
    const around = new Set(['chen-quanguo', ...graph.neighbors('chen-quanguo')]);
    const fadedNodes = new Set(snap.faded.filter((id) => graph.hasNode(id)));
    for (const id of snap.visibleNodes) expect(fadedNodes.has(id), id).toBe(!around.has(id));
    expect(snap.labels.map((l) => l.id)).toContain('chen-quanguo');
    expect(overlapping(snap.labels)).toEqual([]);
    await context.close();
  });

  it('at an "as of" date, lights up only what is next to it through what is shown then', async () => {
    // Mid-2020 the Treasury had sanctioned the 2020 targets, not yet those of December 2021.
    const merged = buildGraph(mergeIdentities(dataset));
    const shown = visibleElements(merged, { ...defaultViewState(), asOf: '2020-07-31' });
    const around = new Set(['us-treasury']);
    for (const edge of merged.edges('us-treasury'))
      if (shown.edges.has(edge)) for (const end of [merged.source(edge), merged.target(edge)]) around.add(end);
    const later = merged.neighbors('us-treasury').filter((id) => !around.has(id));
    expect(later.length).toBeGreaterThan(0);
    const { page, context } = await openApp(browser, { hash: '#v=1&s=n:us-treasury&a=2020-07-31' });
    await expect.poll(async () => (await snapshot(page)).faded.length).toBeGreaterThan(0);
    const fadedNodes = new Set((await snapshot(page)).faded.filter((id) => merged.hasNode(id)));
    for (const id of around) expect(fadedNodes.has(id), id).toBe(false);
    for (const id of later) expect(fadedNodes.has(id), id).toBe(true);
    await context.close();
  });
});

describe('the "as of" date', () => {
  it('draws faint whoever has no measure, post or link in place yet, and the legend says what faint means', async () => {
    const merged = buildGraph(mergeIdentities(dataset));
    const view = { ...defaultViewState(), asOf: '2020-07-09' };
    const expected = [...unconnectedNodes(merged, visibleElements(merged, view))].sort();
    // Those sanctioned in 2021 only (the EU, UK and Canada's Xinjiang officials...) are among them.
    expect(expected.length).toBeGreaterThan(10);
    const { page, context, errors } = await openApp(browser, { hash: '#v=1&a=2020-07-09' });
    await expect.poll(async () => (await snapshot(page)).unconnected.sort(), { timeout: 10_000 }).toEqual(expected);
    // The measures of that very day (the Treasury's and State's of 9 July 2020) are drawn thick.
    const shownThen = visibleElements(merged, view);
    const ofTheDay = [...measuresAnnouncedOn(merged, shownThen.edges, '2020-07-09')].sort();
    expect(ofTheDay.length).toBeGreaterThan(3);
    expect((await snapshot(page)).announcedNow.sort()).toEqual(ofTheDay);
    await page.locator('.legend summary', { hasText: 'Legend' }).click();
    expect(await page.locator('[data-legend-unconnected]').textContent()).toContain('Faint');
    expect(await page.locator('[data-legend-announced-now]').textContent()).toContain('Thick');
    await screenshot(page, 'drawing-as-of-faint');
    // Without a date nothing is faint.
    await page.getByRole('button', { name: 'Clear date' }).click();
    await expect.poll(async () => (await snapshot(page)).unconnected).toEqual([]);
    expect((await snapshot(page)).announcedNow).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('focus and node sizes', () => {
  it('focusing fits the view to the neighbourhood: it fills the canvas instead of sitting small in the middle', async () => {
    const { page, context } = await openApp(browser, { hash: '#v=1&s=n:chen-quanguo' });
    await page.getByRole('button', { name: 'Focus here' }).click();
    await expect.poll(async () => (await snapshot(page)).visibleNodes.length).toBeLessThan(graph.order);
    await page.waitForTimeout(600);
    const snap = await snapshot(page);
    const box = await page.locator('.graph-canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const points = await Promise.all(
      snap.visibleNodes.map((id) => page.evaluate((node) => window.__explorerRendered?.(node) ?? null, id)),
    );
    const xs = points.map((p) => p?.x ?? Number.NaN);
    const ys = points.map((p) => p?.y ?? Number.NaN);
    await screenshot(page, 'drawing-focus');
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of xs) expect(x).toBeLessThanOrEqual(box.width);
    for (const y of ys) expect(y).toBeGreaterThanOrEqual(0);
    for (const y of ys) expect(y).toBeLessThanOrEqual(box.height);
    const spread = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / box.width,
      (Math.max(...ys) - Math.min(...ys)) / box.height,
    );
    expect(spread).toBeGreaterThan(0.5);
    await context.close();
  });

  it('sizes nodes by the measure picked, and the legend says which', async () => {
    const { page, context } = await openApp(browser);
    const diameter = async (id: string) => (await snapshot(page)).diameters[id] ?? Number.NaN;
    await page.locator('.legend > details > summary').first().click();
    await expect.poll(() => page.locator('[data-legend-size]').textContent()).toBe('Node size: measures received');
    // A target of several measures is drawn larger than the least; a body that only imposes, at its least.
    await expect.poll(() => diameter('chen-quanguo')).toBeGreaterThan(DEFAULT_RENDER_SETTINGS.nodeMinSize + 4);
    const treasury = await diameter('us-treasury');
    await page.getByRole('combobox', { name: 'Node size' }).selectOption('measuresImposed');
    await expect.poll(() => page.locator('[data-legend-size]').textContent()).toBe('Node size: measures imposed');
    expect(page.url()).toContain('sz=measuresImposed');
    await expect.poll(() => diameter('chen-quanguo')).toBe(DEFAULT_RENDER_SETTINGS.nodeMinSize);
    expect(await diameter('us-treasury')).toBeGreaterThan(treasury + 4);
    await screenshot(page, 'drawing-size-imposed');
    await context.close();
  });
});
