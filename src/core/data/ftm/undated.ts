// The date an imported Sanction without any date carries: the schema needs one, so it gets this placeholder
// year and the typed flag `undated: true` (schema.ts), which the timeline and the panels read.
import type { PartialDate } from '../../model/schema.ts';

/** `announced` of a measure whose source gives no date (`undated: true`). */
export const UNDATED_ANNOUNCED: PartialDate = '1900';
