// A quick, deterministic arrangement for graphs too large for the force layout: every node joins the group
// of its best-connected neighbour (so each sanctioning body gathers its targets), each group is a sunflower
// disc around its centre node, and the discs are packed in rows. Linear in nodes and edges, plus sorting.
import type { Point } from '../view/viewState.ts';
import { idRecord } from '../idRecord.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** What the arrangement reads of a graph (a graphology graph, or the layout worker's copy of one). */
export interface ArrangedGraph {
  nodes(): string[];
  degree(node: string): number;
  forEachNeighbor(node: string, callback: (neighbor: string) => void): void;
}

export interface QuickLayoutOptions {
  /** Distance between neighbouring nodes in a disc (px). */
  spacing?: number;
  /** Gap between discs (px). */
  gap?: number;
}

/** True when a ranks above b: higher degree, then the smaller id. */
function ranksAbove(a: string, da: number, b: string, db: number): boolean {
  return da > db || (da === db && a < b);
}

/**
 * Positions for every node of the graph: the same graph always gives the same positions. Each node's parent
 * is its highest-ranked neighbour when that ranks above it; a node without one is a group centre; every
 * node joins the group of the centre its parents lead to. Groups are discs (members by depth, then rank),
 * packed largest first in rows about as wide as the whole drawing is tall.
 */
export function quickLayoutPositions(graph: ArrangedGraph, options: QuickLayoutOptions = {}): Record<string, Point> {
  const spacing = options.spacing ?? 60;
  const gap = options.gap ?? spacing * 2;
  const ids = graph.nodes();
  const degree = new Map<string, number>();
  for (const id of ids) degree.set(id, graph.degree(id));
  const deg = (id: string) => degree.get(id) ?? 0;

  const parent = new Map<string, string>();
  for (const id of ids) {
    let best: string | null = null;
    graph.forEachNeighbor(id, (n) => {
      if (best === null || ranksAbove(n, deg(n), best, deg(best))) best = n;
    });
    if (best !== null && ranksAbove(best, deg(best), id, deg(id))) parent.set(id, best);
  }

  // Follow parents to the group centre (ranks strictly rise along the way, so this ends), memoised.
  const centre = new Map<string, { root: string; depth: number }>();
  const rootOf = (id: string): { root: string; depth: number } => {
    const chain: string[] = [];
    let at = id;
    let known = centre.get(at);
    while (!known) {
      const p = parent.get(at);
      if (p === undefined) {
        known = { root: at, depth: 0 };
        centre.set(at, known);
        break;
      }
      chain.push(at);
      at = p;
      known = centre.get(at);
    }
    for (let i = chain.length - 1, depth = known.depth + 1; i >= 0; i--, depth++) {
      const node = chain[i];
      if (node !== undefined) centre.set(node, { root: known.root, depth });
    }
    return centre.get(id) ?? known;
  };

  const groups = new Map<string, { id: string; depth: number }[]>();
  for (const id of ids) {
    const { root, depth } = rootOf(id);
    const members = groups.get(root) ?? [];
    members.push({ id, depth });
    groups.set(root, members);
  }

  const discs = [...groups.entries()].map(([root, members]) => {
    members.sort((a, b) => a.depth - b.depth || (ranksAbove(a.id, deg(a.id), b.id, deg(b.id)) ? -1 : 1));
    return { root, members, radius: spacing * Math.sqrt(members.length) * 0.6 + spacing / 2 };
  });
  discs.sort((a, b) => b.members.length - a.members.length || (a.root < b.root ? -1 : 1));

  const area = discs.reduce((s, d) => s + (2 * d.radius + gap) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area * 1.5), 2 * (discs[0]?.radius ?? 0) + gap);
  const positions = idRecord<Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const disc of discs) {
    const size = 2 * disc.radius + gap;
    if (x > 0 && x + size > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const cx = x + size / 2;
    const cy = y + size / 2;
    disc.members.forEach((m, i) => {
      const r = spacing * 0.6 * Math.sqrt(i);
      const a = i * GOLDEN_ANGLE;
      positions[m.id] = { x: Math.round(cx + r * Math.cos(a)), y: Math.round(cy + r * Math.sin(a)) };
    });
    x += size;
    rowHeight = Math.max(rowHeight, size);
  }
  return positions;
}
