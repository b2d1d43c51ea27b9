// Nodes with no edges go in a tidy block beside the drawing: a grid to the right of everything else, its top
// level with the drawing's top, so they are neither under the graph nor in a clump.
import { NODE_SPACING, type Point, type Positions } from './types.ts';

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
