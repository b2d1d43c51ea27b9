// Tiny layout inputs built inline from edge lists, and checks on positions the layout tests share.
import type { LayoutEdge, LayoutGraph, LayoutNode, Positions } from '../../../src/core/layout/types.ts';

/** A graph from "a>b" measure edges (a body imposing on b), "a-b" role edges and lone node names. */
export function graphOf(
  bodies: readonly string[],
  items: readonly string[],
  dates: Record<string, string> = {},
): LayoutGraph {
  const nodes = new Map<string, LayoutNode>();
  const add = (id: string) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind: bodies.includes(id) ? 'sanctioningBody' : 'person' });
  };
  const edges: LayoutEdge[] = [];
  for (const item of items) {
    const measure = item.split('>');
    const role = item.split('-');
    if (measure.length === 2) {
      const [s = '', t = ''] = measure;
      add(s);
      add(t);
      const date = dates[item];
      edges.push({ id: `e${edges.length}`, source: s, target: t, kind: 'measure', ...(date ? { date } : {}) });
    } else if (role.length === 2) {
      const [s = '', t = ''] = role;
      add(s);
      add(t);
      edges.push({ id: `e${edges.length}`, source: s, target: t, kind: 'role' });
    } else add(item);
  }
  for (const b of bodies) add(b);
  return { nodes: [...nodes.values()], edges };
}

/** The closest two node centres are to each other. */
export function closestPair(positions: Positions): number {
  const points = [...positions.values()];
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a && b) best = Math.min(best, Math.hypot(a.x - b.x, a.y - b.y));
    }
  return best;
}

/** The same graph with its nodes and edges listed in reverse. */
export function reversed(graph: LayoutGraph): LayoutGraph {
  return { nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
}
