// The dataset shipped in data/, validated when the app is built (scripts/lib/bundledDataPlugin.ts runs the
// check of `npm run data:check`), so the page neither loads zod nor validates at start. In a build the app
// fetches it from a data file that index.html preloads, rather than carrying it in its JavaScript.
import bundledDataText from 'virtual:bundled-data';
import fetchBundledData from 'virtual:bundled-data/fetch';
import type { ValidationResult } from './validate.ts';

let fetched: Promise<string> | null = null;
let text: string | null = null;

/** The bundled dataset as checked at build time: the dataset, or every problem found. A fresh copy each call. */
export async function fetchBundledDataset(): Promise<ValidationResult> {
  fetched ??= fetchBundledData().then(
    (json) => (text = json),
    (error: unknown) => {
      fetched = null;
      throw error;
    },
  );
  const result: ValidationResult = JSON.parse(await fetched);
  return result;
}

/** The same, at once, once fetchBundledDataset has given it (start-up fetches it first); otherwise null. */
export function fetchedBundledDataset(): ValidationResult | null {
  if (text === null) return null;
  const result: ValidationResult = JSON.parse(text);
  return result;
}

/**
 * The same, at once, from text built into the module: for Node-side code and tests. Not for the app, whose
 * first load would then carry the data as JavaScript.
 */
export function loadBundledDataset(): ValidationResult {
  const result: ValidationResult = JSON.parse(bundledDataText);
  return result;
}
