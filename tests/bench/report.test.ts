import { describe, expect, it } from 'vitest';
import { METRICS } from '../../scripts/lib/bench/metrics.ts';
import { DEFAULT_OPTIONS, parseBenchArgs } from '../../scripts/lib/bench/options.ts';
import { checkTargets, formatValue, layoutsTable, sizeTable } from '../../scripts/lib/bench/report.ts';
import { ratios, type BenchResults, type SizeResult } from '../../scripts/lib/bench/run.ts';
import { median, percentile } from '../../scripts/lib/bench/stats.ts';

describe('bench statistics', () => {
  it('takes medians and nearest-rank percentiles, ignoring non-numbers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(Number.isNaN(median([]))).toBe(true);
    const frames = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(frames, 95)).toBe(95);
    expect(percentile([16.7, 16.7, 50], 95)).toBe(50);
  });
});

describe('bench options', () => {
  it('reads sizes, frames and --quick, and refuses unknown options', () => {
    expect(parseBenchArgs(['--sizes', '100,5000', '--frames', '30'])).toMatchObject({ sizes: [100, 5000], frames: 30, repeats: DEFAULT_OPTIONS.repeats });
    expect(parseBenchArgs(['--quick']).repeats).toBe(1);
    expect(() => parseBenchArgs(['--sizes', '10,x'])).toThrow(/positive whole number/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option/);
  });
});

function size(nodes: number, app: Record<string, number | null>, bare: Record<string, number | null>): SizeResult {
  return {
    size: nodes, nodes, edges: nodes * 2, bytes: 0,
    app: { medians: app, runs: [] }, bare: { medians: bare, runs: [] }, ratios: ratios(app, bare),
  };
}

describe('bench report', () => {
  const results: BenchResults = {
    version: 1,
    date: '2026-01-01T00:00:00.000Z',
    commit: null,
    machine: { nproc: 2, cpuModel: 'test', memoryGiB: 1, os: 'test', node: 'v20', chromium: '1.0', webglRenderer: 'none', canvas2d: 'software' },
    options: DEFAULT_OPTIONS,
    initialJs: { files: [], bytes: 0, gzipBytes: 300_000 },
    sizes: [
      size(5000, { firstFrameMs: 2400, layoutLongestTaskMs: 0, filterMs: 120, asOfMs: 80, searchKeystrokeMs: 12 }, { firstFrameMs: 2000, filterMs: 60 }),
      size(20000, { longestTaskAfterFirstFrameMs: 450, selectMs: 90, searchKeystrokeMs: 20 }, {}),
    ],
  };

  it('gives app / bare ratios only for figures both pages have', () => {
    const [five] = results.sizes;
    expect(five?.ratios.firstFrameMs).toBeCloseTo(1.2);
    expect(five?.ratios.filterMs).toBeCloseTo(2);
    expect(five?.ratios.asOfMs).toBeNull();
    expect(five?.ratios.searchKeystrokeMs).toBeUndefined();
  });

  it('checks each target: met, missed by how much, or not measured', () => {
    const checks = checkTargets(results);
    const byName = (text: string) => checks.find((c) => c.target.includes(text));
    expect(byName('first frame within 1.2')?.met).toBe(true);
    expect(byName('while laying out')?.met).toBe(true);
    expect(byName('filter change')).toMatchObject({ met: false, note: 'missed by 20 ms' });
    expect(byName('as-of change')?.met).toBe(true);
    expect(byName('after the first frame')?.met).toBe(true);
    expect(byName('search under 16')).toMatchObject({ met: false, note: 'missed by 4 ms' });
    expect(byName('Initial JavaScript')).toMatchObject({ met: false, value: '300.0 kB' });
    expect(byName('1,000 nodes: layout settled')?.met).toBeNull();
    expect(byName('5,000 nodes: first frame no worse')?.met).toBe(true);
  });

  it('sets the default layout beside the compared ones, each with its ratio to the bare page', () => {
    const one = size(1000, { firstFrameMs: 3000, layoutMs: 1500 }, { firstFrameMs: 2000, layoutMs: 500 });
    const fcose = { firstFrameMs: 6000, layoutMs: 9000 };
    one.layouts = [{ layout: 'fcose', app: { medians: fcose, runs: [] }, ratios: ratios(fcose, one.bare?.medians ?? {}) }];
    const table = layoutsTable(one);
    expect(table).toContain('| Load to first drawn frame (ms) | 3000 | 1.50× | 6000 | 3.00× | 2000 |');
    expect(table).toContain('| Layout time (ms) | 1500 | 3.00× | 9000 | 18.00× | 500 |');
    expect(layoutsTable(size(100, {}, {}))).toBe('');
    expect(checkTargets({ ...results, sizes: [one] }).find((c) => c.target.includes('layout settled'))).toMatchObject({ met: true });
  });

  it('tabulates every figure, with "< 50" for no long task and "—" for none', () => {
    const table = sizeTable(results.sizes[0] as SizeResult);
    for (const m of METRICS) expect(table).toContain(m.label);
    expect(table).toContain('| Filter change (to canvas frame) (ms) | 120 | 60 | 2.00× |');
    expect(table).toContain('| Search, per keystroke, median (ms) | 12 | n/a |  |');
    const longTask = METRICS.find((m) => m.id === 'layoutLongestTaskMs');
    if (!longTask) throw new Error('missing metric');
    expect(formatValue(longTask, 0)).toBe('< 50');
    expect(formatValue(longTask, null)).toBe('—');
  });
});
