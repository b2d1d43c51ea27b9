// Curating a view in Debian's Chromium: shift-click three officials, group them, note an edge, hide a node, set
// a title; the link reopens all of it in a fresh browser, and Undo/Redo walk the four steps back and forth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { decodeViewState, encodeViewState } from '../../src/core/view/codec.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch, openApp, openTopbarMenuIfFolded, screenshot, snapshot } from './browser.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(dataset);
const OFFICIALS = ['chen-quanguo', 'zhu-hailun', 'wang-mingshan'];
const HIDDEN = 'mike-pompeo';
const NOTE = 'Ran the IJOP platform that flagged residents for detention';
const TITLE = 'Who ran the Xinjiang security apparatus';
const noted = graph.inboundEdges('chen-quanguo').find((e) => graph.getEdgeAttributes(e).kind === 'measure');
if (!noted) throw new Error('no measure against chen-quanguo');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const drawn = snapshot;

const viewInUrl = (page: Page) => decodeViewState(new URL(page.url()).hash).state;

/** Clicks a node where the canvas draws it, with Shift held when asked. */
async function clickNode(page: Page, id: string, shift: boolean): Promise<void> {
  const box = await page.locator('.graph-canvas').boundingBox();
  const at = await page.evaluate((node) => window.__explorerRendered?.(node) ?? null, id);
  if (!box || !at) throw new Error(`${id} is not drawn`);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(box.x + at.x, box.y + at.y);
  if (shift) await page.keyboard.up('Shift');
}

/** Waits until nothing moves on the canvas: two reads of every drawn node, a quarter second apart, agree. */
async function settled(page: Page): Promise<void> {
  const read = () =>
    page.evaluate(() => {
      const snap = window.__explorerCanvas?.();
      return JSON.stringify((snap?.visibleNodes ?? []).map((id) => window.__explorerRendered?.(id) ?? null));
    });
  let before = await read();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await read();
    if (now === before) return;
    before = now;
  }
  throw new Error('the canvas kept moving');
}

/** Selects a node the way a user does without the mouse: the search box, then Enter. */
async function choose(page: Page, id: string): Promise<void> {
  const name = graph.getNodeAttribute(id, 'name');
  await page.locator('.search input').fill(name);
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(name);
  await page.locator('.search input').press('Enter');
  await page.locator(`[data-panel-node="${id}"]`).waitFor();
}

