// Sharing in Debian's Chromium: a link reopens exactly the same view in a fresh browser, Back walks through
// meaningful changes, broken links open with a notice, exports are real files, view files reopen the view,
// the embed is read-only.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { visibleElements } from '../../src/core/algorithms/filters.ts';
import { citationList, sourcesBehind } from '../../src/core/citations.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { decodeViewState } from '../../src/core/view/codec.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { launch, openApp, openTopbarMenuIfFolded, screenshot, setAsOf, asOfShown, snapshot } from './browser.ts';
import { mergeIdentities } from '../../src/core/graph/identities.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not load');
// The app shows the bundled data with its identity judgements merged.
const shownData = mergeIdentities(dataset);
const graph = buildGraph(shownData);
const companies = graph.filterNodes((_id, n) => n.kind === 'company');
const DRAGGED = 'chen-quanguo';
const AS_OF = '2021-06-30';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The view the address bar holds now. */
function viewInUrl(page: Page) {
  return decodeViewState(new URL(page.url()).hash).state;
}

/** Selects a node the way a user does: the search box, then Enter. */
async function choose(page: Page, query: string, id: string): Promise<void> {
  await page.locator('.search input').fill(query);
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(graph.getNodeAttribute(id, 'name'));
  await page.locator('.search input').press('Enter');
  await page.locator(`[data-panel-node="${id}"]`).waitFor();
}

/** Drags a node with the mouse by (dx, dy) screen pixels. */
async function drag(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const box = await page.locator('.graph-canvas').boundingBox();
  const at = await page.evaluate((node) => window.__explorerRendered?.(node) ?? null, id);
  if (!box || !at) throw new Error(`${id} is not drawn`);
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  await page.mouse.move(box.x + at.x + dx / 2, box.y + at.y + dy / 2, { steps: 5 });
  await page.mouse.move(box.x + at.x + dx, box.y + at.y + dy, { steps: 5 });
  await page.mouse.up();
}

/** Waits until the camera in the address bar is the one the canvas shows (camera moves settle after 250 ms). */
async function cameraSettled(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const shown = (await snapshot(page)).camera;
        const linked = viewInUrl(page).camera;
        return (
          linked !== null &&
          Math.abs(linked.zoom - shown.zoom) / shown.zoom < 0.001 &&
          Math.abs(linked.pan.x - shown.pan.x) <= 1 &&
          Math.abs(linked.pan.y - shown.pan.y) <= 1
        );
      },
      { timeout: 5000 },
    )
    .toBe(true);
}

/** Builds the view of the issue: an official selected by search, companies hidden, a date, a dragged node, a zoom. */
async function buildView(page: Page): Promise<void> {
  await choose(page, 'Chen Quanguo', 'chen-quanguo');
  await page.getByRole('tab', { name: 'Filters' }).click();
  await page.locator('[data-filter="nodeKinds:company"]').uncheck();
  await setAsOf(page, AS_OF);
  await expect.poll(() => viewInUrl(page).asOf).toBe(AS_OF);
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.locator('[data-panel-node="chen-quanguo"]').waitFor();
  await page.waitForTimeout(400); // the centring animation of the search ends
  await drag(page, DRAGGED, 90, -70);
  await expect.poll(() => Object.keys(viewInUrl(page).positions)).toEqual([DRAGGED]);
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(100);
  await cameraSettled(page);
}

interface ViewFacts {
  panel: string;
  visibleNodes: string[];
  visibleEdges: string[];
  positions: Record<string, { x: number; y: number }>;
  camera: { zoom: number; pan: { x: number; y: number } };
  draggedOnScreen: { x: number; y: number } | null;
}

async function facts(page: Page): Promise<ViewFacts> {
  const snap = await snapshot(page);
  return {
    panel: (await page.locator('.panel-body').textContent()) ?? '',
    visibleNodes: [...snap.visibleNodes].sort(),
    visibleEdges: [...snap.visibleEdges].sort(),
    positions: snap.positions,
    camera: snap.camera,
    draggedOnScreen: await page.evaluate((node) => window.__explorerRendered?.(node) ?? null, DRAGGED),
  };
}

