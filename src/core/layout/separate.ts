// The last step of the force layout: a guarantee that no two node centres are closer than the spacing.
// Noverlap removes most overlaps but stops after its iterations; here each node still too close to one
// already kept moves to the nearest free point of a grid around where it was, so the drawing keeps its shape.
// Distances are compared squared: positions are whole numbers, so the test is exact on any machine.
import type { Point } from './types.ts';

/**
 * Moves points (in the order given, the first ones kept where they are) so that every two are at least
 * `spacing` apart. Returns new points in the same order; points already far enough apart do not move.
 */
export function separate(points: readonly Point[], spacing: number): Point[] {
  // Kept points by grid cell (column, then row): a point can only be too close to points of the 8 cells around.
  const columns = new Map<number, Map<number, Point[]>>();
  const least = spacing * spacing;
  const free = (p: Point): boolean => {
    const cx = Math.floor(p.x / spacing);
    const cy = Math.floor(p.y / spacing);
    for (let dx = -1; dx <= 1; dx++) {
      const column = columns.get(cx + dx);
      if (!column) continue;
      for (let dy = -1; dy <= 1; dy++) {
        const cell = column.get(cy + dy);
        if (!cell) continue;
        for (const q of cell) {
          const ex = p.x - q.x;
          const ey = p.y - q.y;
          if (ex * ex + ey * ey < least) return false;
        }
      }
    }
    return true;
  };
  const keep = (p: Point) => {
    const cx = Math.floor(p.x / spacing);
    const cy = Math.floor(p.y / spacing);
    let column = columns.get(cx);
    if (!column) columns.set(cx, (column = new Map()));
    const cell = column.get(cy);
    if (cell) cell.push(p);
    else column.set(cy, [p]);
  };
  return points.map((p) => {
    let at = p;
    // Rings of grid points around p, nearest ring first, until one is free; the nearest free point of a ring.
    for (let ring = 1; !free(at); ring++) {
      let best: Point | null = null;
      let bestSteps = Infinity;
      for (let i = -ring; i <= ring; i++) {
        // On the ring: every j at its left and right sides, the two ends of each column between.
        const step = Math.abs(i) === ring ? 1 : 2 * ring;
        for (let j = -ring; j <= ring; j += step) {
          const steps = i * i + j * j;
          if (steps >= bestSteps) continue;
          const c = { x: p.x + i * spacing, y: p.y + j * spacing };
          if (free(c)) {
            best = c;
            bestSteps = steps;
          }
        }
      }
      if (best) at = best;
    }
    keep(at);
    return at;
  });
}
