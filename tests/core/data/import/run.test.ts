import { describe, expect, it } from 'vitest';
import { importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { serializeDatasetBundle } from '../../../../src/core/data/import/bundle.ts';
import { detectFormat } from '../../../../src/core/data/import/detect.ts';
import type { ImportProgress } from '../../../../src/core/data/import/protocol.ts';
import { ImportError, importStream, nameOfUrl, runImport } from '../../../../src/core/data/import/run.ts';
import { generateFtm } from '../../../../scripts/lib/synthetic.ts';
import { fixture } from '../ftm/helpers.ts';
import { gzip, streamOf, validSmall } from './helpers.ts';

const ftmText = fixture('parties-and-sanctions.ftm.json');
const expected = importFtmText(ftmText, { fileName: 'parties.ftm.json' });

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('detectFormat', () => {
  it('tells our bundle (pretty or on one line) from FtM lines', () => {
    expect(detectFormat('{\n  "info": {')).toBe('bundle');
    expect(detectFormat('{"info": {"id": "x"}, "nodes": [')).toBe('bundle');
    expect(detectFormat('{"info":{"id":"x"},"sources":[],"nodes":[],"roles":[],"actions":[],"measures":[]}\n')).toBe('bundle');
    expect(detectFormat('{"id":"a","schema":"Person","properties":{}}\n{"id":')).toBe('ftm');
    expect(detectFormat('\uFEFF  {"schema":"Person","id":"a"}\n')).toBe('ftm');
    expect(detectFormat('id,name\n')).toBe('ftm');
  });
});

describe('importStream', () => {
  it('imports FtM lines from a byte stream like the text importer', async () => {
    const outcome = await importStream(streamOf(ftmText, 100), { name: 'parties.ftm.json' });
    expect(outcome.format).toBe('ftm');
    expect(outcome.dataset).toEqual(expected.dataset);
    expect(outcome.report).toEqual(expected.report);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const outcome = await importStream(streamOf(ftmText, 3), { name: 'parties.ftm.json' });
    expect(outcome.dataset.nodes.find((n) => n.id === 'chen-quanguo')?.chineseName).toBe('陈全国');
  });

  it('reads a gzip-compressed file', async () => {
    const outcome = await importStream(streamOf(await gzip(ftmText), 64), { name: 'parties.ftm.json' });
    expect(outcome.dataset).toEqual(expected.dataset);
  });

  it('opens our own bundle format', async () => {
    const dataset = validSmall();
    const outcome = await importStream(streamOf(serializeDatasetBundle(dataset), 500), { name: 'small.json' });
    expect(outcome.format).toBe('bundle');
    expect(outcome.dataset).toEqual(dataset);
    expect(outcome.report.entitiesKept).toBe(dataset.nodes.length + dataset.roles.length + dataset.measures.length + dataset.actions.length + dataset.links.length);
  });

  it("counts a bundle's lines in its load report, with or without a last newline, and opens one after a byte-order mark", async () => {
    const text = serializeDatasetBundle(validSmall());
    const lines = text.split('\n').length - 1;
    const withNewline = await importStream(streamOf(text, 500), { name: 'a.json' });
    const without = await importStream(streamOf(`\uFEFF${text.trimEnd()}`, 500), { name: 'b.json' });
    expect([withNewline.report.linesRead, without.report.linesRead]).toEqual([lines, lines]);
    expect(without.dataset).toEqual(withNewline.dataset);
  });

  it('refuses one FtM entity written over several lines, which looks like a bundle', async () => {
    const entity = JSON.stringify({ id: 'x1', schema: 'Person', properties: { name: ['A B'] } }, null, 2);
    const error = await failure(importStream(streamOf(entity), { name: 'one.json' }));
    expect(error.code).toBe('notFtm');
    expect(error.message).toMatch(/one FollowTheMoney entity written over several lines/);
  });

  it('rejects an invalid bundle with every problem', async () => {
    const dataset = validSmall();
    const broken = { ...dataset, measures: dataset.measures.map((m, i) => (i === 0 ? { ...m, body: 'nobody' } : m)) };
    const error = await failure(importStream(streamOf(serializeDatasetBundle(broken)), { name: 'broken.json' }));
    expect(error.code).toBe('invalidBundle');
    expect(error.problems?.some((p) => p.includes('nobody'))).toBe(true);
    expect(error.message).toMatch(/^This dataset file has \d+ problems?: /);
  });

  it('rejects a PNG image with the not-FtM message', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const error = await failure(importStream(streamOf(png), { name: 'picture.png' }));
    expect([error.code, error.message]).toEqual(['notFtm', 'This file is not FollowTheMoney JSON lines: it looks like a PNG image.']);
  });

  it('reports progress at most once per interval, with bytes read against the total', async () => {
    const text = ftmText.repeat(20);
    const bytes = new TextEncoder().encode(text).length;
    let clock = 0;
    const seen: ImportProgress[] = [];
    await importStream(streamOf(text, 50), {
      name: 'p.ftm.json', totalBytes: bytes, onProgress: (p) => seen.push(p), progressIntervalMs: 50,
      now: () => (clock += 10),
    });
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThan(3);
    // The clock advances 10 per reading; each chunk reads it once and each report once more: a report per 3 chunks or fewer.
    expect(reading.length).toBeLessThanOrEqual(Math.ceil(bytes / 50 / 3) + 1);
    const lines = seen.map((p) => p.linesRead);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ phase: 'linking', linesRead: 21 * 20, entitiesKept: 21, linked: 0, bytesRead: bytes, totalBytes: bytes });
  });

  it('keeps reporting while it links references at the end', async () => {
    const text = generateFtm({ seed: 4, entities: 5000 }).map((e) => JSON.stringify(e)).join('\n');
    const linking: number[] = [];
    await importStream(streamOf(text, 4096), {
      name: 's.ftm.json', progressIntervalMs: 0,
      onProgress: (p) => { if (p.phase === 'linking') linking.push(p.linked); },
    });
    expect(linking.length).toBeGreaterThan(2);
    expect(linking).toEqual([...linking].sort((a, b) => a - b));
    expect(linking.at(-1)).toBeLessThanOrEqual(5000);
  });

  it('stops when cancelled, with code "cancelled", and cancels the stream', async () => {
    const controller = new AbortController();
    let cancelledSource = false;
    const text = ftmText.repeat(50);
    const inner = streamOf(text, 64).getReader();
    const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
      async pull(c) {
        const next = await inner.read();
        if (next.done) c.close();
        else c.enqueue(next.value);
      },
      cancel() {
        cancelledSource = true;
      },
    });
    let progressCalls = 0;
    const error = await failure(importStream(source, {
      name: 'x', signal: controller.signal, progressIntervalMs: 0,
      onProgress: () => {
        progressCalls++;
        if (progressCalls === 3) controller.abort();
      },
    }));
    expect(error.code).toBe('cancelled');
    expect(progressCalls).toBe(3);
    expect(cancelledSource).toBe(true);
  });
});

