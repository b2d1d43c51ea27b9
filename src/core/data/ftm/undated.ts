// Sanctions imported without any date get a placeholder year and a note saying so. Apart from mapping.ts so
// that the timeline (core/algorithms/time.ts) can leave them out without loading the whole importer.
import type { Measure, PartialDate } from '../../model/schema.ts';

/**
 * `announced` of a Sanction with no date at all when `undatedSanctions` is "placeholder": the schema needs a date.
 * Such measures carry UNDATED_NOTE and confidence "unverified" (see isUndatedMeasure).
 */
export const UNDATED_ANNOUNCED: PartialDate = '1900';
export const UNDATED_NOTE = 'No date in the source: the announced date 1900 is a placeholder.';

/** True for a measure whose date is the UNDATED_ANNOUNCED placeholder. */
export function isUndatedMeasure(measure: Measure): boolean {
  return measure.notes.includes(UNDATED_NOTE);
}
