// The benchmark run: builds and serves the app and the bare page, writes the datasets, then for each size
// loads each page `repeats` times (alternating which goes first) and keeps the median of every figure.
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../chromium.ts';
import { writeDatasets, type BenchDataset } from './datasets.ts';
import { machineInfo, type MachineInfo } from './machine.ts';
import { METRICS, type MetricValues } from './metrics.ts';
import type { BenchOptions } from './options.ts';
import { measurePage, type PageKind, type PageRun } from './page.ts';
import { buildBenchSite, initialJs, serveBenchSite, type InitialJs } from './site.ts';
import { medianOrNull } from './stats.ts';

export interface PageSummary {
  /** Median over the page loads of each figure (null when no load produced it). */
  medians: MetricValues;
  runs: PageRun[];
}

export interface SizeResult {
  size: number;
  nodes: number;
  edges: number;
  bytes: number;
  app: PageSummary | null;
  bare: PageSummary | null;
  /** app / bare for every figure both pages have. */
  ratios: MetricValues;
  /** The app with other layouts (options.compareLayouts), measured in the same run, alternating with the rest. */
  layouts?: { layout: string; app: PageSummary; ratios: MetricValues }[];
}

export interface BenchResults {
  version: 1;
  date: string;
  commit: string | null;
  machine: MachineInfo;
  options: BenchOptions;
  initialJs: InitialJs;
  sizes: SizeResult[];
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    return head || null;
  } catch {
    return null;
  }
}

/** Median of each figure over the runs. */
export function summarise(runs: readonly PageRun[]): PageSummary {
  const medians: MetricValues = {};
  for (const m of METRICS) {
    const values = runs.map((r) => r.metrics[m.id]).filter((v): v is number | null => v !== undefined);
    if (values.length > 0) medians[m.id] = medianOrNull(values);
  }
  return { medians, runs: [...runs] };
}

/** app / bare for each figure the bare page has; null when either is missing or the bare figure is 0. */
export function ratios(app: MetricValues, bare: MetricValues): MetricValues {
  const out: MetricValues = {};
  for (const m of METRICS) {
    if (m.appOnly) continue;
    const a = app[m.id];
    const b = bare[m.id];
    out[m.id] = a == null || b == null || b === 0 ? null : a / b;
  }
  return out;
}

export async function runBench(options: BenchOptions, log: (line: string) => void = console.log): Promise<BenchResults> {
  log('building the app and the bare reference page…');
  const { outDir, dataDir } = await buildBenchSite();
  const js = initialJs(outDir);
  log(`initial JavaScript: ${(js.gzipBytes / 1000).toFixed(1)} kB gzipped (${js.files.map((f) => f.file).join(', ')})`);
  log(`generating datasets of ${options.sizes.join(', ')} nodes (seed ${options.seed})…`);
  const datasets: BenchDataset[] = writeDatasets(dataDir, options.sizes, options.seed);
  const site = await serveBenchSite(outDir);
  const browser = await launchChromium();
  let renderer = '';
  const sizes: SizeResult[] = [];
  try {
    for (const ds of datasets) {
      const dataUrl = `${site.url}bench-data/${ds.file}`;
      const urls: Record<PageKind, string> = {
        app: `${site.url}?data=${encodeURIComponent(dataUrl)}`,
        bare: `${site.url}bench/bare.html?data=${encodeURIComponent(dataUrl)}&hidden=${encodeURIComponent(`${site.url}bench-data/${ds.hiddenFile}`)}`,
      };
      const runs: Record<PageKind, PageRun[]> = { app: [], bare: [] };
      // Each compared layout is the app page opened with the layout in its link.
      const compared = ds.nodes <= options.compareMaxNodes && options.pages.includes('app') ? options.compareLayouts : [];
      const layoutRuns = new Map<string, PageRun[]>(compared.map((l) => [l, []]));
      for (let r = 0; r < options.repeats; r++) {
        const pages: string[] = ['bare', 'app', ...compared.map((l) => `app:${l}`)];
        const order = r % 2 === 0 ? pages : [...pages].reverse();
        for (const page of order) {
          const [kindText, layout] = page.split(':');
          const kind: PageKind = kindText === 'bare' ? 'bare' : 'app';
          if (!options.pages.includes(kind)) continue;
          const url = layout ? `${urls.app}#v=1&l=${layout}` : urls[kind];
          const started = Date.now();
          const run = await measurePage(
            browser,
            { kind, url, nodes: ds.nodes, probe: ds.probe },
            { frames: options.frames, interactions: options.interactions, loadTimeoutMs: options.loadTimeoutMs, viewport: { width: 1280, height: 800 } },
          );
          if (layout) layoutRuns.get(layout)?.push(run);
          else runs[kind].push(run);
          if (run.renderer) renderer = run.renderer;
          const ff = run.metrics.firstFrameMs;
          log(
            `  ${ds.nodes} nodes, ${page}, load ${r + 1}/${options.repeats}: first frame ${ff == null ? '—' : `${Math.round(ff)} ms`}` +
              ` (${((Date.now() - started) / 1000).toFixed(0)} s)${run.errors.length ? `; ${run.errors.join('; ')}` : ''}`,
          );
        }
      }
      const app = runs.app.length ? summarise(runs.app) : null;
      const bare = runs.bare.length ? summarise(runs.bare) : null;
      sizes.push({
        size: ds.size,
        nodes: ds.nodes,
        edges: ds.edges,
        bytes: ds.bytes,
        app,
        bare,
        ratios: app && bare ? ratios(app.medians, bare.medians) : {},
        layouts: [...layoutRuns].map(([layout, pageRuns]) => {
          const summary = summarise(pageRuns);
          return { layout, app: summary, ratios: bare ? ratios(summary.medians, bare.medians) : {} };
        }),
      });
    }
    return {
      version: 1,
      date: new Date().toISOString(),
      commit: gitCommit(),
      machine: machineInfo(browser.version(), renderer),
      options,
      initialJs: js,
      sizes,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