/** The same view: selection and panel text, visible ids, every node within 2 px, camera within a few pixels. */
function expectSameView(got: ViewFacts, want: ViewFacts): void {
  expect(got.panel).toBe(want.panel);
  expect(got.visibleNodes).toEqual(want.visibleNodes);
  expect(got.visibleEdges).toEqual(want.visibleEdges);
  for (const id of want.visibleNodes) {
    const a = got.positions[id];
    const b = want.positions[id];
    if (!a || !b) throw new Error(`no position for ${id}`);
    expect(Math.abs(a.x - b.x), `${id} x`).toBeLessThanOrEqual(2);
    expect(Math.abs(a.y - b.y), `${id} y`).toBeLessThanOrEqual(2);
  }
  expect(Math.abs(got.camera.zoom - want.camera.zoom) / want.camera.zoom).toBeLessThan(0.002);
  expect(Math.abs(got.camera.pan.x - want.camera.pan.x)).toBeLessThanOrEqual(3);
  expect(Math.abs(got.camera.pan.y - want.camera.pan.y)).toBeLessThanOrEqual(3);
  if (!got.draggedOnScreen || !want.draggedOnScreen) throw new Error('the dragged node is not drawn');
  expect(Math.abs(got.draggedOnScreen.x - want.draggedOnScreen.x)).toBeLessThanOrEqual(3);
  expect(Math.abs(got.draggedOnScreen.y - want.draggedOnScreen.y)).toBeLessThanOrEqual(3);
}

