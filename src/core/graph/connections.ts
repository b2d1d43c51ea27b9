// How a connection is headed in the entity panel and the List view: by its FtM relation and which end the
// entity is ("Owns" / "Owned by"), so Alexander Zakharov's ownerships are one group and his family another.

/** Heading per relation: [when the entity is the source, when it is the target]. */
const HEADINGS: Readonly<Record<string, readonly [string, string]>> = {
  Ownership: ['Owns', 'Owned by'],
  Directorship: ['Director of', 'Directors'],
  Employment: ['Works for', 'Employees'],
  Membership: ['Member of', 'Members'],
  Family: ['Family', 'Family'],
  Associate: ['Associates', 'Associates'],
  Representation: ['Represents', 'Represented by'],
  Succession: ['Succeeded by', 'Successor of'],
  Payment: ['Paid to', 'Paid by'],
  UnknownLink: ['Other links', 'Other links'],
  Occupancy: ['Posts', 'Holders'],
};

/** The group heading of a link: its relation's, else its own label (curated links). */
export function connectionHeading(relation: string | undefined, label: string, direction: 'in' | 'out'): string {
  const pair = relation === undefined ? undefined : HEADINGS[relation];
  if (pair !== undefined) return direction === 'out' ? pair[0] : pair[1];
  return relation ?? label;
}
