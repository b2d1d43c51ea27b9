// Drives one benchmarked page (the app or the bare reference) in a fresh browser context and reads its
// figures: load and layout from the page's performance marks, then pan and zoom frame times, and on the
// app select, filter, as-of and search latencies, then the JS heap. In-page code is scripts/lib/bench/inpage.js.
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
    if (target.kind === 'app') {
      await step('select', () => measureSelect(page, target.probe, options.interactions, metrics, samples));
      await step('filter', () => measureFilter(page, target.probe, options.interactions, metrics, samples));
      await step('asOf', () => measureAsOf(page, target.probe, options.interactions, metrics, samples));
      await step('search', () => measureSearch(page, target.probe, options.interactions, metrics, samples));
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

/** Fits the graph, wheels in on a node until it is drawn at least at zoom 1, clicks it: to the panel's frame. */
async function measureSelect(page: Page, probe: DatasetProbe, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const latencies: number[] = [];
  for (let i = 0; i < interactions; i++) {
    const id = probe.selectIds[i % Math.max(1, probe.selectIds.length)];
    if (!id) throw new Error('no node to click');
    await page.getByTitle('Fit the graph to the screen').click();
    await sleep(600);
    const box = await page.locator(CONTAINER.app).boundingBox();
    if (!box) throw new Error('no canvas');
    const at = async () => {
      const p = await run<{ x: number; y: number } | null>(page, `window.__explorerRendered(${js(id)})`);
      if (!p) throw new Error(`node ${id} is not drawn`);
      return { x: box.x + p.x, y: box.y + p.y };
    };
    for (let notch = 0; notch < 16; notch++) {
      const zoom = await run<number>(page, 'window.__explorerCanvas().camera.zoom');
      if (zoom >= 1) break;
      const p = await at();
      await page.mouse.move(p.x, p.y);
      await page.mouse.wheel(0, -400);
      await sleep(60);
    }
    await sleep(400);
    const p = await at();
    await run(page, `window.__bench.arm('mouseup', ${js(CONTAINER.app)})`);
    await page.mouse.click(p.x, p.y);
    // Any node's panel counts: where nodes overlap, the click may land on a neighbour drawn on top.
    const ms = await run<number | null>(page, `window.__bench.latency({ selector: '[data-panel-node]', timeoutMs: ${ACTION_TIMEOUT_MS} })`);
    if (ms === null) throw new Error(`clicking node ${id} showed no node panel`);
    latencies.push(ms);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-panel-node]', { state: 'detached', timeout: ACTION_TIMEOUT_MS });
    await sleep(300);
  }
  samples.select = latencies;
  metrics.selectMs = median(latencies);
}

/** Unticks and re-ticks one filter checkbox: each change to the frame after the canvas drew it. */
async function measureFilter(page: Page, probe: DatasetProbe, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  await page.getByRole('tab', { name: 'Filters' }).click();
  const checkbox = `input[data-filter="${probe.filter}"]`;
  await page.waitForSelector(checkbox, { timeout: ACTION_TIMEOUT_MS });
  const latencies: number[] = [];
  for (let i = 0; i < 2 * Math.ceil(interactions / 2); i++) {
    await sleep(300);
    await run(page, `window.__bench.arm('click', ${js(checkbox)})`);
    await page.click(checkbox);
    const ms = await run<number | null>(page, `window.__bench.latency({ mark: 'app:visible-drawn', timeoutMs: ${ACTION_TIMEOUT_MS} })`);
    if (ms === null) throw new Error('the canvas did not redraw after a filter change');
    latencies.push(ms);
  }
  await page.getByRole('tab', { name: 'Details' }).click();
  samples.filter = latencies;
  metrics.filterMs = median(latencies);
}

/** Sets the "as of" date to the middle of the data and clears it again: each change to the canvas's frame. */
async function measureAsOf(page: Page, probe: DatasetProbe, interactions: number, metrics: MetricValues, samples: Record<string, number[]>) {
  const field = '.time-bar input[type="date"]';
  await page.waitForSelector(field, { timeout: ACTION_TIMEOUT_MS });
  const latencies: number[] = [];
  for (let i = 0; i < 2 * Math.ceil(interactions / 2); i++) {
    await sleep(300);
    await run(page, `window.__bench.arm('input', ${js(field)})`);
    await page.fill(field, i % 2 === 0 ? probe.asOf : '');
    const ms = await run<number | null>(page, `window.__bench.latency({ mark: 'app:visible-drawn', timeoutMs: ${ACTION_TIMEOUT_MS} })`);
    if (ms === null) throw new Error('the canvas did not redraw after a date change');
    latencies.push(ms);
  }
  samples.asOf = latencies;
  metrics.asOfMs = median(latencies);
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
