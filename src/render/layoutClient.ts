// Asks the layout worker for positions. One worker is kept for the page; cancelling ends it (a layout cannot
// be interrupted from outside) and the next request starts a new one. Without Worker support (old browsers,
// tests in Node) the layout runs on the page, loaded on demand so the force layout stays out of the first bundle.
import type { SanctionsGraph } from '../core/graph/build.ts';
import { earliestDay } from '../core/graph/dates.ts';
import type { Measure } from '../core/model/schema.ts';
import type { LayoutName, Point } from '../core/view/viewState.ts';
import type { LayoutInput } from './ownLayouts.ts';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutResponse = { id: number; positions: Record<string, Point> } | { id: number; error: string };

export interface LayoutJob {
  /** Resolves with the positions; rejects with LayoutCancelled when cancelled. */
  positions: Promise<Record<string, Point>>;
  cancel(): void;
}

export class LayoutCancelled extends Error {
  constructor() {
    super('The layout was cancelled.');
    this.name = 'LayoutCancelled';
  }
}

let worker: Worker | null = null;
let nextId = 1;

function layoutWorker(): Worker {
  worker ??= new Worker(new URL('../workers/layoutWorker.ts', import.meta.url), { type: 'module', name: 'layout' });
  return worker;
}

/**
 * Starts the layout worker ahead of the first layout, so that the worker's start (a thread, its script fetched
 * and parsed) overlaps the data's import instead of delaying the first layout.
 */
export function warmLayoutWorker(): void {
  if (typeof Worker !== 'undefined') layoutWorker();
}

/** Starts a layout; only one runs at a time per caller, who cancels the previous job first. */
export function requestLayout(input: LayoutInput): LayoutJob {
  if (typeof Worker === 'undefined') return layoutOnPage(input);
  const id = nextId++;
  const w = layoutWorker();
  let settle: { reject(error: Error): void } | null = null;
  const positions = new Promise<Record<string, Point>>((resolve, reject) => {
    settle = { reject };
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      settle = null;
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.positions);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (event) => reject(new Error(event.message || 'The layout worker failed.')), {
      once: true,
    });
    w.postMessage({ id, input } satisfies LayoutRequest);
  });
  return {
    positions,
    cancel: () => {
      if (!settle) return;
      settle.reject(new LayoutCancelled());
      settle = null;
      w.terminate();
      if (worker === w) worker = null;
    },
  };
}

function layoutOnPage(input: LayoutInput): LayoutJob {
  let cancelled = false;
  const positions = import('./layoutRun.ts').then(({ computeLayout }) => {
    if (cancelled) throw new LayoutCancelled();
    return computeLayout(input);
  });
  return {
    positions,
    cancel: () => {
      cancelled = true;
    },
  };
}

/**
 * The worker's input for a graph: ids, kinds, edge ends and measure dates only (cheap to copy to the worker);
 * `centre` is the node "around the selection" is drawn around.
 */
export function layoutInput(graph: SanctionsGraph, name: LayoutName, centre: string | null = null): LayoutInput {
  const nodes: LayoutInput['nodes'] = [];
  const edges: LayoutInput['edges'] = [];
  graph.forEachNode((id, node) => nodes.push({ id, kind: node.kind }));
  graph.forEachEdge((id, attrs, source, target) => {
    const date = attrs.kind === 'measure' && !attrs.record.undated ? measureDay(attrs.record) : null;
    edges.push(
      date === null ? { id, source, target, kind: attrs.kind } : { id, source, target, kind: attrs.kind, date },
    );
  });
  return name === 'around' ? { name, nodes, edges, centre } : { name, nodes, edges };
}

/** The first day a measure was in force: its effective date, else its announcement. */
function measureDay(measure: Measure): string | null {
  return earliestDay(measure.effective ?? measure.announced);
}
