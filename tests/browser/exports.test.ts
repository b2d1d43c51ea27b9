// Exports fit to publish, in Debian's Chromium: the SVG and PNG carry the title (editable), the legend of what is
// drawn, the as-of date, a line per filter, the data version and the credit; no text crosses the frame.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { visibleElements } from '../../src/core/algorithms/filters.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';
import { MEASURE_KIND_LABEL, NODE_KIND_LABEL, UNCONNECTED_LEGEND } from '../../src/core/model/labels.ts';
import { unconnectedNodes } from '../../src/core/algorithms/unconnected.ts';
import { THEMES } from '../../src/render/palette.ts';
import { encodeViewState } from '../../src/core/view/codec.ts';
import { frameLegend } from '../../src/core/view/exportFrame.ts';
import { defaultViewState, type ViewState } from '../../src/core/view/viewState.ts';
import { SCREENSHOTS, launch, openApp, openTopbarMenuIfFolded } from './browser.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(mergeIdentities(dataset));
const COMMERCE = graph.getNodeAttribute('us-commerce', 'name');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A view with the Commerce Department's measures hidden, as of the end of 2021. */
const VIEW: ViewState = {
  ...defaultViewState(),
  filters: { ...defaultViewState().filters, bodies: ['us-commerce'] },
  asOf: '2021-12-31',
};

