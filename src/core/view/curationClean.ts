// Fits a curation to the data at hand: what names nodes or edges the data does not have is dropped, and each
// dropped item is named (through the cleaner's nodeId/hasEdge) so the notice says what a view lost. An id an
// identity judgement merged away names the node it went into.
import type { Curation } from './curation.ts';
import type { CleanInput } from './fieldSpec.ts';
import { quote } from './notices.ts';
import { nodeIdsIn, ownFirst } from './cleanIds.ts';

/** The curation without ids unknown to the data. Never mutates. */
export function cleanCuration(c: Curation, input: Pick<CleanInput, 'nodeId' | 'hasEdge'>): Curation {
  // A node is in one group at most: two ids that now name one node stay in the first group that has either.
  const grouped = new Set<string>();
  const groups = c.groups
    .map((g) => {
      const members = nodeIdsIn(g.members, input, `member of group ${quote(g.label || g.id)}`).filter(
        (m) => !grouped.has(m),
      );
      for (const m of members) grouped.add(m);
      return { ...g, members };
    })
    .filter((g) => g.members.length > 0);
  const notes = c.notes.flatMap((n) => {
    if (n.target.type === 'point') return [n];
    if (n.target.type === 'edge') return input.hasEdge(n.target.id, 'note on edge') ? [n] : [];
    const id = input.nodeId(n.target.id, 'note on node');
    return id === null ? [] : [{ ...n, target: { ...n.target, id } }];
  });
  return {
    ...c,
    hidden: nodeIdsIn(c.hidden, input, 'hidden node'),
    pinned: nodeIdsIn(c.pinned, input, 'pinned node'),
    groups,
    notes,
    styles: ownFirst(
      c.styles.flatMap((s) => {
        const node = input.nodeId(s.node, 'restyled node');
        return node === null ? [] : [{ node, own: node === s.node, item: { ...s, node } }];
      }),
    ),
  };
}
