// The import Web Worker: parses opened files off the main thread. All logic is in
// src/core/data/import/host.ts; this file only connects it to the worker's messages.
import { createImportHost } from '../core/data/import/host.ts';
import type { ImportRequest, ImportResponse } from '../core/data/import/protocol.ts';

const host = createImportHost((response: ImportResponse) => self.postMessage(response));

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void host.handle(event.data);
});
