// Sliced work (a generator that yields between slices) run in one go, for callers that need no pauses: Node,
// tests and small data. The page runs the same generators one task per slice (state/loadedData.ts, inTasks),
// waiting for the next task between them.

/** Runs every slice of `steps` and returns what it returns. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Resolves in a new task, so that the page can take input and draw between two slices of long work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
