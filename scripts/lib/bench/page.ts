// Drives one benchmarked page (the app or the bare reference) in a fresh browser context and reads its
// figures: load and layout from the page's performance marks, then pan and zoom frame times, select, filter
// and as-of latencies (the bare page through its own buttons and marks), on the app search latency, then the
// JS heap. In-page code is scripts/lib/bench/inpage.js.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { DatasetProbe } from './datasets.ts';
import type { MetricValues } from './metrics.ts';
import { median, percentile } from './stats.ts';

export type PageKind = 'app' | 'bare';

export interface PageTarget {
  kind: PageKind;
  url: string;
  /** Node count of the dataset: the app's marks carry it, so a mark of another graph is never taken. */
  nodes: number;
  probe: DatasetProbe;
}

export interface DriveOptions {
  /** Animation frames recorded for each of pan and zoom. */
  frames: number;
  /** How many times each latency is measured on one page (each filter and date change counts once). */
  interactions: number;
  /** Longest wait for the first frame or the end of the layout. */
  loadTimeoutMs: number;
  viewport: { width: number; height: number };
}

export interface PageRun {
  metrics: MetricValues;
  /** Raw samples behind the figures (frame intervals, latencies), for the JSON file. */
  samples: Record<string, number[]>;
  renderer: string | null;
  errors: string[];
}

const INPAGE = readFileSync(new URL('./inpage.js', import.meta.url), 'utf8');
const ACTION_TIMEOUT_MS = 20_000;
const SEARCH_INPUT = '.search input[role="combobox"]';

/** Evaluates an expression in the page (text, so that nothing of Node's tooling leaks into the page). */
async function run<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

/**
 * Like run, but gives up after timeoutMs on the Node side: a page busy in one long task (a synchronous
 * layout) cannot fire its own timers, so an in-page timeout alone would wait for the task to end.
 */
