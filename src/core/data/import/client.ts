// The page's side of an import: starts an import worker (made by the caller: core does not know the page's
// files), forwards progress, rebuilds the dataset from the worker's parts, and cancels. A thin layer over the
// Worker API; the logic is in host.ts and run.ts.
import {
  DatasetAssembler, ImportError, type ImportOutcome, type ImportProgress, type ImportRequest, type ImportRequestOptions,
  type ImportResponse, type ImportSource,
} from './protocol.ts';

/** The part of the Worker API the client uses (a fake in tests). */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface StartImportOptions extends ImportRequestOptions {
  /** Makes the worker: the app's import worker (src/state/importWorker.ts), a fake in tests. */
  createWorker: () => ImportWorkerLike;
  /** Base for relative URLs (defaults to the page's address when there is one). */
  baseUrl?: string;
}

export interface ImportHandle {
  /** Resolves with the dataset and its load report; rejects with an ImportError (code "cancelled" on cancel). */
  promise: Promise<ImportOutcome>;
  /** Stops the import: the promise rejects at once with code "cancelled" and the worker is ended. */
  cancel(): void;
}

/** What to send the worker for a File, a Blob or a URL (made absolute: the worker resolves URLs against its own). */
export function toImportSource(source: File | Blob | URL | string, baseUrl?: string): ImportSource {
  if (typeof source === 'string' || source instanceof URL) {
    const base = baseUrl ?? (typeof location === 'undefined' ? undefined : location.href);
    return { kind: 'url', url: new URL(source, base).href };
  }
  const name = 'name' in source && typeof source.name === 'string' && source.name !== '' ? source.name : 'data';
  return { kind: 'blob', blob: source, name };
}

/**
 * Imports a File, Blob or URL in a Web Worker. `onProgress` receives lines read, entities kept and bytes
 * read at most every ~50 ms. The worker is ended when the import finishes, fails or is cancelled.
 */
export function startImport(
  source: File | Blob | URL | string,
  onProgress: (progress: ImportProgress) => void,
  options: StartImportOptions,
): ImportHandle {
  const { createWorker, baseUrl, ...requestOptions } = options;
  let settle: { resolve: (o: ImportOutcome) => void; reject: (e: ImportError) => void } | null = null;
  const promise = new Promise<ImportOutcome>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let finished = false;
  let worker: ImportWorkerLike | null = null;
  const end = (result: { outcome: ImportOutcome } | { error: ImportError }) => {
    if (finished) return;
    finished = true;
    worker?.terminate();
    if ('outcome' in result) settle?.resolve(result.outcome);
    else settle?.reject(result.error);
  };

  try {
    const request: ImportRequest = { type: 'start', source: toImportSource(source, baseUrl), options: requestOptions };
    worker = createWorker();
    const assembler = new DatasetAssembler();
    worker.addEventListener('message', (event) => {
      const message = event.data;
      if (finished) return;
      switch (message.type) {
        case 'progress': onProgress(message.progress); break;
        case 'part': assembler.add(message.part); break;
        case 'done': end({ outcome: assembler.finish(message) }); break;
        case 'error': end({ error: new ImportError(message.error.code, message.error.message, message.error.problems) }); break;
      }
    });
    worker.addEventListener('error', (event) => {
      end({ error: new ImportError('read', `The import stopped unexpectedly: ${event.message || 'worker error'}`) });
    });
    worker.postMessage(request);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    end({ error: new ImportError('read', `The import could not start: ${why}`) });
  }

  return {
    promise,
    cancel() {
      if (finished) return;
      worker?.postMessage({ type: 'cancel' });
      end({ error: new ImportError('cancelled', 'The import was cancelled.') });
    },
  };
}
