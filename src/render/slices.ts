// Adding many elements to Cytoscape without holding the page: in slices sized to a time budget; and what a
// change of visible ids shows and hides.
import type { Core, ElementDefinition } from 'cytoscape';
import { nextTask } from '../core/runToEnd.ts';

/**
 * Adds `elements` in slices of about `budgetMs` of work each, yielding to the browser in between; with no
 * budget (`Infinity`), everything after the first slice of 500 goes in at once. The slices go in Cytoscape
 * batches of at least `batchElements` elements: Cytoscape styles a batch when it closes and measures it in
 * the frame after, where without batches it restyled and measured everything added so far in a frame after
 * each slice (at 5,000 nodes, 15,000 elements, the first frame then came 0.7 s later). `onSlice(done, total)`
 * reports progress; `stopped()` ends early (the canvas was destroyed).
 */
export async function addInSlices(
  cy: Core,
  elements: ElementDefinition[],
  options: {
    budgetMs: number;
    batchElements: number;
    onSlice(done: number, total: number): void;
    stopped(): boolean;
  },
): Promise<void> {
  let next = 0;
  let slice = 500;
  let batched = 0;
  cy.startBatch();
  try {
    while (next < elements.length) {
      const started = performance.now();
      cy.add(elements.slice(next, next + slice));
      next += slice;
      batched += slice;
      const took = performance.now() - started;
      if (next >= elements.length) break;
      options.onSlice(next, elements.length);
      // Aim each slice at the budget from the pace of the last one.
      slice = Math.max(200, Math.round((slice * options.budgetMs) / Math.max(took, 1)));
      if (batched >= options.batchElements) {
        // Closed: styled now, measured and drawn in the next frame, before the next batch opens.
        cy.endBatch();
        batched = 0;
        await nextFrame();
        cy.startBatch();
      } else await nextTask();
      if (options.stopped()) return;
    }
  } finally {
    if (!options.stopped()) cy.endBatch();
  }
}

/** Resolves in the task after the next animation frame (a new task where there are no frames). */
function nextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * What a change of visible ids shows and hides, from the id sets alone (reading every element's class takes
 * tens of milliseconds on a large graph). With no previous set, everything not wanted is hidden.
 */
export function visibilityChange(
  wanted: ReadonlySet<string>,
  had: ReadonlySet<string> | null,
  all: () => Iterable<string>,
): { show: string[]; hide: string[] } {
  const show: string[] = [];
  const hide: string[] = [];
  if (!had) {
    for (const id of all()) if (!wanted.has(id)) hide.push(id);
    return { show, hide };
  }
  for (const id of wanted) if (!had.has(id)) show.push(id);
  for (const id of had) if (!wanted.has(id)) hide.push(id);
  return { show, hide };
}
