// Human-readable names for the model's enumerations, shared by panels, legend, exports and sentences.
import type { MeasureKind, MeasureStatus, NodeKind } from './schema.ts';

export const NODE_KIND_LABEL: Record<NodeKind, string> = {
  person: 'Person',
  agency: 'Agency',
  company: 'Company',
  sanctioningBody: 'Sanctioning body',
  organization: 'Organisation',
  group: 'Group (unnamed targets)',
};

export const MEASURE_KIND_LABEL: Record<MeasureKind, string> = {
  blocking: 'Asset freeze (blocking)',
  visaBan: 'Visa ban',
  exportBlacklisting: 'Export blacklisting',
  investmentBan: 'Investment ban',
  counterSanction: 'Counter-sanction',
  importBan: 'Import ban',
};

export const MEASURE_STATUS_LABEL: Record<MeasureStatus, string> = {
  inForce: 'In force',
  lifted: 'Lifted',
  unknown: 'Status not stated',
};
