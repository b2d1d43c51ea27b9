// The benchmark's output: the table (app, bare, app / bare for every figure and size), the issue's targets
// checked against the figures, and the markdown file. Pure functions of the results.
import { METRICS, type MetricId, type MetricSpec } from './metrics.ts';
import type { BenchResults, SizeResult } from './run.ts';

const LONG_TASK_METRICS: readonly MetricId[] = ['layoutLongestTaskMs', 'longestTaskAfterFirstFrameMs'];

/** A figure as the table shows it: "—" for none, "< 50" for no long task, whole ms from 10 up. */
export function formatValue(spec: MetricSpec, value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '—';
  if (LONG_TASK_METRICS.includes(spec.id) && value === 0) return '< 50';
  if (spec.unit === 'MB') return value.toFixed(1);
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1);
}

export function formatRatio(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : `${value.toFixed(2)}×`;
}

/** One markdown table for one size: a row per figure with app, bare and app / bare. */
export function sizeTable(size: SizeResult): string {
  const lines = [
    `| ${size.nodes.toLocaleString('en')} nodes, ${size.edges.toLocaleString('en')} edges | app | bare | app / bare |`,
    '| --- | ---: | ---: | ---: |',
  ];
  for (const spec of METRICS) {
    const app = size.app?.medians[spec.id];
    const bare = spec.appOnly ? undefined : size.bare?.medians[spec.id];
    const unit = spec.unit === 'MB' ? 'MB' : 'ms';
    lines.push(
      `| ${spec.label} (${unit}) | ${formatValue(spec, app)} | ${spec.appOnly ? 'n/a' : formatValue(spec, bare)} | ${spec.appOnly ? '' : formatRatio(size.ratios[spec.id])} |`,
    );
  }
  return lines.join('\n');
}

const LAYOUT_METRICS: readonly MetricId[] = ['firstFrameMs', 'layoutMs', 'layoutLongestTaskMs', 'longestTaskAfterFirstFrameMs'];

/**
 * The app's default layout beside the other layouts measured in the same run (--compare-layouts): load and
 * layout figures, each with its ratio to the bare page. Empty when no other layout was measured at this size.
 */
export function layoutsTable(size: SizeResult): string {
  const others = size.layouts ?? [];
  if (others.length === 0) return '';
  const columns = [{ name: 'default', medians: size.app?.medians ?? {}, ratios: size.ratios }, ...others.map((o) => ({ name: o.layout, medians: o.app.medians, ratios: o.ratios }))];
  const lines = [
    `| ${size.nodes.toLocaleString('en')} nodes: layouts side by side | ${columns.map((c) => `app, ${c.name} | / bare`).join(' | ')} | bare |`,
    `| --- | ${columns.map(() => '---: | ---:').join(' | ')} | ---: |`,
  ];
  for (const id of LAYOUT_METRICS) {
    const spec = METRICS.find((m) => m.id === id);
    if (!spec) continue;
    const cells = columns.map((c) => `${formatValue(spec, c.medians[id])} | ${formatRatio(c.ratios[id])}`);
    lines.push(`| ${spec.label} (ms) | ${cells.join(' | ')} | ${formatValue(spec, size.bare?.medians[id])} |`);
  }
  return lines.join('\n');
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean | null;
  /** How far off when missed, in words. */
  note: string;
}

function bySize(results: BenchResults, nodes: number): SizeResult | undefined {
  return results.sizes.find((s) => s.nodes === nodes);
}

