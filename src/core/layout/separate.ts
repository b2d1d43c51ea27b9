// The last step of the force layout: a guarantee that no two node centres are closer than the spacing.
// Noverlap removes most overlaps but stops after its iterations; here each node still too close to one
// already kept moves to the nearest free point of a grid around where it was, so the drawing keeps its shape.
import type { Point } from './types.ts';

/**
 * Moves points (in the order given, the first ones kept where they are) so that every two are at least
 * `spacing` apart. Returns new points in the same order; points already far enough apart do not move.
 */
export function separate(points: readonly Point[], spacing: number): Point[] {
  const cells = new Map<string, Point[]>();
  const cellOf = (p: Point) => [Math.floor(p.x / spacing), Math.floor(p.y / spacing)] as const;
  const free = (p: Point): boolean => {
    const [cx, cy] = cellOf(p);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of cells.get(`${cx + dx} ${cy + dy}`) ?? [])
          if (Math.hypot(p.x - q.x, p.y - q.y) < spacing) return false;
    return true;
  };
  const keep = (p: Point) => {
    const [cx, cy] = cellOf(p);
    const key = `${cx} ${cy}`;
    const list = cells.get(key) ?? [];
    list.push(p);
    cells.set(key, list);
  };
  return points.map((p) => {
    let at = p;
    // Rings of grid points around p, nearest ring first, until one is free.
    for (let ring = 1; !free(at); ring++) {
      let best: Point | null = null;
      for (let i = -ring; i <= ring; i++)
        for (let j = -ring; j <= ring; j++) {
          if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
          const c = { x: p.x + i * spacing, y: p.y + j * spacing };
          if (free(c) && (best === null || Math.hypot(c.x - p.x, c.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y)))
            best = c;
        }
      if (best) at = best;
    }
    keep(at);
    return at;
  });
}
