// The import worker's logic, apart from the worker global so that Node tests can drive it: takes "start"
// and "cancel" requests, runs one import at a time, and posts progress, the dataset in parts, then done or error.
import { datasetParts, type ImportRequest, type ImportResponse } from './protocol.ts';
import { cancelledError, errorInfo, runImport, toImportError, type RunImportOptions } from './run.ts';

export interface ImportHost {
  /** Handles one request; resolves when the import it started (if any) has posted its last message. */
  handle(request: ImportRequest): Promise<void>;
}

/**
 * An import host that posts every response through `post`. A "start" while an import runs cancels that one
 * first; "cancel" aborts the running import, which then posts an error with code "cancelled".
 */
export function createImportHost(post: (response: ImportResponse) => void, deps: Pick<RunImportOptions, 'fetch' | 'now' | 'progressIntervalMs'> = {}): ImportHost {
  let running: AbortController | null = null;
  return {
    async handle(request) {
      if (request.type === 'cancel') {
        running?.abort();
        return;
      }
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        const outcome = await runImport(request.source, {
          ...deps,
          ...request.options,
          signal: controller.signal,
          onProgress: (progress) => post({ type: 'progress', progress }),
        });
        if (controller.signal.aborted) throw cancelledError();
        for (const part of datasetParts(outcome.dataset)) post({ type: 'part', part });
        post({
          type: 'done',
          format: outcome.format,
          info: outcome.dataset.info,
          sources: outcome.dataset.sources,
          identities: outcome.dataset.identities,
          report: outcome.report,
        });
      } catch (error) {
        post({ type: 'error', error: errorInfo(controller.signal.aborted ? cancelledError() : toImportError(error)) });
      } finally {
        if (running === controller) running = null;
      }
    },
  };
}
