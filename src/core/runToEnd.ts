// Sliced work (a generator that yields between slices) run in one go, for callers that need no pauses: Node,
// tests and small data. The page runs the same generators one task per slice (state/loadedData.ts, inTasks).

/** Runs every slice of `steps` and returns what it returns. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
