// What a curated view draws: the visible elements without the nodes the author hid (and their edges), and
// with each collapsed group's members folded away (the group is drawn as one node with a count instead).
import type { SanctionsGraph } from '../graph/build.ts';
import type { Curation } from '../view/curation.ts';
import type { ElementSet } from './types.ts';

/** The ids the curation takes off the canvas: hidden nodes and members of collapsed groups. */
export function curatedAway(curation: Curation): Set<string> {
  const away = new Set(curation.hidden);
  for (const group of curation.groups) if (group.collapsed) for (const m of group.members) away.add(m);
  return away;
}

/**
 * `visible` without the nodes the curation takes away and every edge touching one. Returns `visible` itself
 * when nothing is taken away, so memoised consumers see no change.
 */
export function applyCuration(graph: SanctionsGraph, visible: ElementSet, curation: Curation): ElementSet {
  const away = curatedAway(curation);
  if (![...away].some((id) => visible.nodes.has(id))) return visible;
  const nodes = new Set([...visible.nodes].filter((id) => !away.has(id)));
  const edges = new Set<string>();
  for (const edge of visible.edges) {
    if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))) edges.add(edge);
  }
  return { nodes, edges };
}
