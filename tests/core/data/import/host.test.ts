import { describe, expect, it } from 'vitest';
import { importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { startImport, toImportSource, type ImportWorkerLike } from '../../../../src/core/data/import/client.ts';
import { createImportHost } from '../../../../src/core/data/import/host.ts';
import {
  DatasetAssembler, datasetParts, type ImportRequest, type ImportResponse,
} from '../../../../src/core/data/import/protocol.ts';
import { ImportError } from '../../../../src/core/data/import/run.ts';
import { fixture } from '../ftm/helpers.ts';
import { loadBundledDataset } from '../../../../src/core/data/bundled.ts';
import { serializeDatasetBundle } from '../../../../src/core/data/import/bundle.ts';

const ftmText = fixture('parties-and-sanctions.ftm.json');
const expected = importFtmText(ftmText, { fileName: 'parties.ftm.json' });

/** A stand-in for the Web Worker: runs the host in this thread, delivering messages asynchronously. */
function fakeWorker(): ImportWorkerLike & { terminated: boolean; sent: ImportRequest[] } {
  const listeners: ((event: MessageEvent<ImportResponse>) => void)[] = [];
  const host = createImportHost((response) => {
    queueMicrotask(() => { for (const l of listeners) l(new MessageEvent('message', { data: response })); });
  }, { progressIntervalMs: 0 });
  const worker = {
    terminated: false,
    sent: [] as ImportRequest[],
    postMessage(message: ImportRequest) {
      worker.sent.push(message);
      void host.handle(message);
    },
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<ImportResponse>) => void);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('the import host (the worker\'s logic)', () => {
  it('posts progress, the dataset in parts, then done; the parts rebuild the dataset', async () => {
    const posted: ImportResponse[] = [];
    const host = createImportHost((r) => posted.push(r), { progressIntervalMs: 0 });
    await host.handle({ type: 'start', source: { kind: 'blob', blob: new Blob([ftmText]), name: 'parties.ftm.json' } });
    expect(posted.some((r) => r.type === 'progress')).toBe(true);
    const last = posted.at(-1);
    if (last?.type !== 'done') throw new Error('expected done last');
    const assembler = new DatasetAssembler();
    for (const r of posted) if (r.type === 'part') assembler.add(r.part);
    expect(assembler.finish(last).dataset).toEqual(expected.dataset);
  });

  it('a bundle keeps its identity judgements on the way from the worker (two records of one body stay one node)', async () => {
    const { dataset } = loadBundledDataset();
    if (!dataset?.identities?.length) throw new Error('the bundled data has no identity judgements');
    const posted: ImportResponse[] = [];
    const blob = new Blob([serializeDatasetBundle(dataset)]);
    await createImportHost((r) => posted.push(r)).handle({ type: 'start', source: { kind: 'blob', blob, name: 'a.dataset.json' } });
    const last = posted.at(-1);
    if (last?.type !== 'done') throw new Error('expected done last');
    const assembler = new DatasetAssembler();
    for (const r of posted) if (r.type === 'part') assembler.add(r.part);
    expect(assembler.finish(last).dataset.identities).toEqual(dataset.identities);
  });

  it('posts an error with the not-FtM message for a file that is not FtM', async () => {
    const posted: ImportResponse[] = [];
    await createImportHost((r) => posted.push(r)).handle({ type: 'start', source: { kind: 'blob', blob: new Blob([fixture('not-ftm.csv')]), name: 'a.csv' } });
    expect(posted.at(-1)).toEqual({ type: 'error', error: { code: 'notFtm', message: 'This file is not FollowTheMoney JSON lines: it looks like a CSV table (first line: "id,name,country").' } });
  });

  it('stops on a "cancel" message and says so', async () => {
    const posted: ImportResponse[] = [];
    const host = createImportHost((r) => {
      posted.push(r);
      if (r.type === 'progress' && posted.length === 2) void host.handle({ type: 'cancel' });
    }, { progressIntervalMs: 0 });
    await host.handle({ type: 'start', source: { kind: 'blob', blob: new Blob([ftmText.repeat(200)]), name: 'big.ftm.json' } });
    expect(posted.at(-1)).toEqual({ type: 'error', error: { code: 'cancelled', message: 'The import was cancelled.' } });
    expect(posted.some((r) => r.type === 'part' || r.type === 'done')).toBe(false);
  });

  it('splits large datasets into parts of bounded size', () => {
    const parts = [...datasetParts(expected.dataset, 4)];
    expect(parts.every((p) => Object.values(p).every((list: unknown[]) => list.length <= 4))).toBe(true);
    const assembler = new DatasetAssembler();
    for (const p of parts) assembler.add(p);
    const { dataset } = assembler.finish({ type: 'done', format: 'ftm', info: expected.dataset.info, sources: expected.dataset.sources, report: expected.report });
    expect(dataset).toEqual(expected.dataset);
  });
});

describe('startImport (the page\'s client)', () => {
  it('resolves with the dataset and report, forwards progress and ends the worker', async () => {
    const worker = fakeWorker();
    const progress: number[] = [];
    const handle = startImport(new File([ftmText], 'parties.ftm.json'), (p) => progress.push(p.linesRead), { createWorker: () => worker });
    const outcome = await handle.promise;
    expect(outcome.dataset).toEqual(expected.dataset);
    expect(outcome.report).toEqual(expected.report);
    expect(progress.at(-1)).toBe(21);
    expect(worker.terminated).toBe(true);
  });

  it('cancels: the promise rejects with code "cancelled" and the worker is told and ended', async () => {
    const worker = fakeWorker();
    const handle = startImport(new Blob([ftmText.repeat(100)]), () => undefined, { createWorker: () => worker });
    handle.cancel();
    await expect(handle.promise).rejects.toMatchObject({ code: 'cancelled' });
    await expect(handle.promise).rejects.toBeInstanceOf(ImportError);
    expect(worker.sent.map((m) => m.type)).toEqual(['start', 'cancel']);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker\'s error', async () => {
    const handle = startImport(new File(['<html><body>x</body></html>'], 'page.html'), () => undefined, { createWorker: fakeWorker });
    await expect(handle.promise).rejects.toMatchObject({ code: 'notFtm', message: 'This file is not FollowTheMoney JSON lines: it looks like an HTML page.' });
  });

  it('sends URLs absolute, resolved against the page', () => {
    expect(toImportSource('data/list.ftm.json', 'http://127.0.0.1:4173/app/index.html')).toEqual({ kind: 'url', url: 'http://127.0.0.1:4173/app/data/list.ftm.json' });
    const file = new File(['x'], 'mine.ftm.json');
    expect(toImportSource(file)).toEqual({ kind: 'blob', blob: file, name: 'mine.ftm.json' });
  });
});
