// Nodes with no edges go in a tidy block beside the drawing: a grid to the right of everything else, its top
// level with the drawing's top, so they are neither under the graph nor in a clump.
import { byId } from './order.ts';
import { quickLayoutPositions } from './quickLayout.ts';
import { separate } from './separate.ts';
import { NODE_SPACING, type LayoutGraph, type Point, type Positions } from './types.ts';
import { boundsOf } from './bounds.ts';

export interface BesideOptions {
  /** Distance between node centres in the block. */
  spacing?: number;
  /** Gap between the drawing's right edge and the block. */
  gap?: number;
}

/**
 * Positions for `ids` (in the order given) in a grid beside `placed`: columns from `gap` right of the
 * rightmost placed node, rows from its top, about as tall as the drawing (at least a square block when the
 * drawing is short). With nothing placed, the block starts at (0, 0). Returns only the new positions.
 */
export function placeBeside(placed: Positions, ids: readonly string[], options: BesideOptions = {}): Positions {
  const spacing = options.spacing ?? NODE_SPACING;
  const gap = options.gap ?? spacing * 2;
  const out: Positions = new Map();
  if (ids.length === 0) return out;
  let minY = Infinity;
  let maxY = -Infinity;
  let maxX = -Infinity;
  for (const { x, y } of placed.values()) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    maxX = Math.max(maxX, x);
  }
  const left = maxX === -Infinity ? 0 : maxX + gap;
  const top = minY === Infinity ? 0 : minY;
  const height = minY === Infinity ? 0 : maxY - minY;
  const square = Math.ceil(Math.sqrt(ids.length));
  const rows = Math.max(square, Math.floor(height / spacing) + 1);
  const perColumn = Math.min(rows, ids.length);
  ids.forEach((id, i) => {
    const p: Point = { x: left + Math.floor(i / perColumn) * spacing, y: top + (i % perColumn) * spacing };
    out.set(id, p);
  });
  return out;
}

/** Ids of the nodes that no edge touches (a self-loop does not count), in input order. */
export function isolatedNodes(
  nodes: readonly { id: string }[],
  edges: readonly { source: string; target: string }[],
): string[] {
  const linked = new Set<string>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    linked.add(e.source);
    linked.add(e.target);
  }
  return nodes.filter((n) => !linked.has(n.id)).map((n) => n.id);
}

/**
 * Positions for `ids` (nodes a layout did not place) beside `placed`: those with edges among themselves in
 * the quick arrangement (each hub with its own around it, so a star stays a star rather than a grid its edges
 * cross), shifted to the right of the drawing; nodes with none of those edges in a grid block further right.
 */
export function placeRestBeside(
  input: LayoutGraph,
  placed: Positions,
  ids: readonly string[],
  spacing = NODE_SPACING,
): Positions {
  const rest = new Set(ids);
  const near = new Map<string, Set<string>>([...rest].map((id) => [id, new Set<string>()]));
  for (const e of input.edges) {
    if (e.source === e.target || !rest.has(e.source) || !rest.has(e.target)) continue;
    near.get(e.source)?.add(e.target);
    near.get(e.target)?.add(e.source);
  }
  const linked = [...rest].filter((id) => (near.get(id)?.size ?? 0) > 0).sort(byId);
  const out: Positions = new Map();
  if (linked.length > 0) {
    const arranged = quickLayoutPositions(
      {
        nodes: () => linked,
        degree: (id) => near.get(id)?.size ?? 0,
        forEachNeighbor: (id, callback) => [...(near.get(id) ?? [])].sort(byId).forEach(callback),
      },
      { spacing: spacing * 1.2 },
    );
    const points = linked.map((id) => arranged[id] ?? { x: 0, y: 0 });
    const spread = separate(points, spacing);
    const { minX, minY } = boundsOf(spread);
    const { maxX, minY: top } = boundsOf(placed.values());
    const dx = (maxX === -Infinity ? 0 : maxX + spacing * 2) - minX;
    const dy = (top === Infinity ? 0 : top) - minY;
    linked.forEach((id, i) => {
      const p = spread[i];
      if (p) out.set(id, { x: Math.round(p.x + dx), y: Math.round(p.y + dy) });
    });
  }
  const lone = [...rest].filter((id) => !out.has(id)).sort(byId);
  const all = new Map([...placed, ...out]);
  for (const [id, p] of placeBeside(all, lone, { spacing })) out.set(id, p);
  return out;
}
