// The dataset shipped in data/, validated when the app is built (scripts/lib/bundledDataPlugin.ts runs the
// check of `npm run data:check`), so the page neither loads zod nor validates at start.
import bundledData from 'virtual:bundled-data';
import type { ValidationResult } from './validate.ts';

/** The bundled dataset as checked at build time: the dataset, or every problem found. A fresh copy each call. */
export function loadBundledDataset(): ValidationResult {
  const result: ValidationResult = JSON.parse(bundledData);
  return result;
}
