// The closed vocabularies of the data model (kinds, statuses, confidence), without zod: the canvas, the
// legend, filters and the link codec need them at start, and zod (schema.ts) stays out of the first load.

export const NODE_KINDS = ['person', 'agency', 'company', 'sanctioningBody', 'organization', 'group'] as const;
export const MEASURE_KINDS = [
  'blocking',
  'visaBan',
  'exportBlacklisting',
  'investmentBan',
  'counterSanction',
  'importBan',
] as const;
export const MEASURE_STATUSES = ['inForce', 'lifted', 'unknown'] as const;
export const CONFIDENCES = ['confirmed', 'unverified', 'inference'] as const;
export const ROLE_STATUSES = ['current', 'former', 'unknown'] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
