// Human-readable names for the model's enumerations, shared by panels, legend, exports and sentences.
import type { ListType, MeasureKind, MeasureStatus, NodeKind } from './kinds.ts';

export const NODE_KIND_LABEL: Record<NodeKind, string> = {
  person: 'Person',
  agency: 'Agency',
  company: 'Company',
  sanctioningBody: 'Sanctioning body',
  organization: 'Organisation',
  group: 'Group (unnamed targets)',
  asset: 'Asset (vessel, aircraft, account...)',
};

export const MEASURE_KIND_LABEL: Record<MeasureKind, string> = {
  blocking: 'Asset freeze (blocking)',
  visaBan: 'Visa ban',
  exportBlacklisting: 'Export blacklisting',
  investmentBan: 'Investment ban',
  counterSanction: 'Counter-sanction',
  importBan: 'Import ban',
  listing: 'Listing, kind not stated',
};

/** The kind of list, as a heading: measures of a list other than sanctions are never counted as sanctions. */
export const LIST_TYPE_LABEL: Record<ListType, string> = {
  sanctions: 'Sanctions',
  debarment: 'Debarment',
  directorDisqualification: 'Director disqualification',
  exportControl: 'Export control',
  crime: 'Wanted or crime list',
  pep: 'Politically exposed person list',
  sanctionLinked: 'Linked to a sanctioned entity',
  watchlist: 'Watch list, not a legal measure',
  unknown: 'List type not known',
};

export const MEASURE_STATUS_LABEL: Record<MeasureStatus, string> = {
  inForce: 'In force',
  lifted: 'Lifted',
  expired: 'Expired',
  unknown: 'Status not stated',
};

/** What a faint node means (at an "as of" date), in the canvas's legend and an export's. */
export const UNCONNECTED_LEGEND = 'Faint: none of its measures, posts or links shown at this date';

/** What a thick measure means (at an "as of" date), in the canvas's legend and an export's. */
export const ANNOUNCED_NOW_LEGEND = 'Thick: a measure announced on that very day';