async function openShare(page: Page): Promise<void> {
  await openTopbarMenuIfFolded(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('dialog', { name: 'Share and export' }).waitFor();
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('a shared link', () => {
  it('reopens exactly the same view in a fresh browser: selection, panel, visible ids, positions, camera', async () => {
    const sender = await openApp(browser);
    await buildView(sender.page);
    const link = sender.page.url();
    const want = await facts(sender.page);
    await screenshot(sender.page, 'share-sender-view');

    // What the view should show, by the core: no company, nothing announced after the date.
    expect(want.visibleNodes.filter((id) => companies.includes(id))).toEqual([]);
    const expected = visibleElements(graph, viewInUrl(sender.page));
    expect(new Set(want.visibleNodes)).toEqual(expected.nodes);
    expect(want.panel).toContain('Chen Quanguo');
    expect(link.length).toBeLessThan(300);

    const receiver = await openApp(browser, { hash: new URL(link).hash });
    await receiver.page.locator('[data-panel-node="chen-quanguo"]').waitFor();
    const got = await facts(receiver.page);
    await screenshot(receiver.page, 'share-receiver-view');
    expectSameView(got, want);
    expect(await receiver.page.locator('[data-testid="notice"]').count()).toBe(0);
    expect(receiver.page.url()).toBe(link);
    expect(sender.errors).toEqual([]);
    expect(receiver.errors).toEqual([]);
    await sender.context.close();
    await receiver.context.close();
  });

  it('made with judged-same nodes split, reopens on the record it selected, without a notice', async () => {
    // The bundled judgement merges the Entity List's record of the Xinjiang police bureau into the Treasury's.
    const { page, context, errors } = await openApp(browser, { hash: '#v=1&s=n:xuar-psb-2019&id=split' });
    await page.locator('[data-panel-node="xuar-psb-2019"]').waitFor();
    expect(viewInUrl(page).selection).toEqual({ type: 'node', id: 'xuar-psb-2019' });
    expect((await snapshot(page)).visibleNodes).toContain('xuar-psb-2019');
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Back walks back through the date, the filter, the panel and the selection', async () => {
    const { page, context } = await openApp(browser);
    await choose(page, 'Chen Quanguo', 'chen-quanguo');
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.locator('[data-filter="nodeKinds:company"]').uncheck();
    await expect.poll(() => viewInUrl(page).filters.nodeKinds).toEqual(['company']);
    await setAsOf(page, '2020-01-01');
    await expect.poll(() => viewInUrl(page).asOf).toBe('2020-01-01');
    const visibleCount = async () => (await snapshot(page)).visibleNodes.length;
    const asOfCount = await visibleCount();

    await page.goBack();
    await expect.poll(() => viewInUrl(page).asOf).toBeNull();
    await expect.poll(() => asOfShown(page)).toBe('');
    expect(viewInUrl(page).filters.nodeKinds).toEqual(['company']);
    await expect.poll(visibleCount).toBe(graph.order - companies.length);
    expect(graph.order - companies.length).toBeGreaterThanOrEqual(asOfCount);

    await page.goBack();
    await expect.poll(() => viewInUrl(page).filters.nodeKinds).toEqual([]);
    await expect.poll(visibleCount).toBe(graph.order);
    expect(await page.locator('[data-filter="nodeKinds:company"]').isChecked()).toBe(true);

    await page.goBack();
    await expect.poll(() => viewInUrl(page).panel).toBe('details');
    await page.locator('[data-panel-node="chen-quanguo"]').waitFor();

    await page.goBack();
    await expect.poll(() => viewInUrl(page).selection).toBeNull();
    await expect.poll(() => page.locator('[data-panel-node]').count()).toBe(0);

    await page.goForward();
    await expect.poll(() => viewInUrl(page).selection).toEqual({ type: 'node', id: 'chen-quanguo' });
    await context.close();
  });

  it.each([
    ['garbage', '#%%%zz&&==&'],
    ['an unknown version', '#v=99&s=n:chen-quanguo'],
    ['unknown ids', '#v=1&s=n:nobody&f=ghost~2&q=ghost~1~2'],
    [
      'a script in a value',
      `#v=1&s=n:${encodeURIComponent('<script>alert(1)</script>')}&a=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    ],
    ['a 1 MB hash', `#v=1&s=n:chen-quanguo&z=${'9'.repeat(1_000_000)}`],
  ])('with %s opens the app with a notice, never a blank page', async (name, hash) => {
    const { page, context, errors } = await openApp(browser, { hash });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await page.locator('[data-testid="notice"]').count()).toBeGreaterThan(0);
    expect((await snapshot(page)).visibleNodes.length).toBe(graph.order);
    expect(await page.locator('.search input').isVisible()).toBe(true);
    const notices = await page.locator('[data-testid="notice"]').allTextContents();
    expect(notices.join(' ').length).toBeLessThan(5_000);
    if (name === 'a script in a value') await screenshot(page, 'share-hostile-link');
    if (name === 'a 1 MB hash') await screenshot(page, 'share-huge-link');
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src]), img[src="x"]').length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the share menu', () => {
  it('opens from the keyboard, copies the link with a confirmation, and closes on Esc without clearing the selection', async () => {
    const { page, context } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await choose(page, 'Zhu Hailun', 'zhu-hailun');
    // Choosing centres the graph on him; the link takes the new camera once it settles. Wait for it, so the
    // link copied below is the one the field still shows when it is compared.
    await expect.poll(() => viewInUrl(page).camera).not.toBeNull();
    await page.getByRole('button', { name: 'Share' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    await dialog.waitFor();
    expect(await page.getByRole('button', { name: 'Share' }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await screenshot(page, 'share-menu-open');

    const field = page.locator('[data-share-link]');
    expect(decodeViewState(new URL(await field.inputValue()).hash).state.selection).toEqual({
      type: 'node',
      id: 'zhu-hailun',
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    expect(viewInUrl(page).selection).toEqual({ type: 'node', id: 'zhu-hailun' });
    await context.close();
  });

  it('when the clipboard refuses, says so and selects the link to copy by hand', async () => {
    const { page, context } = await openApp(browser);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await openShare(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toMatch(/Could not copy/);
    const selected = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) : null;
    });
    expect(selected).toBe(await page.locator('[data-share-link]').inputValue());
    await context.close();
  });

  it('fits a 360 px wide screen', async () => {
    const { page, context } = await openApp(browser, { viewport: { width: 360, height: 740 } });
    await openShare(page);
    const box = await page.getByRole('dialog', { name: 'Share and export' }).boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'share-menu-narrow');
    await context.close();
  });

  it('in the dark theme', async () => {
    const { page, context } = await openApp(browser, { colorScheme: 'dark' });
    await openShare(page);
    await screenshot(page, 'share-menu-dark');
    await context.close();
  });
});

describe('exports', () => {
  it('saves PNG at 2x (whole graph and viewport, with and without background) and SVG, all non-trivial', async () => {
    const { page, context } = await openApp(browser);
    await openShare(page);
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    const canvasBox = await page.locator('.graph-canvas').boundingBox();
    if (!canvasBox) throw new Error('no canvas');

    const whole = await download(page, () => dialog.getByRole('button', { name: 'PNG (2×)' }).click());
    expect(whole.file.suggestedFilename()).toMatch(/\.png$/);
    const wholeSize = pngSize(whole.bytes);
    expect(wholeSize.width).toBeGreaterThan(800);
    expect(wholeSize.height).toBeGreaterThan(500);
    expect(whole.bytes.length).toBeGreaterThan(20_000);

    await dialog.getByLabel('Background').uncheck();
    const clear = await download(page, () => dialog.getByRole('button', { name: 'PNG (2×)' }).click());
    expect(pngSize(clear.bytes)).toEqual(wholeSize);
    expect(clear.bytes.equals(whole.bytes)).toBe(false);

    await dialog.getByLabel('Current view').check();
    const viewport = await download(page, () => dialog.getByRole('button', { name: 'PNG (2×)' }).click());
    const viewportSize = pngSize(viewport.bytes);
    // The view at screen size, in its frame (margins, title and legend: exports.test.ts).
    expect(viewportSize.width).toBeGreaterThanOrEqual(canvasBox.width * 2);
    expect(viewportSize.width).toBeLessThanOrEqual((canvasBox.width + 100) * 2);
    expect(viewportSize.height).toBeGreaterThan(canvasBox.height * 2);

    await dialog.getByLabel('Whole graph').check();
    const svg = await download(page, () => dialog.getByRole('button', { name: 'SVG' }).click());
    expect(svg.file.suggestedFilename()).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/<svg[\s>]/);
    expect((text.match(/<(path|circle|rect|polygon|line|text|ellipse|g)\b/g) ?? []).length).toBeGreaterThan(
      graph.order,
    );
    expect(text).toContain('Chen Quanguo');
    await context.close();
  });

  it('exports what is visible as FollowTheMoney lines and a CSV of measures, and lists its sources', async () => {
    const hash = '#v=1&k=company&a=2020-12-31&f=chen-quanguo~2';
    const { page, context } = await openApp(browser, { hash });
    const expected = visibleElements(graph, decodeViewState(hash).state);
    const measures = [...expected.edges].filter((id) => graph.getEdgeAttribute(id, 'kind') === 'measure');
    await openShare(page);
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    expect(await dialog.textContent()).toContain(
      `${expected.nodes.size} entities, ${expected.edges.size} relations, ${measures.length} measures`,
    );

    const ftm = await download(page, () => dialog.getByRole('button', { name: /FollowTheMoney/ }).click());
    const entities = ftm.bytes
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; schema: string });
    const nodeEntities = entities.filter((e) => graph.hasNode(e.id));
    expect(new Set(nodeEntities.map((e) => e.id))).toEqual(expected.nodes);
    expect(entities.filter((e) => e.schema === 'Company')).toEqual([]);
    expect(entities.filter((e) => e.schema === 'Sanction').length).toBe(measures.length);

    const csv = await download(page, () => dialog.getByRole('button', { name: /CSV/ }).click());
    const rows = csv.bytes.toString('utf8').trim().split('\r\n');
    expect(rows.length).toBe(measures.length + 1);
    expect(rows[0]).toMatch(/^announced,/);
    expect(rows.slice(1).every((r) => r.slice(0, 10) <= '2020-12-31')).toBe(true);

    // The citations are those of what is shown: a source only hidden records cite is left out.
    const citations = await dialog.locator('[data-share-citations]').inputValue();
    expect(citations).toBe(citationList(shownData, expected));
    expect(citations).toContain('Articles');
    expect(citations).toContain('References');
    const everything = sourcesBehind(shownData, { nodes: graph.nodes(), edges: graph.edges() });
    const shown = sourcesBehind(shownData, expected);
    const onlyHidden = [...everything.articles, ...everything.references].filter(
      (s) => ![...shown.articles, ...shown.references].includes(s),
    );
    expect(onlyHidden.length).toBeGreaterThan(0);
    for (const s of onlyHidden) expect(citations).not.toContain(s.title);
    await context.close();
  });
});

describe('view files', () => {
  it('the saved view file reopens the same view in a fresh browser', async () => {
    const sender = await openApp(browser);
    await buildView(sender.page);
    const want = await facts(sender.page);
    await openShare(sender.page);
    const saved = await download(sender.page, () =>
      sender.page.getByRole('button', { name: 'Save view file' }).click(),
    );
    const file = JSON.parse(saved.bytes.toString('utf8')) as { format: string; datasetVersion: string; data?: unknown };
    expect(file.format).toBe('sanctions-explorer-view');
    expect(file.datasetVersion).toBe(dataset.info.version);
    expect(file.data).toBeUndefined(); // the data came bundled

    const receiver = await openApp(browser);
    await openShare(receiver.page);
    await receiver.page
      .locator('[data-share-open]')
      .setInputFiles({ name: 'view.json', mimeType: 'application/json', buffer: saved.bytes });
    await receiver.page.locator('[data-panel-node="chen-quanguo"]').waitFor();
    await expect
      .poll(() => receiver.page.locator('[data-testid="notice"]').allTextContents())
      .toEqual([expect.stringContaining('Opened the view file')]);
    await receiver.page.locator('[data-testid="notice"] button').click();
    await receiver.page.waitForTimeout(300);
    const got = await facts(receiver.page);
    await screenshot(receiver.page, 'share-view-file-reopened');
    expectSameView(got, want);
    await sender.context.close();
    await receiver.context.close();
  });

  it('a view file carrying its own data opens on that data, and is saved again with it', async () => {
    const extra = {
      id: 'extra-person',
      kind: 'person',
      name: 'Extra Person From The File',
      description: 'Added for the test.',
      sources: ['art-000'],
    };
    const data = { ...dataset, info: { ...dataset.info, version: 'file-copy-1' }, nodes: [...dataset.nodes, extra] };
    const view = { ...defaultViewState('file-copy-1'), selection: { type: 'node', id: 'extra-person' } };
    const text = JSON.stringify({
      format: 'sanctions-explorer-view',
      version: 1,
      view,
      datasetVersion: 'file-copy-1',
      data,
    });
    const { page, context, errors } = await openApp(browser);
    await openShare(page);
    await page
      .locator('[data-share-open]')
      .setInputFiles({ name: 'with-data.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('[data-panel-node="extra-person"]').waitFor();
    await expect.poll(async () => (await snapshot(page)).visibleNodes.length).toBe(graph.order + 1);
    expect(viewInUrl(page).dataset).toBe('file-copy-1');
    await openShare(page);
    const saved = await download(page, () => page.getByRole('button', { name: 'Save view file' }).click());
    const file = JSON.parse(saved.bytes.toString('utf8')) as { data?: { nodes: { id: string }[] } };
    expect(file.data?.nodes.map((n) => n.id)).toContain('extra-person');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file that is not a view file leaves the view as it was, and says why', async () => {
    const { page, context } = await openApp(browser);
    await openShare(page);
    await page
      .locator('[data-share-open]')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    const message = page.locator('[data-import-error]');
    await message.waitFor();
    expect(await message.textContent()).toContain('not a view file');
    expect((await snapshot(page)).visibleNodes.length).toBe(graph.order);
    await context.close();
  });
});

describe('embed mode', () => {
  it('shows the same view read-only, without editing controls, with a link back to the full explorer', async () => {
    const hash = '#v=1&s=n:chen-quanguo&k=company&a=2021-06-30&pn=filters';
    const full = await openApp(browser, { hash });
    const fullVisible = (await snapshot(full.page)).visibleNodes.sort();
    await openShare(full.page);
    const snippet = await full.page.locator('[data-share-embed]').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]*\?embed=1#v=1[^"]*" title="[^"]*"/);
    await full.context.close();

    const { page, context, errors } = await openApp(browser, { query: '?embed=1', hash });
    expect((await snapshot(page)).visibleNodes.sort()).toEqual(fullVisible);
    await page.locator('[data-panel-node="chen-quanguo"]').waitFor();
    expect(await page.locator('.search input').count()).toBe(0);
    expect(await page.getByRole('toolbar').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Filters' }).count()).toBe(0);
    expect(await page.locator('.time-bar').count()).toBe(0);
    expect(await page.locator('.explore-actions').isVisible()).toBe(false);
    const back = page.getByRole('link', { name: /Open in the explorer/ });
    const href = (await back.getAttribute('href')) ?? '';
    expect(href).not.toContain('embed=1');
    expect(decodeViewState(new URL(href).hash).state.selection).toEqual({ type: 'node', id: 'chen-quanguo' });
    await screenshot(page, 'share-embed');

    // Clicking a node shows its details but leaves the host page's history alone.
    const length = await page.evaluate(() => history.length);
    const box = await page.locator('.graph-canvas').boundingBox();
    const at = await page.evaluate(() => window.__explorerRendered?.('zhu-hailun') ?? null);
    if (!box || !at) throw new Error('Zhu Hailun is not drawn');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator('[data-panel-node="zhu-hailun"]').waitFor();
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(new URL(page.url()).hash).toBe(hash);
    expect(errors).toEqual([]);
    await context.close();
  });
});
