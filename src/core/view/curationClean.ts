// Fits a curation to the data at hand: what names nodes or edges the data does not have is dropped, and each
// dropped item is named so the notice can say what a view lost after a data update.
import type { Curation } from './curation.ts';
import { quote } from './notices.ts';

export interface KnownIds {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** The curation without ids unknown to the data; `missing` gets one phrase per dropped item. Never mutates. */
export function cleanCuration(c: Curation, known: KnownIds, missing: string[]): Curation {
  const node = (what: string) => (id: string) => {
    if (known.nodeIds.has(id)) return true;
    missing.push(`${what} ${quote(id)}`);
    return false;
  };
  const groups = c.groups
    .map((g) => ({ ...g, members: g.members.filter(node(`member of group ${quote(g.label || g.id)}`)) }))
    .filter((g) => g.members.length > 0);
  const notes = c.notes.filter((n) => {
    if (n.target.type === 'point') return true;
    const ids = n.target.type === 'node' ? known.nodeIds : known.edgeIds;
    if (ids.has(n.target.id)) return true;
    missing.push(`note on ${n.target.type} ${quote(n.target.id)}`);
    return false;
  });
  return {
    ...c,
    hidden: c.hidden.filter(node('hidden node')),
    pinned: c.pinned.filter(node('pinned node')),
    groups,
    notes,
    styles: c.styles.filter((s) => node('restyled node')(s.node)),
  };
}