async function openShare(page: Page) {
  await openTopbarMenuIfFolded(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and export' });
  await dialog.waitFor();
  return dialog;
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await file.path());
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface TextBox {
  cls: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every text of an SVG document as Chromium lays it out, with the boxes of the frame and of the drawing. */
async function layOut(app: Page, svg: string) {
  const page = await app.context().newPage();
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const laid = await page.evaluate(() => {
    const root = document.querySelector('svg');
    const inner = root?.querySelector('.frame-graph svg');
    if (!root || !inner) throw new Error('no framed drawing');
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
    };
    const texts = [...root.querySelectorAll('text')].map((t) => ({
      cls: t.getAttribute('class') ?? (t.closest('.labels') ? 'label' : (t.parentElement?.getAttribute('class') ?? '')),
      text: t.textContent ?? '',
      ...box(t),
    }));
    const view = root.viewBox.baseVal;
    return {
      frame: { x1: view.x, y1: view.y, x2: view.x + view.width, y2: view.y + view.height },
      graph: box(inner),
      texts,
    };
  });
  await page.close();
  return laid;
}

const within = (t: TextBox, b: { x1: number; y1: number; x2: number; y2: number }) =>
  t.x1 >= b.x1 - 0.5 && t.y1 >= b.y1 - 0.5 && t.x2 <= b.x2 + 0.5 && t.y2 <= b.y2 + 0.5;

describe('image exports', () => {
  it('frame the SVG with the title, the legend of what is drawn, the date, the filter and the credit, all inside', async () => {
    const { page, context, errors } = await openApp(browser, { hash: `#${encodeViewState(VIEW)}` });
    const dialog = await openShare(page);
    const title = dialog.getByLabel('Title');
    expect(await title.inputValue()).toBe(`${dataset.info.title}, as of 2021-12-31`);
    const svg = (await download(page, () => dialog.getByRole('button', { name: 'SVG' }).click())).toString('utf8');

    const laid = await layOut(page, svg);
    const of = (cls: string) => laid.texts.filter((t) => t.cls === cls).map((t) => t.text);
    expect(of('frame-title')).toEqual([`${dataset.info.title}, as of 2021-12-31`]);
    expect(of('frame-asof').join(' ')).toContain('2021-12-31');
    expect(of('frame-filter')).toEqual([`Hidden: ${COMMERCE}`]);
    expect(of('frame-data')).toEqual([`Data: ${dataset.info.title}, version ${dataset.info.version}`]);
    expect(of('frame-credit').join(' ')).toContain('Sanctions graph explorer');
    // The legend lists exactly the kinds drawn: Commerce's export blacklisting is hidden, so is its key.
    const legend = frameLegend(graph, visibleElements(graph, VIEW), VIEW);
    expect(of('frame-legend')).toEqual([
      ...legend.nodeKinds.map((k) => NODE_KIND_LABEL[k]),
      ...legend.measureKinds.map((k) => MEASURE_KIND_LABEL[k]),
      ...(legend.roles ? ['Post held (role)'] : []),
      ...(legend.links ? ['Link'] : []),
    ]);
    expect(of('frame-legend')).not.toContain(MEASURE_KIND_LABEL.exportBlacklisting);
    // Commerce's targets have nothing else shown: drawn faint, as on the canvas, and the legend says so.
    const faint = unconnectedNodes(graph, visibleElements(graph, VIEW));
    expect(faint.size).toBeGreaterThan(0);
    expect(svg.split(`<g opacity="${THEMES.light.unconnected}">`).length - 1).toBe(faint.size);
    expect(of('frame-legend-size').join(' ')).toContain(UNCONNECTED_LEGEND);

    // No text crosses the frame; no node label crosses the drawing's box, and none covers another.
    const labels = laid.texts.filter((t) => t.cls === 'label');
    expect(labels.length).toBeGreaterThan(20);
    for (const t of laid.texts) expect(within(t, laid.frame), `${t.cls} "${t.text}"`).toBe(true);
    for (const t of labels) expect(within(t, laid.graph), `label "${t.text}"`).toBe(true);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `"${a.text}" over "${b.text}"`).toBe(false);

    // The current view, at screen size: its labels too stay inside the drawing.
    await dialog.getByLabel('Current view').check();
    const viewSvg = (await download(page, () => dialog.getByRole('button', { name: 'SVG' }).click())).toString('utf8');
    const view = await layOut(page, viewSvg);
    const viewLabels = view.texts.filter((t) => t.cls === 'label');
    expect(viewLabels.length).toBeGreaterThan(5);
    for (const t of viewLabels) expect(within(t, view.graph), `label "${t.text}"`).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('take the title the user types, in the SVG, in PNGs at 2x and 4x and in a one-page vector PDF', async () => {
    const { page, context } = await openApp(browser, { hash: `#${encodeViewState(VIEW)}` });
    const dialog = await openShare(page);
    await dialog.getByLabel('Title').fill('Who was sanctioned, and by whom');
    const svg = (await download(page, () => dialog.getByRole('button', { name: 'SVG' }).click())).toString('utf8');
    expect(svg).toContain('>Who was sanctioned, and by whom</tspan>');
    const width = Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/^<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);

    const two = await download(page, () => dialog.getByRole('button', { name: 'PNG (2×)' }).click());
    expect(pngSize(two)).toEqual({ width: width * 2, height: height * 2 });
    const four = await download(page, () => dialog.getByRole('button', { name: 'PNG (4×)' }).click());
    expect(pngSize(four)).toEqual({ width: width * 4, height: height * 4 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}/export-framed-2x.png`, two);

    // The PDF: one page the size of the SVG, its text set in a font (vector, not a picture of the drawing).
    const pdf = await download(page, () => dialog.getByRole('button', { name: 'PDF' }).click());
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(1);
    const box = /\/MediaBox \[([\d. ]+)\]/.exec(raw)?.[1]?.trim().split(/\s+/).map(Number);
    expect(box?.[2]).toBeCloseTo(width, 0);
    expect(box?.[3]).toBeCloseTo(height, 0);
    expect(raw).toContain('/BaseFont /Helvetica');
    expect(raw).not.toContain('/Subtype /Image');
    writeFileSync(`${SCREENSHOTS}/export-framed.pdf`, pdf);
    await context.close();
  });
  it("draw the author's custom label and highlight colour as the canvas does", async () => {
    const curated: ViewState = {
      ...VIEW,
      curation: { ...VIEW.curation, styles: [{ node: 'chen-quanguo', label: 'Party chief Chen', colour: 'wine' }] },
    };
    const { page, context } = await openApp(browser, { hash: `#${encodeViewState(curated)}` });
    const dialog = await openShare(page);
    const svg = (await download(page, () => dialog.getByRole('button', { name: 'SVG' }).click())).toString('utf8');
    expect(svg).toMatch(/<text data-node="chen-quanguo"[^>]*><tspan[^>]*>Party chief Chen<\/tspan>/);
    expect(svg.match(/fill="#882255" fill-opacity="0.55"/g)).toHaveLength(1);
    await context.close();
  });
  it('carry the date ruler of the timeline, and no ruler for a layout without dates', async () => {
    const { page, context } = await openApp(browser, { hash: `#${encodeViewState({ ...VIEW, layout: 'timeline' })}` });
    await page.locator('.time-axis').waitFor();
    const svg = (
      await download(page, () => openShare(page).then((d) => d.getByRole('button', { name: 'SVG' }).click()))
    ).toString('utf8');
    writeFileSync(`${SCREENSHOTS}/export-timeline.svg`, svg);
    const ruler = /<g class="time-axis">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect([...ruler.matchAll(/>(\d{4})<\/text>/g)].map((m) => m[1])).toEqual(['2019', '2020', '2021', '2022']);
    await context.close();
    const force = await openApp(browser, { hash: `#${encodeViewState(VIEW)}` });
    const plain = await download(force.page, () =>
      openShare(force.page).then((d) => d.getByRole('button', { name: 'SVG' }).click()),
    );
    expect(plain.toString('utf8')).not.toContain('time-axis');
    await force.context.close();
  });
});

describe('the embed', () => {
  it('at 800 x 500 gives the graph the frame, with labels, the title, the filter note, a legend toggle and the credit', async () => {
    const { page, context, errors } = await openApp(browser, {
      hash: `#${encodeViewState(VIEW)}`,
      query: '?embed=1',
      viewport: { width: 800, height: 500 },
    });
    await expect
      .poll(() => page.locator('[data-embed-title]').textContent())
      .toBe(`${dataset.info.title}, as of 2021-12-31`);
    const note = page.locator('[data-embed-filters]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(`Filters: Hidden: ${COMMERCE}`);
    const credit = page.locator('[data-embed-credit]');
    expect(await credit.isVisible()).toBe(true);
    expect(await credit.textContent()).toContain(dataset.info.version);

    // Nothing is selected: no panel takes half the frame; the canvas spans it and names what fits.
    const canvas = await page.locator('.graph-canvas').boundingBox();
    expect(canvas?.width).toBeGreaterThanOrEqual(790);
    const snap = await page.evaluate(() => window.__explorerCanvas?.() ?? null);
    expect(snap?.labels.length ?? 0).toBeGreaterThanOrEqual(8);
    for (const l of snap?.labels ?? []) {
      expect(l.x1).toBeGreaterThanOrEqual(-1);
      expect(l.x2).toBeLessThanOrEqual((canvas?.width ?? 0) + 1);
    }

    // The legend folds open and shut.
    const legend = page.locator('.legend details').first();
    expect(await legend.locator('[data-legend-kind="person"]').isVisible()).toBe(false);
    await legend.locator('summary').click();
    expect(await legend.locator('[data-legend-kind="person"]').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-800x500-filtered.png` });
    await legend.locator('summary').click();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says nothing of filters when none is active', async () => {
    const { page, context } = await openApp(browser, { query: '?embed=1', viewport: { width: 800, height: 500 } });
    await page.locator('[data-embed-credit]').waitFor();
    expect(await page.locator('[data-embed-filters]').count()).toBe(0);
    expect(await page.locator('[data-embed-title]').textContent()).toBe(dataset.info.title);
    await context.close();
  });

  it('is previewed in the share menu at the size chosen, which the embed code carries', async () => {
    const { page, context } = await openApp(browser, { hash: `#${encodeViewState(VIEW)}` });
    const dialog = await openShare(page);
    await dialog.locator('[data-embed-size]').selectOption({ label: '640 × 480' });
    expect(await dialog.locator('[data-share-embed]').inputValue()).toMatch(/ width="640" height="480"/);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const frame = dialog.locator('[data-embed-preview="640x480"] iframe');
    expect(await frame.getAttribute('width')).toBe('640');
    const inner = page.frameLocator('[data-embed-preview] iframe');
    await inner.locator('[data-graph-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await inner.locator('[data-embed-filters]').textContent()).toBe(`Filters: Hidden: ${COMMERCE}`);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-preview-in-share-menu.png` });
    await context.close();
  });
});