describe('curating a view', () => {
  it('groups, notes, hides and titles a view; the link reopens it; undo and redo walk the four steps', async () => {
    const { page, context, errors } = await openApp(browser);
    // Nodes are sized by measures: zoom in so that the officials do not overlap, then shift-click them.
    for (let i = 0; i < 2; i += 1) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(300);
    }
    for (const id of OFFICIALS) await clickNode(page, id, true);
    await expect.poll(() => viewInUrl(page).selectedNodes).toEqual(OFFICIALS);
    await expect(page.getByRole('heading', { name: '3 selected' }).isVisible()).resolves.toBe(true);
    const start = viewInUrl(page).curation;

    // 1. Group them.
    await page.getByRole('button', { name: 'Group', exact: true }).click();
    await expect
      .poll(async () => (await drawn(page)).curation.groups.map((g) => g.members.sort()))
      .toEqual([[...OFFICIALS].sort()]);

    // 2. A note on an edge: open the official, choose the measure in the panel, then Add note.
    await page.locator('[data-node-link="chen-quanguo"]').click();
    await page.locator('[data-panel-node="chen-quanguo"]').waitFor();
    await page.locator(`tr[data-measure="${noted}"] button[aria-expanded]`).click();
    await page.locator(`[data-edge-link="${noted}"]`).first().click();
    await expect.poll(() => viewInUrl(page).selection).toEqual({ type: 'edge', id: noted });
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByLabel('Note on the selected relation').fill(NOTE);
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await drawn(page)).curation.notes.map((n) => n.text)).toEqual([NOTE]);

    // 3. Hide one node (key H).
    await choose(page, HIDDEN);
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('h');
    await expect.poll(async () => (await drawn(page)).visibleNodes.includes(HIDDEN)).toBe(false);
    await expect(page.getByRole('button', { name: '1 hidden · Show all' }).isVisible()).resolves.toBe(true);

    // 4. A title.
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    await page.getByRole('textbox', { name: 'View title' }).fill(TITLE);
    await page.getByRole('button', { name: 'Save title' }).click();
    await expect.poll(() => page.locator('[data-view-title]').textContent()).toBe(TITLE);
    const end = viewInUrl(page).curation;
    expect(end.groups).toHaveLength(1);
    expect(end.notes).toEqual([{ id: 'n1', text: NOTE, target: { type: 'edge', id: noted } }]);
    expect(end.hidden).toEqual([HIDDEN]);
    await page.mouse.move(5, 300);
    await expect.poll(async () => (await drawn(page)).curation.notes.length).toBe(1);
    await page.waitForTimeout(300);
    await screenshot(page, 'curation-annotated');

    // The copied link in a fresh browser context: the same group, note, hidden node and title.
    const link = page.url();
    const fresh = await openApp(browser, { hash: new URL(link).hash });
    const reopened = await drawn(fresh.page);
    expect(reopened.curation.groups.map((g) => g.members.sort())).toEqual([[...OFFICIALS].sort()]);
    expect(reopened.curation.notes.map((n) => n.text)).toEqual([NOTE]);
    expect(reopened.visibleNodes).not.toContain(HIDDEN);
    expect(reopened.visibleNodes).toContain('chen-quanguo');
    await expect(fresh.page.locator('[data-view-title]').textContent()).resolves.toBe(TITLE);
    expect(fresh.errors).toEqual([]);
    // The screenshot of docs/sharing.md: the reopened view, its group renamed, fitted to the window.
    const groupName = fresh.page.getByRole('textbox', { name: 'Group name' });
    await groupName.fill('Party and police chiefs');
    await groupName.press('Enter');
    await expect.poll(async () => (await drawn(fresh.page)).curation.groups[0]?.label).toBe('Party and police chiefs');
    await fresh.page.getByRole('button', { name: 'Fit', exact: true }).click();
    await fresh.page.waitForTimeout(400);
    for (let i = 0; i < 3; i += 1) {
      await fresh.page.getByRole('button', { name: 'Zoom in' }).click();
      await fresh.page.waitForTimeout(250);
    }
    await fresh.page.mouse.move(5, 400);
    await fresh.page.waitForTimeout(600);
    await screenshot(fresh.page, 'curation-reopened');
    await fresh.context.close();

    // Undo four times (buttons, then keys) returns to the start; redo four times to the end.
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.click();
    await expect.poll(() => viewInUrl(page).curation.title).toBe('');
    await undo.click();
    await expect.poll(() => viewInUrl(page).curation.hidden).toEqual([]);
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => viewInUrl(page).curation).toEqual(start);
    await expect.poll(async () => (await drawn(page)).curation).toEqual({ groups: [], notes: [], combined: [] });
    expect((await drawn(page)).visibleNodes).toContain(HIDDEN);
    await expect(undo.isDisabled()).resolves.toBe(true);

    const redo = page.getByRole('button', { name: 'Redo' });
    await redo.click();
    await redo.click();
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => viewInUrl(page).curation).toEqual(end);
    await expect(redo.isDisabled()).resolves.toBe(true);
    await expect.poll(async () => (await drawn(page)).visibleNodes.includes(HIDDEN)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the undo history through a reload of the tab', async () => {
    const { page, context } = await openApp(browser);
    await clickNode(page, 'chen-quanguo', false);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await expect.poll(() => viewInUrl(page).curation.hidden).toEqual(['chen-quanguo']);
    await page.reload();
    await page.waitForSelector('[data-graph-ready="true"]');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => viewInUrl(page).curation.hidden).toEqual([]);
    await context.close();
  });

  it('a link naming nodes the data does not have keeps the rest and says what was dropped', async () => {
    const { page, context } = await openApp(browser, { hash: '#v=1&h=chen-quanguo,no-such-person&ti=Kept' });
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('hidden node "no-such-person"');
    expect((await drawn(page)).visibleNodes).not.toContain('chen-quanguo');
    await expect(page.locator('[data-view-title]').textContent()).resolves.toBe('Kept');
    await context.close();
  });

  it('saves a view in the browser with a thumbnail, and opens it again after a reload', async () => {
    // Wide enough that the top bar keeps the Share button on its first row (its panel opens below it).
    const { page, context } = await openApp(browser, { viewport: { width: 1600, height: 900 } });
    await clickNode(page, 'zhu-hailun', false);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('textbox', { name: 'Name of the view to save' }).fill('Without Zhu');
    await screenshot(page, 'saved-views-share-menu');
    await page.getByRole('button', { name: 'Save view', exact: true }).click();
    const saved = page.getByRole('list', { name: 'Saved views' }).getByRole('listitem');
    await expect.poll(() => saved.count()).toBe(1);
    await expect(saved.locator('img').getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    await page.goto(new URL('#v=1', page.url()).href);
    await page.reload();
    await page.waitForSelector('[data-graph-ready="true"]');
    expect((await drawn(page)).visibleNodes).toContain('zhu-hailun');
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('list', { name: 'Saved views' }).getByRole('button', { name: 'Open' }).click();
    await expect.poll(async () => (await drawn(page)).visibleNodes.includes('zhu-hailun')).toBe(false);

    // Rename, export as a view file, delete.
    await page.getByRole('button', { name: 'Share' }).click();
    const list = page.getByRole('list', { name: 'Saved views' });
    const name = list.getByRole('textbox', { name: 'Name of saved view Without Zhu' });
    await name.fill('Zhu hidden');
    await name.press('Enter');
    await expect.poll(() => list.getByRole('textbox', { name: 'Name of saved view Zhu hidden' }).count()).toBe(1);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/zhu-hidden\.json$/);
    const viewFile = readFileSync(await file.path(), 'utf8');
    expect(viewFile).toContain('zhu-hailun');
    await list.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(0);
    await page.reload();
    await page.waitForSelector('[data-graph-ready="true"]');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('list', { name: 'Saved views' }).getByRole('listitem').count()).resolves.toBe(0);
    await context.close();
  });

  it('a node gets a label and a highlight colour for this view, and the link carries them', async () => {
    const { page, context, errors } = await openApp(browser);
    await choose(page, 'zhu-hailun');
    const field = page.getByRole('textbox', { name: 'Label in this view' });
    await field.fill('Deputy party secretary');
    await field.press('Enter');
    await page.getByRole('button', { name: 'Highlight wine' }).click();
    await expect
      .poll(() => viewInUrl(page).curation.styles)
      .toEqual([{ node: 'zhu-hailun', label: 'Deputy party secretary', colour: 'wine' }]);
    const fresh = await openApp(browser, { hash: new URL(page.url()).hash });
    const style = await fresh.page.evaluate(() => window.__explorerCanvas?.() ?? null);
    expect(style?.visibleNodes).toContain('zhu-hailun');
    expect(viewInUrl(fresh.page).curation.styles).toEqual(viewInUrl(page).curation.styles);
    await fresh.page.keyboard.press('Escape');
    for (let i = 0; i < 3; i += 1) await fresh.page.getByRole('button', { name: 'Zoom in' }).click();
    await fresh.page.waitForTimeout(500);
    await screenshot(fresh.page, 'curation-node-style');
    await fresh.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shift-drag selects the nodes inside the box; Ctrl+A selects every node shown', async () => {
    const { page, context } = await openApp(browser);
    const box = await page.locator('.graph-canvas').boundingBox();
    const ids = ['chen-quanguo', 'zhu-hailun'];
    const at = await Promise.all(ids.map((id) => page.evaluate((n) => window.__explorerRendered?.(n) ?? null, id)));
    if (!box || at.some((p) => p === null)) throw new Error('not drawn');
    const points = at.filter((p): p is { x: number; y: number } => p !== null);
    const x1 = Math.min(...points.map((p) => p.x)) - 6;
    const y1 = Math.min(...points.map((p) => p.y)) - 6;
    const x2 = Math.max(...points.map((p) => p.x)) + 6;
    const y2 = Math.max(...points.map((p) => p.y)) + 6;
    const snap = await drawn(page);
    const inside = Object.entries(snap.positions).length;
    expect(inside).toBeGreaterThan(2);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + x1, box.y + y1);
    await page.mouse.down();
    await page.mouse.move(box.x + (x1 + x2) / 2, box.y + (y1 + y2) / 2, { steps: 5 });
    await page.mouse.move(box.x + x2, box.y + y2, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => viewInUrl(page).selectedNodes).toEqual(expect.arrayContaining(ids));
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('Control+a');
    await expect.poll(() => viewInUrl(page).selectedNodes.length).toBe(snap.visibleNodes.length);
    await expect(page.getByRole('heading', { name: `${snap.visibleNodes.length} selected` }).isVisible()).resolves.toBe(
      true,
    );
    await context.close();
  });

  it('a quick click then shift-click on another node selects both and leaves the camera; a double-click centres', async () => {
    const { page, context, errors } = await openApp(browser);
    await settled(page);
    const box = await page.locator('.graph-canvas').boundingBox();
    const [a, b] = await Promise.all(
      ['chen-quanguo', 'zhu-hailun'].map((id) => page.evaluate((n) => window.__explorerRendered?.(n) ?? null, id)),
    );
    if (!box || !a || !b) throw new Error('not drawn');
    const before = (await drawn(page)).camera;
    // Both clicks well inside Cytoscape's double-click time (250 ms), as in a quick selection spree.
    await page.mouse.click(box.x + a.x, box.y + a.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + b.x, box.y + b.y);
    await page.keyboard.up('Shift');
    await expect.poll(() => viewInUrl(page).selectedNodes.sort()).toEqual(['chen-quanguo', 'zhu-hailun']);
    await page.waitForTimeout(600);
    expect((await drawn(page)).camera).toEqual(before);
    // A real double-click on one node glides to it: it ends up in the middle of the canvas.
    await page.mouse.dblclick(box.x + a.x, box.y + a.y);
    await expect
      .poll(async () => {
        const at = await page.evaluate(() => window.__explorerRendered?.('chen-quanguo') ?? null);
        const now = await page.locator('.graph-canvas').boundingBox();
        return at && now ? Math.hypot(at.x - now.width / 2, at.y - now.height / 2) : Infinity;
      })
      .toBeLessThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keys act on a lasso: G groups it, H hides a shift-click selection, the chip shows all, Ctrl+A takes what is shown', async () => {
    const { page, context, errors } = await openApp(browser);
    const box = await page.locator('.graph-canvas').boundingBox();
    const ids = ['chen-quanguo', 'zhu-hailun'];
    const at = await Promise.all(ids.map((id) => page.evaluate((n) => window.__explorerRendered?.(n) ?? null, id)));
    const points = at.filter((p): p is { x: number; y: number } => p !== null);
    if (!box || points.length !== 2) throw new Error('not drawn');
    const [x1, y1] = [Math.min(...points.map((p) => p.x)) - 6, Math.min(...points.map((p) => p.y)) - 6];
    const [x2, y2] = [Math.max(...points.map((p) => p.x)) + 6, Math.max(...points.map((p) => p.y)) + 6];
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + x1, box.y + y1);
    await page.mouse.down();
    await page.mouse.move(box.x + x2, box.y + y2, { steps: 8 });
    await screenshot(page, 'curation-lasso-dragging');
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => viewInUrl(page).selectedNodes).toEqual(expect.arrayContaining(ids));
    const lassoed = viewInUrl(page).selectedNodes;
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('g');
    await expect.poll(() => viewInUrl(page).curation.groups.map((g) => g.members.sort())).toEqual([lassoed.sort()]);

    const all = (await drawn(page)).visibleNodes.length;
    // Three nodes drawn well apart from any other, so that a click lands on them whatever the layout (once the
    // grouped nodes have moved together and the camera is still), and away from the group's box.
    await settled(page);
    const rendered = await page.evaluate(
      (ids) => ids.map((id) => ({ id, at: window.__explorerRendered?.(id) ?? null })),
      (await drawn(page)).visibleNodes,
    );
    const placed = rendered.filter((r): r is { id: string; at: { x: number; y: number } } => r.at !== null);
    const far = placed
      .filter(({ id, at }) => {
        if (lassoed.includes(id) || at.x < 30 || at.y < 30 || at.x > box.width - 30 || at.y > box.height - 30) {
          return false;
        }
        const clear = (o: { id: string; at: { x: number; y: number } }) =>
          o.id === id || Math.hypot(o.at.x - at.x, o.at.y - at.y) > (lassoed.includes(o.id) ? 120 : 36);
        return placed.every(clear);
      })
      .slice(0, 3)
      .map((r) => r.id);
    expect(far).toHaveLength(3);
    await clickNode(page, far[0] ?? '', false);
    for (const id of far.slice(1)) await clickNode(page, id, true);
    await expect.poll(() => viewInUrl(page).selectedNodes.sort()).toEqual([...far].sort());
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('h');
    const chip = page.getByRole('button', { name: '3 hidden · Show all' });
    await expect.poll(() => chip.isVisible()).toBe(true);
    const hidden = await drawn(page);
    for (const id of far) expect(hidden.visibleNodes).not.toContain(id);
    expect(hidden.visibleNodes).toHaveLength(all - 3);
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('Control+a');
    await expect.poll(() => viewInUrl(page).selectedNodes.length).toBe(all - 3);
    expect(viewInUrl(page).selectedNodes).not.toContain(far[0]);
    await chip.click();
    await expect.poll(async () => (await drawn(page)).visibleNodes.length).toBe(all);
    await expect(chip.count()).resolves.toBe(0);
    expect(viewInUrl(page).curation.hidden).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('collapses a group to one node with a count and expands it; a pinned node stays put through a new layout', async () => {
    const { page, context, errors } = await openApp(browser, {
      hash: '#v=1&g=g1~Officials~chen-quanguo!zhu-hailun!wang-mingshan',
    });
    await expect.poll(async () => (await drawn(page)).curation.groups.map((g) => g.label)).toEqual(['Officials']);
    await page.getByRole('button', { name: 'Collapse' }).click();
    await expect.poll(async () => (await drawn(page)).curation.groups.map((g) => g.label)).toEqual(['Officials (3)']);
    const collapsed = await drawn(page);
    for (const id of OFFICIALS) expect(collapsed.visibleNodes).not.toContain(id);
    await page.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(async () => (await drawn(page)).visibleNodes).toEqual(expect.arrayContaining(OFFICIALS));

    await choose(page, 'huo-liujun');
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await expect.poll(() => viewInUrl(page).curation.pinned).toEqual(['huo-liujun']);
    const before = (await drawn(page)).positions['huo-liujun'];
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('bodies');
    await page.waitForSelector('[data-graph-ready="true"]');
    await expect
      .poll(async () => (await drawn(page)).positions['chen-quanguo'])
      .not.toEqual(collapsed.positions['chen-quanguo']);
    const after = (await drawn(page)).positions['huo-liujun'];
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThanOrEqual(1);
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a collapsed group carries its members’ edges: one per outside neighbour and direction, on the canvas and in SVG', async () => {
    const { page, context, errors } = await openApp(browser, {
      hash: '#v=1&g=g1~Officials~chen-quanguo!zhu-hailun!wang-mingshan',
    });
    await expect.poll(async () => (await drawn(page)).curation.groups.length).toBe(1);
    // What the canvas draws before collapsing, folded by hand: each edge of an official to a non-official.
    const before = await drawn(page);
    const folded = new Map<string, number>();
    for (const edge of before.visibleEdges) {
      const [s, t] = [graph.source(edge), graph.target(edge)];
      const [sIn, tIn] = [OFFICIALS.includes(s), OFFICIALS.includes(t)];
      if (sIn === tIn) continue;
      const key = sIn ? `group>${t}` : `${s}>group`;
      folded.set(key, (folded.get(key) ?? 0) + 1);
    }
    expect(folded.size).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Collapse' }).click();
    const ends = (id: string) => (id === 'curation-collapsed:g1' ? 'group' : id);
    const combinedNow = async () =>
      new Map(
        (await drawn(page)).curation.combined.map((c) => [`${ends(c.source)}>${ends(c.target)}`, Number(c.label)]),
      );
    await expect.poll(combinedNow).toEqual(folded);
    const after = await drawn(page);
    for (const c of after.curation.combined) expect(c.edges).toHaveLength(Number(c.label));
    await screenshot(page, 'curation-collapsed-edges');

    await openTopbarMenuIfFolded(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svg = readFileSync(await file.path()).toString('utf8');
    const drawnInSvg = [...svg.matchAll(/<g class="combined-edge"[^]*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) =>
      Number(m[1]),
    );
    expect(drawnInSvg.sort((a, b) => a - b)).toEqual([...folded.values()].sort((a, b) => a - b));
    expect(svg).toContain('Officials (3)');
    await dialog.getByRole('button', { name: 'SVG' }).press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(async () => (await drawn(page)).curation.combined).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('notes on a node, an edge and a point are edited and removed from the list; SVG, PNG, citations and embed carry them', async () => {
    const hash = `#v=1&n=n1~o~chen-quanguo~On_a_node,n2~e~${noted}~On_an_edge,n3~p~0~0~A_free_note&ti=Noted_view`;
    const { page, context, errors } = await openApp(browser, { hash });
    const notesNow = async () => (await drawn(page)).curation.notes.map((n) => n.text).sort();
    await expect.poll(notesNow).toEqual(['A free note', 'On a node', 'On an edge']);
    const list = page.getByRole('list', { name: 'Notes' });
    await expect(list.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringContaining('on Chen Quanguo'),
      expect.stringContaining(`on ${graph.getNodeAttribute(graph.source(noted), 'name')} → Chen Quanguo`),
      expect.stringContaining('free note'),
    ]);

    await list.getByRole('button', { name: 'Edit note: On an edge' }).click();
    await list.getByRole('textbox', { name: 'Note text' }).fill('Edited <b>edge</b> note');
    await list.getByRole('button', { name: 'Save note' }).click();
    await list.getByRole('button', { name: 'Edit note: A free note' }).click();
    await list.getByRole('textbox', { name: 'Note text' }).fill('Edited free note');
    await list.getByRole('button', { name: 'Save note' }).click();
    await list.getByRole('button', { name: 'Remove note: On a node' }).click();
    await expect.poll(notesNow).toEqual(['Edited <b>edge</b> note', 'Edited free note']);
    expect(viewInUrl(page).curation.notes.map((n) => [n.id, n.target.type, n.text])).toEqual([
      ['n2', 'edge', 'Edited <b>edge</b> note'],
      ['n3', 'point', 'Edited free note'],
    ]);
    // An empty edit removes the note; undo brings it back.
    await list.getByRole('button', { name: 'Edit note: Edited free note' }).click();
    await list.getByRole('textbox', { name: 'Note text' }).fill('   ');
    await list.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(notesNow).toEqual(['Edited <b>edge</b> note']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(notesNow).toEqual(['Edited <b>edge</b> note', 'Edited free note']);

    await openTopbarMenuIfFolded(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    const citations = await dialog.locator('[data-share-citations]').inputValue();
    expect(citations).toContain('View: Noted view');
    expect(citations).toContain('- Edited <b>edge</b> note (');
    expect(citations).toContain('- Edited free note (free note)');
    expect(citations).not.toContain('On a node');
    const save = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name }).click()]);
      return readFileSync(await file.path());
    };
    const svg = (await save('SVG')).toString('utf8');
    expect(svg).toContain('Edited &#60;b&#62;edge&#60;/b&#62; note');
    expect(svg).toContain('>Edited free note</tspan>');
    expect(svg).not.toContain('On a node');
    const png = await save('PNG (2×)');
    mkdirSync('test-results/screenshots', { recursive: true });
    writeFileSync('test-results/screenshots/curation-notes-export.png', png);
    const link = viewInUrl(page);
    const embedHash = new URL(page.url()).hash;
    await context.close();

    const embed = await openApp(browser, { hash: embedHash, query: '?embed=1' });
    await expect
      .poll(async () => (await drawn(embed.page)).curation.notes.map((n) => n.text).sort())
      .toEqual(['Edited <b>edge</b> note', 'Edited free note']);
    expect(viewInUrl(embed.page).curation.notes).toEqual(link.curation.notes);
    expect(errors).toEqual([]);
    await embed.context.close();
  });

  it('a link with 20 hidden nodes, 3 groups and 5 notes of 80 characters stays under 2,000; a longer one points to the view file', async () => {
    const ids = graph.nodes();
    const note = (i: number) =>
      `Note ${i}: ${'plain words about who ran what and when they were listed '.repeat(2)}`.slice(0, 80);
    const curated = (notes: number) => ({
      ...defaultViewState(),
      curation: {
        ...defaultViewState().curation,
        hidden: ids.slice(0, 20),
        groups: [0, 1, 2].map((g) => ({
          id: `g${g + 1}`,
          label: `Group ${g + 1}`,
          members: ids.slice(20 + g * 4, 24 + g * 4),
          collapsed: g === 1,
        })),
        notes: Array.from({ length: notes }, (_, i) => ({
          id: `n${i + 1}`,
          text: note(i),
          target: { type: 'node' as const, id: ids[40 + i] ?? '' },
        })),
        title: 'Who ran the security apparatus',
      },
    });
    const linkIn = async (notes: number) => {
      const { page, context } = await openApp(browser, { hash: `#${encodeViewState(curated(notes))}` });
      await openTopbarMenuIfFolded(page);
      await page.getByRole('button', { name: 'Share' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share and export' });
      const link = await dialog.locator('[data-share-link]').inputValue();
      const warning = (await dialog.locator('[data-link-too-long]').count()) > 0;
      const text = warning ? await dialog.locator('[data-link-too-long]').textContent() : '';
      expect(decodeViewState(new URL(link).hash).state.curation.notes).toHaveLength(notes);
      await context.close();
      return { link, warning, text };
    };
    const typical = await linkIn(5);
    expect(typical.link.length).toBeLessThan(2000);
    expect(typical.warning).toBe(false);
    const long = await linkIn(40);
    expect(long.link.length).toBeGreaterThan(2000);
    expect(long.text).toContain('Save the view file below instead');
  });

  it('the embed shows the title, the group and the note', async () => {
    const hash = `#v=1&g=g1~Officials~chen-quanguo!zhu-hailun&n=n1~o~chen-quanguo~Party_secretary&ti=Embedded_view`;
    const { page, context } = await openApp(browser, { hash, query: '?embed=1' });
    await expect(page.locator('[data-view-title]').textContent()).resolves.toBe('Embedded view');
    const snap = await drawn(page);
    expect(snap.curation.groups.map((g) => g.label)).toEqual(['Officials']);
    expect(snap.curation.notes.map((n) => n.text)).toEqual(['Party secretary']);
    expect(await page.getByRole('button', { name: 'Hide', exact: true }).count()).toBe(0);
    await context.close();
  });
});
