// The layout Web Worker: computes layouts off the main thread, so arranging a graph never blocks input.
// All logic is in src/render (ownLayouts.ts, layoutRun.ts); this file only connects it to the worker's messages.
// Cytoscape and fcose are loaded only when a link names one of the older layouts: parsing them took most of
// the worker's start (its first layout waited for it).
import { computeOwnLayout, type LayoutInput } from '../render/ownLayouts.ts';
import type { LayoutRequest, LayoutResponse } from '../render/layoutClient.ts';

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  void answer(event.data).then((response) => self.postMessage(response));
});

async function answer({ id, input }: LayoutRequest): Promise<LayoutResponse> {
  try {
    const positions = computeOwnLayout(input) ?? (await import('../render/layoutRun.ts')).computeLayout(input);
    return { id, positions };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The worker is started while the page imports its data (warmLayoutWorker): a force layout of a small made-up
 * graph meanwhile gets the browser to compile the layout code, which otherwise ran two to three times slower
 * on the first real graph (at 100 nodes, 150 to 350 ms instead of about 70).
 */
function warmUp(): void {
  const input: LayoutInput = { name: 'force', nodes: [], edges: [] };
  for (let i = 0; i < 60; i++) input.nodes.push({ id: `n${i}`, kind: i % 10 === 0 ? 'sanctioningBody' : 'person' });
  for (let i = 1; i < 60; i++) {
    if (i % 10 !== 0) input.edges.push({ id: `e${i}`, source: `n${i - (i % 10)}`, target: `n${i}`, kind: 'measure' });
    input.edges.push({ id: `l${i}`, source: `n${i - 1}`, target: `n${i}`, kind: 'link' });
  }
  computeOwnLayout(input);
}

setTimeout(warmUp, 0);
