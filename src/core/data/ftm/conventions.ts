// How our own records are written as FtM and read back: the one place both the export
// (core/data/export/ftm.ts) and the import take these texts and codes from, so a round trip is exact.
import type { Confidence, ListType } from '../../model/kinds.ts';

/** A group node is written as an Organization with this summary; the import reads it back as a group. */
export function groupSummary(memberCount: number | undefined): string {
  return `A group standing for targets the sources do not name one by one${memberCount === undefined ? '' : ` (${memberCount} of them)`}.`;
}
export const GROUP_SUMMARY = /^A group standing for targets the sources do not name one by one(?: \((\d+) of them\))?\.$/;

/** A record that is not confirmed gets this note first; the import reads it as the confidence. */
export function confidenceNote(confidence: Confidence): string {
  return `Confidence: ${confidence}.`;
}
export const CONFIDENCE_NOTE = /^Confidence: (confirmed|unverified|inference)\.$/;

/** The topic a Sanction is written with for its list type (TOPIC_LIST_TYPES in lists.ts reads it back). */
export const LIST_TYPE_TOPIC: Readonly<Record<ListType, string | undefined>> = {
  sanctions: 'sanction',
  debarment: 'debarment',
  directorDisqualification: 'corp.disqual',
  exportControl: 'export.control',
  crime: 'crime',
  pep: 'role.pep',
  sanctionLinked: 'sanction.linked',
  watchlist: undefined,
  unknown: undefined,
};

/** Family scope as a provision's tail; the import's family rule reads these back. */
export const FAMILY_SCOPE_TEXT: Readonly<Record<string, string | undefined>> = {
  included: 'extends to family members',
  possibly: 'may extend to family members',
};

/**
 * Source and target properties of the FtM relationship schemata a link is written back as (the FtM model's
 * `edge` definitions; a test keeps this table equal to the model). Payments, folded into one link per pair
 * on import, are written as an UnknownLink.
 */
export const LINK_SCHEMA_ENDS: Readonly<Record<string, { source: string; target: string }>> = {
  Ownership: { source: 'owner', target: 'asset' },
  Directorship: { source: 'director', target: 'organization' },
  Employment: { source: 'employee', target: 'employer' },
  Membership: { source: 'member', target: 'organization' },
  Family: { source: 'person', target: 'relative' },
  Associate: { source: 'person', target: 'associate' },
  Representation: { source: 'agent', target: 'client' },
  Succession: { source: 'predecessor', target: 'successor' },
  UnknownLink: { source: 'subject', target: 'object' },
};

/**
 * A measure's fact for an authority its listing names beside the body that imposed it (see Bodies.forSanction);
 * the export writes them after the body in `authority`, so that a round trip names them all again.
 */
export const ALSO_NAMED_AUTHORITY = 'Also named as authority';

/**
 * A measure's fact for the national registry that published a listing of another body's programme (see
 * programmeAuthority): written back after the body in `authority`, like ALSO_NAMED_AUTHORITY.
 */
export const PUBLISHED_BY = 'Published by';

/** The fact of an imported record for each source list (OpenSanctions dataset) it comes from; exported back. */
export const SOURCE_LIST = 'Source list';