/** The issue's targets, each met, missed (by how much) or not measured. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const limit = (target: string, value: number | null | undefined, max: number, unit: string, shown?: string): TargetCheck => {
    if (value == null || !Number.isFinite(value)) return { target, value: '—', met: null, note: 'not measured' };
    const met = value <= max;
    const text = shown ?? `${unit === '×' ? value.toFixed(2) : Math.round(value)} ${unit}`;
    return { target, value: text, met, note: met ? 'met' : `missed by ${unit === '×' ? (value - max).toFixed(2) : Math.round(value - max)} ${unit}` };
  };
  const s1 = bySize(results, 1000);
  checks.push(limit('1,000 nodes: first frame within 1.5× of the bare page', s1?.ratios.firstFrameMs, 1.5, '×'));
  checks.push(limit('1,000 nodes: layout settled within 2 s', s1?.app?.medians.layoutMs, 2000, 'ms'));
  const s100 = bySize(results, 100);
  checks.push(limit('100 nodes: laid out within 300 ms', s100?.app?.medians.layoutMs, 300, 'ms'));
  const s5 = bySize(results, 5000);
  checks.push(limit('5,000 nodes: first frame no worse than on 2 Dec (1.55× the bare page)', s5?.ratios.firstFrameMs, 1.55, '×'));
  checks.push(limit('5,000 nodes: first frame within 1.2× of the bare page', s5?.ratios.firstFrameMs, 1.2, '×'));
  checks.push(limit('5,000 nodes: no main-thread task over 200 ms while laying out', s5?.app?.medians.layoutLongestTaskMs, 200, 'ms'));
  checks.push(limit('5,000 nodes: filter change under 100 ms', s5?.app?.medians.filterMs, 100, 'ms'));
  checks.push(limit('5,000 nodes: as-of change under 100 ms', s5?.app?.medians.asOfMs, 100, 'ms'));
  const s20 = bySize(results, 20000);
  checks.push(limit('20,000 nodes: first frame no worse than on 2 Dec (1.29× the bare page)', s20?.ratios.firstFrameMs, 1.29, '×'));
  checks.push(limit('20,000 nodes: no main-thread task over 500 ms after the first frame', s20?.app?.medians.longestTaskAfterFirstFrameMs, 500, 'ms'));
  const usable = s20?.app ? [s20.app.medians.selectMs, s20.app.medians.searchKeystrokeMs].every((v) => v != null) : null;
  checks.push({
    target: '20,000 nodes: opens and stays usable (search, select, panel)',
    value: usable === null ? '—' : usable ? 'search and select measured' : 'search or select failed',
    met: usable,
    note: usable === null ? 'not measured' : usable ? 'met' : 'missed',
  });
  checks.push(limit('20,000 nodes: search under 16 ms per keystroke (median)', s20?.app?.medians.searchKeystrokeMs, 16, 'ms'));
  const kb = results.initialJs.gzipBytes / 1000;
  checks.push(limit('Initial JavaScript under 250 kB gzipped', kb, 250, 'kB', `${kb.toFixed(1)} kB`));
  return checks;
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**missed**');
  return ['| target | figure | result |', '| --- | ---: | --- |', ...checks.map((c) => `| ${c.target} | ${c.value} | ${c.met === false ? `${mark(c.met)} (${c.note})` : mark(c.met)} |`)].join('\n');
}

export function machineLines(results: BenchResults): string {
  const m = results.machine;
  return [
    `- Date: ${results.date.slice(0, 16).replace('T', ' ')} UTC, commit ${results.commit ?? 'unknown'}`,
    `- Machine: ${m.nproc} cores (nproc), ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}`,
    `- Browser: Chromium ${m.chromium}, headless; WebGL renderer: ${m.webglRenderer || 'unknown'}; 2D canvas: ${m.canvas2d}`,
    `- Run: ${results.options.repeats} page load(s) per page and size (figures are medians), ${results.options.frames} frames each for pan and zoom, ${results.options.interactions} select/filter/date changes per load, seed ${results.options.seed}, viewport 1280×800`,
    `- Initial JavaScript: ${(results.initialJs.gzipBytes / 1000).toFixed(1)} kB gzipped (${(results.initialJs.bytes / 1000).toFixed(0)} kB minified), ${results.initialJs.files.map((f) => `${f.file} ${(f.gzipBytes / 1000).toFixed(1)} kB`).join(', ')}`,
  ].join('\n');
}

/** Problems seen during the run (first of each per page and size), so a failed step is never silent. */
export function problemLines(results: BenchResults): string[] {
  const out: string[] = [];
  for (const s of results.sizes) {
    for (const [kind, summary] of [['app', s.app], ['bare', s.bare]] as const) {
      const seen = new Set<string>();
      for (const run of summary?.runs ?? []) for (const e of run.errors) seen.add(e);
      for (const e of seen) out.push(`- ${s.nodes} nodes, ${kind}: ${e}`);
    }
  }
  return out;
}

/** bench-results/latest.md. */
export function toMarkdown(results: BenchResults): string {
  const problems = problemLines(results);
  return [
    '# Benchmark: latest run',
    '',
    'Written by `npm run bench`; how each figure is measured: docs/benchmarks.md.',
    '',
    machineLines(results),
    '',
    ...results.sizes.flatMap((s) => [sizeTable(s), '', ...(layoutsTable(s) ? [layoutsTable(s), ''] : [])]),
    '## Targets',
    '',
    targetsTable(checkTargets(results)),
    '',
    ...(problems.length ? ['## Problems during the run', '', ...problems, ''] : []),
  ].join('\n');
}
