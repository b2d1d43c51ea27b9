// Fits a curation to the data at hand: what names nodes or edges the data does not have is dropped, and each
// dropped item is named (through the cleaner's hasNode/hasEdge) so the notice says what a view lost.
import type { Curation } from './curation.ts';
import type { CleanInput } from './fieldSpec.ts';
import { quote } from './notices.ts';

/** The curation without ids unknown to the data. Never mutates. */
export function cleanCuration(c: Curation, input: Pick<CleanInput, 'hasNode' | 'hasEdge'>): Curation {
  const groups = c.groups
    .map((g) => ({
      ...g,
      members: g.members.filter((m) => input.hasNode(m, `member of group ${quote(g.label || g.id)}`)),
    }))
    .filter((g) => g.members.length > 0);
  const notes = c.notes.filter((n) => {
    if (n.target.type === 'point') return true;
    return n.target.type === 'node'
      ? input.hasNode(n.target.id, 'note on node')
      : input.hasEdge(n.target.id, 'note on edge');
  });
  return {
    ...c,
    hidden: c.hidden.filter((id) => input.hasNode(id, 'hidden node')),
    pinned: c.pinned.filter((id) => input.hasNode(id, 'pinned node')),
    groups,
    notes,
    styles: c.styles.filter((s) => input.hasNode(s.node, 'restyled node')),
  };
}
