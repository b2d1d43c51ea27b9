// Which nodes a lasso takes: nodes whose positions fall inside a rectangle or a polygon drawn on the canvas.
// Pure geometry over positions in one coordinate system (model or screen, as long as both agree).
import type { Point } from './viewState.ts';

export interface Rectangle {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The ids whose position lies inside the rectangle (corners in any order, edges included). */
export function nodesInRectangle(positions: ReadonlyMap<string, Point>, rect: Rectangle): string[] {
  const [left, right] = rect.x1 <= rect.x2 ? [rect.x1, rect.x2] : [rect.x2, rect.x1];
  const [top, bottom] = rect.y1 <= rect.y2 ? [rect.y1, rect.y2] : [rect.y2, rect.y1];
  return [...positions].filter(([, p]) => p.x >= left && p.x <= right && p.y >= top && p.y <= bottom).map(([id]) => id);
}

/** True when the point is inside the polygon (even-odd rule; a polygon of fewer than 3 points holds nothing). */
export function insidePolygon(point: Point, polygon: readonly Point[]): boolean {
  if (polygon.length < 3) return false;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

/** The ids whose position lies inside the polygon drawn by a lasso. */
export function nodesInPolygon(positions: ReadonlyMap<string, Point>, polygon: readonly Point[]): string[] {
  return [...positions].filter(([, p]) => insidePolygon(p, polygon)).map(([id]) => id);
}