async function runWithin<T>(page: Page, expression: string, timeoutMs: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs + 1000);
  });
  try {
    return await Promise.race([run<T>(page, expression), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const js = (value: unknown) => JSON.stringify(value);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function markName(kind: PageKind, what: 'first-frame' | 'layout-start' | 'layout-end'): string {
  return `${kind}:${what}`;
}

/** Loads the page and measures everything it supports. Failures of one step are recorded, not thrown. */
export async function measurePage(browser: Browser, target: PageTarget, options: DriveOptions): Promise<PageRun> {
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1, colorScheme: 'light' });
  await context.addInitScript({ content: INPAGE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && errors.length < 20) errors.push(`console: ${m.text()}`);
  });
  const metrics: MetricValues = {};
  const samples: Record<string, number[]> = {};
  let renderer: string | null = null;
  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };
  const nodesFilter = target.kind === 'app' ? target.nodes : null;
  try {
    await page.goto(target.url, { waitUntil: 'load', timeout: options.loadTimeoutMs });
    const firstFrame = await runWithin<number>(
      page,
      `window.__bench.waitMark(${js(markName(target.kind, 'first-frame'))}, ${js(nodesFilter)}, ${options.loadTimeoutMs})`,
      options.loadTimeoutMs,
    );
    if (firstFrame === null) throw new Error(`no first frame within ${options.loadTimeoutMs} ms`);
    metrics.firstFrameMs = firstFrame;
    const layoutEnd = await runWithin<number>(
      page,
      `window.__bench.waitMark(${js(markName(target.kind, 'layout-end'))}, ${js(nodesFilter)}, ${options.loadTimeoutMs})`,
      options.loadTimeoutMs,
    );
    const layoutStart = await run<number | null>(page, `window.__bench.mark(${js(markName(target.kind, 'layout-start'))}, ${js(nodesFilter)})`);
    if (layoutStart !== null && layoutEnd !== null) {
      metrics.layoutMs = layoutEnd - layoutStart;
      metrics.layoutLongestTaskMs = await run<number>(page, `window.__bench.longestTask(${layoutStart}, ${layoutEnd})`);
    } else {
      errors.push(`layout: no ${layoutEnd === null ? 'end' : 'start'} mark within ${options.loadTimeoutMs} ms`);
    }
    if (target.kind === 'app') await page.waitForSelector('[data-graph-ready="true"]', { timeout: ACTION_TIMEOUT_MS });
    renderer = await run<string>(page, 'window.__bench.renderer()');
    await sleep(500);

    await step('pan', () => measurePan(page, target.kind, options.frames, metrics, samples));
    await sleep(400);
    await step('zoom', () => measureZoom(page, target.kind, options.frames, metrics, samples));
    await sleep(400);
    await step('select', () => measureSelect(page, target.kind, target.probe, options.interactions, metrics, samples));
    if (target.kind === 'app') {
      await step('filter', () => measureFilter(page, target.probe, options.interactions, metrics, samples));
      await step('asOf', () => measureAsOf(page, target.probe, options.interactions, metrics, samples));
      await step('search', () => measureSearch(page, target.probe, options.interactions, metrics, samples));
    } else {
      await step('filter', () => measureBareToggle(page, 'filter', options.interactions, metrics, samples));
      await step('asOf', () => measureBareToggle(page, 'asOf', options.interactions, metrics, samples));
    }
    await step('heap', async () => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      metrics.heapMB = usedSize / (1024 * 1024);
      await cdp.detach();
    });
    const now = await run<number>(page, 'window.__bench.now()');
    metrics.longestTaskAfterFirstFrameMs = await run<number>(page, `window.__bench.longestTask(${firstFrame}, ${now})`);
  } catch (error) {
    errors.push(`load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
  return { metrics, samples, renderer, errors };
}

const CONTAINER: Record<PageKind, string> = { app: '.graph-canvas', bare: '#cy' };

/** Node positions in container pixels, as an in-page expression. */
function renderedPositionsExpression(kind: PageKind): string {
  return kind === 'app'
    ? '((s) => (s ? s.visibleNodes.map((id) => window.__explorerRendered(id)).filter(Boolean) : []))(window.__explorerCanvas && window.__explorerCanvas())'
    : 'window.__bareCy.nodes().map((n) => n.renderedPosition())';
}

/** The camera as an in-page expression: zoom and pan. */
function cameraExpression(kind: PageKind): string {
  return kind === 'app'
    ? '((s) => s && { zoom: s.camera.zoom, x: s.camera.pan.x, y: s.camera.pan.y })(window.__explorerCanvas && window.__explorerCanvas())'
    : '({ zoom: window.__bareCy.zoom(), x: window.__bareCy.pan().x, y: window.__bareCy.pan().y })';
}

interface CameraNow {
  zoom: number;
  x: number;
  y: number;
}

/** Throws unless the driven input moved the camera (so that the frames measured really drew something). */
async function expectCameraMoved(page: Page, kind: PageKind, drive: () => Promise<void>, what: string): Promise<void> {
  const before = await run<CameraNow | null>(page, cameraExpression(kind));
  await drive();
  const after = await run<CameraNow | null>(page, cameraExpression(kind));
  const moved = before && after && (Math.abs(after.zoom - before.zoom) > 1e-3 || Math.hypot(after.x - before.x, after.y - before.y) > 2);
  if (!moved) throw new Error(`${what} did not move the camera`);
}

interface Background {
  x: number;
  y: number;
  centreX: number;
  centreY: number;
}

async function recordFrames(page: Page, frames: number, drive: (i: number) => Promise<void>): Promise<number[]> {
  await run(page, 'window.__bench.startFrames()');
  const deadline = Date.now() + 60_000 + frames * 100;
  for (let i = 0; ; i++) {
    await drive(i);
    if (i % 4 === 3 && ((await run<number>(page, 'window.__bench.frameCount()')) >= frames || Date.now() > deadline)) break;
  }
  return (await run<number[]>(page, 'window.__bench.stopFrames()')).slice(0, frames);
}

/** Drags the background in a loop (a Lissajous path) and records frame intervals. */
async function measurePan(page: Page, kind: PageKind, frames: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const bg = await run<Background | null>(
    page,
    `window.__bench.backgroundPoint(${js(CONTAINER[kind])}, ${renderedPositionsExpression(kind)}, 30)`,
  );
  if (!bg) throw new Error('no empty background to drag');
  const sx = Math.sign(bg.centreX - bg.x) || 1;
  const sy = Math.sign(bg.centreY - bg.y) || 1;
  const amplitude = 160;
  await page.mouse.move(bg.x, bg.y);
  await page.mouse.down();
  let deltas: number[] = [];
  await expectCameraMoved(page, kind, async () => {
    deltas = await recordFrames(page, frames, async (i) => {
      // Stops a little off the start point (t = 1 rad), so that the camera check sees a move.
      const t = i * 0.12 + 1;
      await page.mouse.move(bg.x + sx * amplitude * (1 - Math.cos(t)), bg.y + (sy * amplitude * (1 - Math.cos(2 * t))) / 2);
    });
  }, 'dragging the background');
  await page.mouse.up();
  samples.panFrames = deltas;
  metrics.panFrameMedianMs = median(deltas);
  metrics.panFrameP95Ms = percentile(deltas, 95);
}

/** Wheels in and out (8 notches each way) over the middle of the canvas and records frame intervals. */
async function measureZoom(page: Page, kind: PageKind, frames: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const box = await page.locator(CONTAINER[kind]).boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let deltas: number[] = [];
  await expectCameraMoved(page, kind, async () => {
    // Ends after three notches in, so that the camera check sees a change.
    deltas = await recordFrames(page, frames, async (i) => {
      await page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -100 : 100);
    });
    await page.mouse.wheel(0, -100);
    await sleep(100);
  }, 'the mouse wheel');
  samples.zoomFrames = deltas;
  metrics.zoomFrameMedianMs = median(deltas);
  metrics.zoomFrameP95Ms = percentile(deltas, 95);
}

/** A point in page pixels. */
interface PagePoint {
  x: number;
  y: number;
}

/** Margin (pixels) a node must keep from the canvas's edges to count as in view for clicking and wheeling. */
const IN_VIEW_MARGIN = 60;

/** Where the node is drawn, in page pixels, or null when it is not drawn. */
async function nodePoint(page: Page, kind: PageKind, id: string, box: { x: number; y: number }): Promise<PagePoint | null> {
  const p = await run<PagePoint | null>(
    page,
    kind === 'app'
      ? `window.__explorerRendered(${js(id)})`
      : `((n) => (n.empty() ? null : n.renderedPosition()))(window.__bareCy.getElementById(${js(id)}))`,
  );
  return p ? { x: box.x + p.x, y: box.y + p.y } : null;
}

/**
 * Drags the background until the node is well inside the canvas and nothing covers it, as a user would pan
 * to it: the fitted graph can be larger than the canvas (at 20,000 nodes the fit stops at the minimum zoom,
 * so many nodes are off screen) and notices or the legend can cover part of it. The bare page is centred on
 * the node instead (its grid leaves no background). Returns the node's point.
 */
async function bringIntoView(page: Page, kind: PageKind, id: string): Promise<PagePoint> {
  const box = await page.locator(CONTAINER[kind]).boundingBox();
  if (!box) throw new Error('no canvas');
  for (let drag = 0; drag < 8; drag++) {
    const p = await nodePoint(page, kind, id, box);
    if (!p) throw new Error(`node ${id} is not drawn`);
    const inside =
      p.x >= box.x + IN_VIEW_MARGIN && p.x <= box.x + box.width - IN_VIEW_MARGIN &&
      p.y >= box.y + IN_VIEW_MARGIN && p.y <= box.y + box.height - IN_VIEW_MARGIN;
    if (inside && (await run<boolean>(page, `window.__bench.hits(${js(CONTAINER[kind])}, ${p.x}, ${p.y})`))) return p;
    if (kind === 'bare') {
      await run(page, `void window.__bareCy.center(window.__bareCy.getElementById(${js(id)}))`);
      await run(page, 'window.__bench.afterNextFrame()');
      continue;
    }
    const bg = await run<Background | null>(
      page,
      `window.__bench.backgroundPoint(${js(CONTAINER.app)}, ${renderedPositionsExpression('app')}, 30)`,
    );
    if (!bg) throw new Error('no empty background to drag');
    // Move the node towards the middle, as far as one drag inside the canvas allows.
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    const to = {
      x: clamp(bg.x + (bg.centreX - p.x), box.x + 10, box.x + box.width - 10),
      y: clamp(bg.y + (bg.centreY - p.y), box.y + 10, box.y + box.height - 10),
    };
    await expectCameraMoved(page, 'app', async () => {
      await page.mouse.move(bg.x, bg.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    }, `dragging the background towards node ${id}`);
    await sleep(400);
  }
  throw new Error(`node ${id} could not be brought into view`);
}

/** The canvas's zoom (the app's reads the canvas snapshot: some 100 ms at 20,000 nodes, outside any measurement). */
const zoomNow = (page: Page, kind: PageKind) =>
  run<number>(page, kind === 'app' ? 'window.__explorerCanvas().camera.zoom' : 'window.__bareCy.zoom()');

/**
 * Fits the graph, brings a node into view, wheels in on it until it is drawn at least at zoom 1, clicks
 * it: from the mouseup to the frame after a node panel is in the document (app), or to the mark
 * bare:selected-drawn, a frame after Cytoscape drew the selection (bare).
 */
async function measureSelect(page: Page, kind: PageKind, probe: DatasetProbe, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const latencies: number[] = [];
  for (let i = 0; i < interactions; i++) {
    const id = probe.selectIds[i % Math.max(1, probe.selectIds.length)];
    if (!id) throw new Error('no node to click');
    // The bare page has no fit button. (void: Playwright would serialise the returned Core, for a minute.)
    if (kind === 'app') await page.getByTitle('Fit the graph to the screen').click();
    else await run(page, 'void window.__bareCy.fit()');
    await sleep(600);
    let p = await bringIntoView(page, kind, id);
    // A notch zooms by about 1.12: from the minimum zoom (0.05) to 1 takes some 27 notches.
    for (let notch = 0; notch < 40; notch++) {
      const zoom = await zoomNow(page, kind);
      if (zoom >= 1) break;
      await page.mouse.move(p.x, p.y);
      await page.mouse.wheel(0, -400);
      await sleep(60);
      if ((await zoomNow(page, kind)) <= zoom) throw new Error(`the mouse wheel over node ${id} did not zoom in`);
      // The wheel zooms about the pointer, but the node may still drift (or a notch may overshoot the edge).
      p = await bringIntoView(page, kind, id);
    }
    await sleep(400);
    p = await bringIntoView(page, kind, id);
    if ((await zoomNow(page, kind)) < 1) throw new Error(`the mouse wheel did not bring node ${id} to zoom 1`);
    // Point at the node first and let its hover highlight be drawn: the figure is the click, not the pointing.
    await page.mouse.move(p.x, p.y);
    await run(page, 'window.__bench.afterNextFrame()');
    await sleep(300);
    await run(page, `window.__bench.arm('mouseup', ${js(CONTAINER[kind])})`);
    await page.mouse.down();
    await page.mouse.up();
    // Any node counts: where nodes overlap, the click may land on a neighbour drawn on top.
    const until = kind === 'app' ? "selector: '[data-panel-node]'" : "mark: 'bare:selected-drawn'";
    const ms = await run<number | null>(page, `window.__bench.latency({ ${until}, timeoutMs: ${ACTION_TIMEOUT_MS} })`);
    if (ms === null) throw new Error(`clicking node ${id} ${kind === 'app' ? 'showed no node panel' : 'selected no node'}`);
    latencies.push(ms);
    if (kind === 'app') {
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-panel-node]', { state: 'detached', timeout: ACTION_TIMEOUT_MS });
    } else {
      await run(page, 'void window.__bareCy.elements().unselect()');
      await run(page, 'window.__bench.afterNextFrame()');
    }
    await sleep(300);
  }
  samples.select = latencies;
  metrics.selectMs = median(latencies);
}

/**
 * Makes a change 2 × ceil(interactions / 2) times (so that the page ends as it began, each change undoing
 * the one before), each timed from the armed event on `target` to the first mark `mark` after it.
 */
async function changeLatencies(
  page: Page,
  interactions: number,
  change: { event: string; target: string; mark: string; what: string; act(i: number): Promise<void> },
): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < 2 * Math.ceil(interactions / 2); i++) {
    await sleep(300);
    await run(page, `window.__bench.arm(${js(change.event)}, ${js(change.target)})`);
    await change.act(i);
    const ms = await run<number | null>(page, `window.__bench.latency({ mark: ${js(change.mark)}, timeoutMs: ${ACTION_TIMEOUT_MS} })`);
    if (ms === null) throw new Error(`the canvas did not redraw after ${change.what}`);
    latencies.push(ms);
  }
  return latencies;
}

/** Unticks and re-ticks one filter checkbox: each change to the frame after the canvas drew it. */
async function measureFilter(page: Page, probe: DatasetProbe, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  await page.getByRole('tab', { name: 'Filters' }).click();
  const checkbox = `input[data-filter="${probe.filter}"]`;
  await page.waitForSelector(checkbox, { timeout: ACTION_TIMEOUT_MS });
  const latencies = await changeLatencies(page, interactions, {
    event: 'click', target: checkbox, mark: 'app:visible-drawn', what: 'a filter change', act: () => page.click(checkbox),
  });
  await page.getByRole('tab', { name: 'Details' }).click();
  samples.filter = latencies;
  metrics.filterMs = median(latencies);
}

/** Sets the "as of" date to the middle of the data and clears it again: each change to the canvas's frame. */
async function measureAsOf(page: Page, probe: DatasetProbe, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const field = '.time-bar input[type="date"]';
  await page.waitForSelector(field, { timeout: ACTION_TIMEOUT_MS });
  const latencies = await changeLatencies(page, interactions, {
    event: 'input', target: field, mark: 'app:visible-drawn', what: 'a date change',
    act: (i) => page.fill(field, i % 2 === 0 ? probe.asOf : ''),
  });
  samples.asOf = latencies;
  metrics.asOfMs = median(latencies);
}

const BARE_TOGGLES = {
  filter: { button: '#toggle-filter', metric: 'filterMs' },
  asOf: { button: '#toggle-date', metric: 'asOfMs' },
} as const;

/**
 * Bare page: clicks its button for the filter or the date, which hides the ids the app hides for it, then
 * shows them again (each a sample): from the click to the mark bare:visible-drawn, as the app's figure.
 */
async function measureBareToggle(page: Page, what: keyof typeof BARE_TOGGLES, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const { button, metric } = BARE_TOGGLES[what];
  // Enabled once the page has fetched the ids.
  await page.waitForSelector(`${button}:enabled`, { timeout: ACTION_TIMEOUT_MS });
  const latencies = await changeLatencies(page, interactions, {
    event: 'click', target: button, mark: 'bare:visible-drawn', what: button, act: () => page.click(button),
  });
  samples[what] = latencies;
  metrics[metric] = median(latencies);
}

/** Types a name one key at a time: each key from keydown to the frame showing its results. */
async function measureSearch(page: Page, probe: DatasetProbe, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const latencies: number[] = [];
  const passes = Math.max(1, Math.ceil(interactions / 2));
  for (let pass = 0; pass < passes; pass++) {
    await page.click(SEARCH_INPUT);
    for (const ch of probe.searchText) {
      await run(page, `window.__bench.arm('keydown', ${js(SEARCH_INPUT)}, 'input')`);
      await page.keyboard.type(ch);
      const ms = await run<number | null>(
        page,
        `window.__bench.latency({ selector: '.search-results, .search-empty', timeoutMs: ${ACTION_TIMEOUT_MS} })`,
      );
      if (ms === null) throw new Error('no search results shown');
      latencies.push(ms);
      await sleep(50);
    }
    await page.keyboard.press('Escape');
    await sleep(200);
  }
  samples.search = latencies;
  metrics.searchKeystrokeMs = median(latencies);
  metrics.searchKeystrokeP95Ms = percentile(latencies, 95);
}
