// The app's import worker, made here rather than in core: core holds the import logic and stays free of the
// page's files; the bundler finds the worker from this `new Worker(new URL(...))`.
import type { ImportWorkerLike } from '../core/data/import/client.ts';

export function createImportWorker(): ImportWorkerLike {
  return new Worker(new URL('../workers/importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
}
