// Small pure helpers on node positions, shared by the layout worker and the canvas.
import type { Point } from '../core/view/viewState.ts';
import { idRecord } from '../core/idRecord.ts';

/** Shifts positions so that the box around the node centres is centred on (0, 0). */
export function centred(positions: Record<string, Point>): Record<string, Point> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of Object.values(positions)) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) return idRecord();
  const dx = (minX + maxX) / 2;
  const dy = (minY + maxY) / 2;
  const out = idRecord<Point>();
  for (const [id, p] of Object.entries(positions)) out[id] = { x: p.x - dx, y: p.y - dy };
  return out;
}
