// Adding many elements to Cytoscape without holding the page: in slices sized to a time budget; and what a
// change of visible ids shows and hides.
import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Adds `elements` in slices of about `budgetMs` of work each, yielding to the browser in between; with no
 * budget (`Infinity`), everything after the first slice of 500 goes in at once. `onSlice(done, total)`
 * reports progress; `stopped()` ends early (the canvas was destroyed).
 */
export async function addInSlices(
  cy: Core,
  elements: ElementDefinition[],
  options: { budgetMs: number; onSlice(done: number, total: number): void; stopped(): boolean },
): Promise<void> {
  let next = 0;
  let slice = 500;
  while (next < elements.length) {
    const started = performance.now();
    cy.add(elements.slice(next, next + slice));
    next += slice;
    const took = performance.now() - started;
    if (next >= elements.length) break;
    options.onSlice(next, elements.length);
    // Aim each slice at the budget from the pace of the last one.
    slice = Math.max(200, Math.round((slice * options.budgetMs) / Math.max(took, 1)));
    await nextTask();
    if (options.stopped()) return;
  }
}

/** Resolves in a new task, after the browser has had a chance to handle input and draw. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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
