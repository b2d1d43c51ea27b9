// "Around the selection": the selected node in the middle and rings around it, one per step away (its
// neighbours on the first ring, theirs on the second...). Each ring keeps nodes near the one they are reached
// from, so branches stay together. What cannot be reached goes in a block beside.
import { placeRestBeside } from './isolated.ts';
import { byId, neighbours } from './order.ts';
import { NODE_SPACING, type LayoutGraph, type Positions } from './types.ts';

export interface AroundLayoutOptions {
  spacing?: number;
}

/**
 * The node the rings are around: `centre` when it is in the graph, otherwise the node with the most
 * neighbours (ties: the smaller id); null for an empty graph.
 */
export function aroundCentre(input: LayoutGraph, centre: string | null): string | null {
  const near = neighbours(input);
  if (centre !== null && near.has(centre)) return centre;
  let best: string | null = null;
  for (const [id, set] of near) {
    const bestSize = best === null ? -1 : (near.get(best)?.size ?? 0);
    if (set.size > bestSize || (set.size === bestSize && best !== null && id < best)) best = id;
  }
  return best;
}

/** Positions of every node around `centre` (see aroundCentre); the same input always gives the same positions. */
export function aroundLayout(input: LayoutGraph, centre: string | null, options: AroundLayoutOptions = {}): Positions {
  const spacing = options.spacing ?? NODE_SPACING;
  const out: Positions = new Map();
  const middle = aroundCentre(input, centre);
  if (middle === null) return out;
  const near = neighbours(input);
  const angle = new Map<string, number>([[middle, 0]]);
  out.set(middle, { x: 0, y: 0 });
  let ring = [middle];
  let radius = 0;
  while (ring.length > 0) {
    // The next ring: nodes first reached from this one, each with the angle of the node it came from.
    const from = new Map<string, number>();
    for (const id of ring)
      for (const m of [...(near.get(id) ?? [])].sort(byId))
        if (!angle.has(m) && !from.has(m)) from.set(m, angle.get(id) ?? 0);
    const next = [...from.entries()].sort((a, b) => a[1] - b[1] || byId(a[0], b[0]));
    if (next.length === 0) break;
    radius = Math.max(radius + spacing * 2, (next.length * spacing) / (2 * Math.PI));
    // Rotated so the ring's nodes sit near their parents' angles on average.
    const offset = next.reduce((s, [, a], i) => s + a - (2 * Math.PI * i) / next.length, 0) / next.length;
    next.forEach(([id], i) => {
      const a = offset + (2 * Math.PI * i) / next.length;
      angle.set(id, a);
      out.set(id, { x: Math.round(radius * Math.cos(a)), y: Math.round(radius * Math.sin(a)) });
    });
    ring = next.map(([id]) => id);
  }
  const rest = input.nodes
    .map((n) => n.id)
    .filter((id) => !out.has(id))
    .sort(byId);
  for (const [id, p] of placeRestBeside(input, out, rest, spacing)) out.set(id, p);
  return out;
}