describe('runImport', () => {
  it('imports a Blob, its size as the total', async () => {
    const seen: ImportProgress[] = [];
    const blob = new Blob([ftmText]);
    const outcome = await runImport({ kind: 'blob', blob, name: 'parties.ftm.json' }, { onProgress: (p) => seen.push(p) });
    expect(outcome.dataset).toEqual(expected.dataset);
    expect(seen.at(-1)).toMatchObject({ bytesRead: blob.size, totalBytes: blob.size });
  });

  it('fetches a URL and names the source after the file', async () => {
    const fakeFetch = (async (url: string | URL | Request) => {
      expect(String(url)).toBe('http://127.0.0.1:5173/data/parties.ftm.json');
      return new Response(ftmText, { status: 200, headers: { 'content-length': String(new TextEncoder().encode(ftmText).length) } });
    }) as typeof fetch;
    const outcome = await runImport({ kind: 'url', url: 'http://127.0.0.1:5173/data/parties.ftm.json' }, { fetch: fakeFetch });
    expect(outcome.dataset.sources[0]).toMatchObject({ title: 'Imported from parties.ftm.json', url: 'http://127.0.0.1:5173/data/parties.ftm.json' });
    expect(outcome.dataset.measures).toEqual(expected.dataset.measures);
  });

  it('says what went wrong when a URL cannot be fetched', async () => {
    const notFound = (async () => new Response('nope', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    const e1 = await failure(runImport({ kind: 'url', url: 'http://x.test/a.json' }, { fetch: notFound }));
    expect([e1.code, e1.message]).toEqual(['fetch', 'Could not fetch http://x.test/a.json: the server answered 404 Not Found.']);
    const offline = (async () => { throw new TypeError('fetch failed'); }) as typeof fetch;
    const e2 = await failure(runImport({ kind: 'url', url: 'http://x.test/a.json' }, { fetch: offline }));
    expect(e2.code).toBe('fetch');
    expect(e2.message).toContain('CORS');
  });

  it('names a URL by its last path segment', () => {
    expect(nameOfUrl('https://data.opensanctions.org/datasets/latest/cn_sanctions/entities.ftm.json')).toBe('entities.ftm.json');
    expect(nameOfUrl('https://example.org/')).toBe('example.org');
  });
});
