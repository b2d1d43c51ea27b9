// The closed vocabularies of the data model (kinds, statuses, confidence), without zod: the canvas, the
// legend, filters and the link codec need them at start, and zod (schema.ts) stays out of the first load.

export const NODE_KINDS = [
  'person',
  'agency',
  'company',
  'sanctioningBody',
  'organization',
  'group',
  // Imported vessels, aircraft, securities, crypto wallets and bank accounts: things a listing can target.
  'asset',
] as const;
export const MEASURE_KINDS = [
  'blocking',
  'visaBan',
  'exportBlacklisting',
  'investmentBan',
  'counterSanction',
  'importBan',
  // An imported listing whose provisions and program name no kind we know: never guessed.
  'listing',
] as const;
/**
 * What kind of list a measure comes from. Curated data leaves it out (every curated measure is a sanction);
 * imported measures take it from the source list (OpenSanctions dataset id) and the target's topics.
 */
export const LIST_TYPES = [
  'sanctions',
  'debarment',
  'directorDisqualification',
  'exportControl',
  'crime',
  'pep',
  'sanctionLinked',
  'watchlist',
  'unknown',
] as const;
export const MEASURE_STATUSES = ['inForce', 'lifted', 'expired', 'unknown'] as const;
export const CONFIDENCES = ['confirmed', 'unverified', 'inference'] as const;
export const ROLE_STATUSES = ['current', 'former', 'unknown'] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type ListType = (typeof LIST_TYPES)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type Confidence = (typeof CONFIDENCES)[number];

/** Whether a measure of this list type counts as a sanction ("Sanctioned by N bodies"); curated data has none. */
export function countsAsSanction(listType: ListType | undefined): boolean {
  return listType === undefined || listType === 'sanctions';
}
