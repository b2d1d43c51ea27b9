// Small helpers the layouts share: a stable order of ids and the undirected neighbours of each node.
import type { LayoutGraph } from './types.ts';

/** Compares ids as plain strings (the same on every machine, unlike localeCompare). */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each node's neighbours (edge direction ignored, self-loops left out), as sets. */
export function neighbours(input: LayoutGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const n of input.nodes) out.set(n.id, new Set());
  for (const e of input.edges) {
    if (e.source === e.target) continue;
    out.get(e.source)?.add(e.target);
    out.get(e.target)?.add(e.source);
  }
  return out;
}
