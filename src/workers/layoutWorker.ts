// The layout Web Worker: computes layouts off the main thread, so arranging a graph never blocks input.
// All logic is in src/render/layoutRun.ts; this file only connects it to the worker's messages.
import { computeLayout } from '../render/layoutRun.ts';
import type { LayoutRequest, LayoutResponse } from '../render/layoutClient.ts';

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { id, input } = event.data;
  let response: LayoutResponse;
  try {
    response = { id, positions: computeLayout(input) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
