// "By sanctioning body": the bodies in a column on the left; to their right, the targets in blocks, one block
// per set of bodies that sanctioned them (targets of the US alone, of the US and the EU together...), each
// body level with the blocks it sanctioned. Everything no body sanctioned goes in a block beside.
import { boundsOf } from './bounds.ts';
import { placeRestBeside } from './isolated.ts';
import { byId } from './order.ts';
import { NODE_SPACING, type LayoutGraph, type Positions } from './types.ts';

export interface BodiesLayoutOptions {
  spacing?: number;
}

/** Positions of every node; the same graph always gives the same positions. */
export function bodiesLayout(input: LayoutGraph, options: BodiesLayoutOptions = {}): Positions {
  const spacing = options.spacing ?? NODE_SPACING;
  const isBody = new Set(input.nodes.filter((n) => n.kind === 'sanctioningBody').map((n) => n.id));
  const known = new Set(input.nodes.map((n) => n.id));
  const sanctionedBy = new Map<string, Set<string>>();
  const targetsOf = new Map<string, Set<string>>();
  for (const e of input.edges) {
    if (e.kind !== 'measure' || !isBody.has(e.source) || isBody.has(e.target) || !known.has(e.target)) continue;
    const by = sanctionedBy.get(e.target) ?? new Set<string>();
    by.add(e.source);
    sanctionedBy.set(e.target, by);
    const of = targetsOf.get(e.source) ?? new Set<string>();
    of.add(e.target);
    targetsOf.set(e.source, of);
  }
  // Bodies with the most targets first.
  const bodies = [...isBody].sort(
    (a, b) => (targetsOf.get(b)?.size ?? 0) - (targetsOf.get(a)?.size ?? 0) || byId(a, b),
  );
  const rank = new Map(bodies.map((id, i) => [id, i]));

  // One group per set of bodies, keyed by their ranks in order.
  const groups = new Map<string, { ranks: number[]; members: string[] }>();
  for (const [target, by] of sanctionedBy) {
    const ranks = [...by].map((b) => rank.get(b) ?? 0).sort((a, b) => a - b);
    const key = ranks.join(' ');
    const group = groups.get(key) ?? { ranks, members: [] };
    group.members.push(target);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => {
    for (let i = 0; i < Math.min(a.ranks.length, b.ranks.length); i++) {
      const d = (a.ranks[i] ?? 0) - (b.ranks[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.ranks.length - b.ranks.length;
  });

  const out: Positions = new Map();
  const left = spacing * 4;
  let top = 0;
  const wantedY = new Map<string, { sum: number; weight: number }>();
  for (const group of ordered) {
    group.members.sort(byId);
    // Taller than wide, and every other column half a row lower: an edge from the left runs between the
    // nodes of the nearer columns rather than under them.
    const columns = Math.min(8, Math.max(1, Math.ceil(Math.sqrt(group.members.length / 2))));
    const rows = Math.ceil(group.members.length / columns);
    group.members.forEach((id, i) => {
      const column = Math.floor(i / rows);
      const row = i % rows;
      out.set(id, {
        x: Math.round(left + column * spacing * 1.5),
        y: Math.round(top + row * spacing + (column % 2) * (spacing / 2)),
      });
    });
    const middle = top + ((rows - 1) * spacing) / 2;
    for (const r of group.ranks) {
      const body = bodies[r];
      if (body === undefined) continue;
      const w = wantedY.get(body) ?? { sum: 0, weight: 0 };
      w.sum += middle * group.members.length;
      w.weight += group.members.length;
      wantedY.set(body, w);
    }
    top += rows * spacing + (columns > 1 ? spacing / 2 : 0) + spacing;
  }

  // Each body level with the middle of what it sanctioned, then pushed down where two would overlap.
  const wanted = bodies.map((id, i) => {
    const w = wantedY.get(id);
    return { id, y: w && w.weight > 0 ? w.sum / w.weight : Infinity, i };
  });
  wanted.sort((a, b) => a.y - b.y || a.i - b.i);
  let next = -Infinity;
  for (const b of wanted) {
    const y = Math.max(Number.isFinite(b.y) ? b.y : next, next);
    const at = Number.isFinite(y) ? y : 0;
    out.set(b.id, { x: 0, y: Math.round(at) });
    next = at + spacing * 1.5;
  }

  widen(out, spacing);
  const rest = input.nodes
    .map((n) => n.id)
    .filter((id) => !out.has(id))
    .sort(byId);
  for (const [id, p] of placeRestBeside(input, out, rest, spacing)) out.set(id, p);
  return out;
}

/** The width a drawing is stretched towards, as a multiple of its height: a screen is wider than tall. */
const WIDE = 1.5;
/** The most the blocks are spread apart: beyond it long edges run nearly flat. */
const MOST_STRETCH = 3;

/**
 * Stretches x so the drawing is about as wide as a screen: the blocks stack downwards, so a fit to a wide
 * canvas left the nodes tiny in a narrow band (80 nodes: a third of the width). Order and rows are kept.
 */
function widen(positions: Positions, spacing: number): void {
  if (positions.size < 2) return;
  const box = boundsOf(positions.values());
  const width = box.maxX - box.minX + spacing;
  const height = box.maxY - box.minY + spacing;
  const stretch = Math.min(MOST_STRETCH, (height * WIDE) / width);
  if (stretch <= 1) return;
  for (const [id, p] of positions) positions.set(id, { x: Math.round(p.x * stretch), y: p.y });
}
