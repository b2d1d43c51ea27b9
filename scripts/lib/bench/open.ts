// One run of `npm run bench:open`: a fresh page of the app, left to settle after drawing its bundled data, then
// the file chosen in the Open data button's file input. In the page: when the file was chosen (the input's
// `change` event), when the summary and its rankings were first on screen (the start of the second animation
// frame after each is in the document, i.e. once the frame showing it was handed over), and every long task
// (the Long Tasks API: 50 ms or more) from the choice until `settleMs` after the rankings. In-page code:
// openInPage.js (plain JavaScript: the script runner's helpers do not exist in the page).
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from 'playwright-core';

const INPAGE = readFileSync(new URL('./openInPage.js', import.meta.url), 'utf8');

export interface OpenRun {
  /** Choosing the file to the summary on screen, ms. */
  summaryMs: number;
  /** Choosing the file to the summary's rankings on screen, ms. */
  rankingsMs: number;
  /** The node count the summary states. */
  nodes: number | null;
  /** Long tasks while opening: start (ms after the choice) and duration. */
  tasks: { at: number; duration: number }[];
  /**
   * The page's main-thread tasks of 50 ms or more of CPU time from a trace (Chromium's RunTask events, `tdur`),
   * over the same span: on a shared machine a long task's wall time includes the time other processes had
   * the core, its CPU time does not. Null if the trace had no thread times.
   */
  cpuTasks: number[] | null;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => {
    for (const e of event.value) events.push(e as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** CPU milliseconds of the renderer main thread's tasks of 50 ms or more, or null without thread times. */
export function mainThreadCpuTasks(events: readonly TraceEvent[]): number[] | null {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`));
  if (tasks.length === 0 || tasks.every((e) => e.tdur === undefined)) return null;
  return tasks.map((e) => (e.tdur ?? 0) / 1000).filter((ms) => ms >= 50);
}

interface InPage {
  chosen: number | null;
  summary: number | null;
  rankings: number | null;
  heading: string | null;
  tasks: { start: number; duration: number }[];
}

export async function openRun(browser: Browser, url: string, file: string, settleMs: number): Promise<OpenRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 120_000 });
    await page.evaluate(INPAGE);
    await page.evaluate('window.__benchOpen.settle(1500, 60000)');
    await page.evaluate('window.__benchOpen.watch()');
    const endTrace = await startTrace(await context.newCDPSession(page));
    await page.locator('[data-open-data-input]').setInputFiles(file);
    // Polled from here: the app's content security policy forbids the page-side polling of waitForFunction.
    for (const started = Date.now(); !(await page.evaluate('window.__benchOpen.state.rankings !== null')); ) {
      if (Date.now() - started > 180_000) throw new Error('the summary did not show its rankings within 180 s');
      await page.waitForTimeout(200);
    }
    await page.waitForTimeout(settleMs);
    const cpuTasks = mainThreadCpuTasks(await endTrace());
    const state = (await page.evaluate('window.__benchOpen.state')) as InPage;
    const { chosen, summary, rankings } = state;
    if (chosen === null || summary === null || rankings === null) throw new Error('the open was not seen');
    const end = rankings + settleMs;
    return {
      summaryMs: summary - chosen,
      rankingsMs: rankings - chosen,
      nodes: Number((/^[\d,]+/.exec(state.heading ?? '')?.[0] ?? '').replace(/,/g, '')) || null,
      tasks: state.tasks
        .filter((t) => t.start + t.duration > chosen && t.start < end)
        .map((t) => ({ at: t.start - chosen, duration: t.duration })),
      cpuTasks,
    };
  } finally {
    await context.close();
  }
}
