// Smoke test of `npm run bench`: the whole harness (build, serve, datasets, app and bare page in Chromium)
// on 100 nodes with a few frames. It checks that every figure comes out as a finite number, never how fast.
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../scripts/lib/bench/metrics.ts';
import { DEFAULT_OPTIONS } from '../../scripts/lib/bench/options.ts';
import { checkTargets, sizeTable, toMarkdown } from '../../scripts/lib/bench/report.ts';
import { runBench } from '../../scripts/lib/bench/run.ts';

describe('benchmark harness (smoke)', () => {
  it('measures every figure on 100 nodes, for the app and the bare page, and tabulates them', { timeout: 300_000 }, async () => {
    const results = await runBench(
      { ...DEFAULT_OPTIONS, sizes: [100], frames: 20, repeats: 1, interactions: 2, outDir: null, loadTimeoutMs: 60_000 },
      () => {},
    );
    expect(results.sizes).toHaveLength(1);
    const [size] = results.sizes;
    if (!size?.app || !size.bare) throw new Error('both pages should have been measured');
    expect(size.nodes).toBe(100);
    expect(size.edges).toBeGreaterThan(150);
    expect([...size.app.runs, ...size.bare.runs].flatMap((r) => r.errors)).toEqual([]);
    for (const metric of METRICS) {
      expect(Number.isFinite(size.app.medians[metric.id]), `app ${metric.id}`).toBe(true);
      if (!metric.appOnly) {
        expect(Number.isFinite(size.bare.medians[metric.id]), `bare ${metric.id}`).toBe(true);
        // Frame times and first frames are never 0 on either page, so their ratios exist.
        if (!metric.id.includes('Task')) expect(Number.isFinite(size.ratios[metric.id]), `ratio ${metric.id}`).toBe(true);
      }
    }
    expect(size.app.runs[0]?.samples.panFrames?.length).toBe(20);
    expect(size.app.runs[0]?.samples.search?.length).toBeGreaterThan(2);
    // The bare page's select, filter and date: one sample per change, as on the app.
    for (const what of ['select', 'filter', 'asOf']) expect(size.bare.runs[0]?.samples[what]?.length, `bare ${what}`).toBe(2);
    const table = sizeTable(size);
    for (const metric of METRICS) expect(table).toContain(metric.label);
    expect(results.machine.chromium).toMatch(/^\d+\./);
    expect(results.machine.webglRenderer).not.toBe('');
    expect(results.initialJs.gzipBytes).toBeGreaterThan(0);
    expect(checkTargets(results).length).toBeGreaterThan(5);
    expect(toMarkdown(results)).toContain('| target |');
  });
});
