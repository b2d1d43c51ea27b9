// Size limits hold while the data streams in: a server that streams FtM lines forever, a gzip bomb and a
// file of too many entities each stop at the limit with what was read shown, and the line limit is the same
// whatever the chunking.
import { describe, expect, it } from 'vitest';
import { importStream } from '../../../src/core/data/import/run.ts';
import { importFtmText } from '../../../src/core/data/ftm/importer.ts';
import { MAX_LINE_CHARS } from '../../../src/core/data/ftm/stream.ts';
import { DEFAULT_LIMITS, MB, resolveLimits } from '../../../src/core/settings/limits.ts';
import { gzip, streamOf } from '../data/import/helpers.ts';

function person(i: number): string {
  return JSON.stringify({ id: `p${i}`, schema: 'Person', properties: { name: [`Person ${i}`] } });
}

/** A stream of FtM Person lines that never ends (until read is cancelled); counts what it delivered. */
function endless(): { stream: ReadableStream<Uint8Array<ArrayBuffer>>; delivered: () => number } {
  let i = 0;
  let bytes = 0;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      const lines: string[] = [];
      for (let n = 0; n < 200; n++) lines.push(person(i++));
      const chunk = encoder.encode(`${lines.join('\n')}\n`);
      bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, delivered: () => bytes };
}

describe('import limits', () => {
  it('default to 200 MB and are resolved within bounds', () => {
    expect(DEFAULT_LIMITS.maxBytes).toBe(200 * MB);
    expect(resolveLimits({ maxBytes: -1 }).maxBytes).toBe(200 * MB);
    expect(resolveLimits({ maxBytes: Number.NaN }).maxBytes).toBe(200 * MB);
    expect(resolveLimits({ maxBytes: 500 * MB }).maxBytes).toBe(500 * MB);
  });

  it('stop an endless FtM stream at the byte limit and show what was read', async () => {
    const source = endless();
    const outcome = await importStream(source.stream, { name: 'endless.ftm.json', maxBytes: 2 * MB });
    expect(outcome.report.stoppedEarly).toMatch(/^Stopped reading at 2 MB, the limit for one file/);
    expect(source.delivered()).toBeLessThan(3 * MB);
    expect(outcome.dataset.nodes.length).toBeGreaterThan(10_000);
    // The line cut by the stop is dropped, not reported as broken.
    expect(outcome.report.skipped).toEqual([]);
  });

  it('stop at the entity limit', async () => {
    const outcome = await importStream(endless().stream, { name: 'endless.ftm.json', maxEntities: 5_000 });
    expect(outcome.report.stoppedEarly).toMatch(/5,000 entities/);
    expect(outcome.dataset.nodes.length).toBeGreaterThanOrEqual(5_000);
    expect(outcome.dataset.nodes.length).toBeLessThan(5_400);
  });

  it('count bytes after decompression, so a small gzip file cannot expand without bound', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 40_000; i++) lines.push(person(i));
    const packed = await gzip(`${lines.join('\n')}\n`);
    expect(packed.byteLength).toBeLessThan(MB);
    const outcome = await importStream(streamOf(packed, 64 * 1024), { name: 'bomb.ftm.json.gz', maxBytes: MB });
    expect(outcome.report.stoppedEarly).toMatch(/^Stopped reading at 1 MB/);
    expect(outcome.dataset.nodes.length).toBeLessThan(40_000);
  });

  it('refuse a bundle over the limit by name, instead of reading half a JSON file', async () => {
    const big = JSON.stringify({ format: 'sanctions-graph-explorer/dataset@1', pad: 'x'.repeat(2 * MB) });
    await expect(importStream(streamOf(big, 256 * 1024), { name: 'big.json', maxBytes: MB })).rejects.toThrow(
      /larger than 1 MB, the limit for one file/,
    );
  });
});

describe('the line limit', () => {
  const long = `{"id":"long","schema":"Person","properties":{"name":["${'x'.repeat(MAX_LINE_CHARS + 10)}"]}}`;
  const text = `${person(1)}\n${long}\n${person(2)}\n`;

  it('is the same whether the long line comes in one chunk or many', async () => {
    const whole = importFtmText(text, { fileName: 'a.ftm.json' });
    const chunked = await importStream(streamOf(text, 64 * 1024), { name: 'a.ftm.json' });
    for (const report of [whole.report, chunked.report]) {
      expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([[2, 'lineTooLong']]);
    }
    expect(whole.dataset.nodes.map((n) => n.id)).toEqual(chunked.dataset.nodes.map((n) => n.id));
    expect(whole.dataset.nodes).toHaveLength(2);
  });

  it('skips a long first line and reads the rest, instead of refusing the whole file', () => {
    const { dataset, report } = importFtmText(`${long}\n${person(1)}\n`, { fileName: 'b.ftm.json' });
    expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([[1, 'lineTooLong']]);
    expect(dataset.nodes).toHaveLength(1);
  });
});
