// The force layout: ForceAtlas2 (graphology-layout-forceatlas2) started from the quick arrangement, scaled so
// the drawing has room for its nodes, then (up to 250 nodes) Noverlap (graphology-layout-noverlap) and a last
// separation so no two nodes overlap. Nodes without edges are left out of the forces and put in a block beside the drawing.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { isolatedNodes, placeBeside } from './isolated.ts';
import { quickLayoutPositions } from './quickLayout.ts';
import { byId } from './order.ts';
import { separate } from './separate.ts';
import { withSeededRandom } from './seeded.ts';
import { NODE_SPACING, type LayoutGraph, type Point, type Positions } from './types.ts';

export interface ForceLayoutOptions {
  /** ForceAtlas2 iterations (by default fewer as graphs grow, see iterationsFor). */
  iterations?: number;
  /** Least distance between node centres. */
  spacing?: number;
}

/**
 * Above this many linked nodes ForceAtlas2 uses Barnes-Hut, and Noverlap is skipped: measured on the benchmark's
 * 1,000-node graph it moved few nodes out of overlap (the last separation still moved 800 of 1,000 with or
 * without it; as many edges ran under nodes) yet took 130 to 250 ms.
 */
const LARGE = 250;

/** Iterations that settle a graph of `order` nodes from the quick arrangement. */
export function iterationsFor(order: number): number {
  if (order <= 200) return 150;
  if (order <= 1000) return 40;
  return 25;
}

/**
 * Positions of every node, at least `spacing` apart: the same graph always gives the same positions, whatever
 * the order the data lists its nodes and edges in (no random numbers; ties broken by id).
 */
export function forceLayout(input: LayoutGraph, options: ForceLayoutOptions = {}): Positions {
  const spacing = options.spacing ?? NODE_SPACING;
  const alone = isolatedNodes(input.nodes, input.edges).sort(byId);
  const aloneSet = new Set(alone);
  const linked = input.nodes.filter((n) => !aloneSet.has(n.id)).map((n) => n.id);
  linked.sort(byId);
  // The graphology copy is keyed by index: ids are data and graphology keeps neighbours in plain objects.
  const index = new Map(linked.map((id, i) => [id, String(i)]));
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const key of index.values()) graph.addNode(key);
  const pairs = new Set<string>();
  for (const e of input.edges) {
    const a = Number(index.get(e.source));
    const b = Number(index.get(e.target));
    if (Number.isInteger(a) && Number.isInteger(b) && a !== b) pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  }
  for (const pair of [...pairs].sort()) {
    const [a = '', b = ''] = pair.split(' ');
    graph.addEdge(a, b);
  }

  const out: Positions = new Map();
  if (linked.length > 0) {
    const start = quickLayoutPositions(graph);
    graph.updateEachNodeAttributes((key) => ({ x: start[key]?.x ?? 0, y: start[key]?.y ?? 0 }));
    forceAtlas2.assign(graph, {
      iterations: options.iterations ?? iterationsFor(linked.length),
      getEdgeWeight: null,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        // Hubs (a body with hundreds of targets) are drawn among their targets, not pulled to the middle.
        outboundAttractionDistribution: true,
        barnesHutOptimize: linked.length > LARGE,
        // Coarser than the default 0.5 (Gephi's is 1.2): at 1,000 nodes half the time, as few edges under nodes.
        barnesHutTheta: 0.8,
      },
    });
    scaleToRoom(graph, spacing);
    if (linked.length <= LARGE)
      withSeededRandom(1, () =>
        noverlap.assign(graph, {
          maxIterations: 25,
          settings: { margin: 0, ratio: 1, expansion: 1.05, gridSize: 20, speed: 3 },
          inputReducer: (_key, attrs) => ({ x: attrs.x, y: attrs.y, size: spacing / 2 }),
        }),
      );
    // Best-connected first: they keep their place, leaves make room.
    const order = linked
      .map((id) => ({ id, key: index.get(id) ?? '' }))
      .sort((a, b) => graph.degree(b.key) - graph.degree(a.key) || (a.id < b.id ? -1 : 1));
    const points = order.map(({ key }) => {
      const { x, y } = graph.getNodeAttributes(key) as Point;
      return { x: Math.round(x), y: Math.round(y) };
    });
    separate(points, spacing).forEach((p, i) => {
      const id = order[i]?.id;
      if (id !== undefined) out.set(id, p);
    });
  }
  for (const [id, p] of placeBeside(out, alone, { spacing })) out.set(id, p);
  return out;
}

/**
 * Scales positions about the origin so the drawing has room: the median edge is two spacings long, and the
 * drawing's box has at least twice the area its nodes need at `spacing` apart.
 */
function scaleToRoom(graph: Graph, spacing: number): void {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    lengths.push(Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number)));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, { x, y }) => {
    minX = Math.min(minX, x as number);
    maxX = Math.max(maxX, x as number);
    minY = Math.min(minY, y as number);
    maxY = Math.max(maxY, y as number);
  });
  const area = Math.max(maxX - minX, spacing) * Math.max(maxY - minY, spacing);
  const byEdge = median > 0 ? (2 * spacing) / median : 1;
  const byArea = Math.sqrt((2 * graph.order * spacing * spacing) / area);
  const k = Math.max(byEdge, byArea);
  graph.updateEachNodeAttributes((_n, attrs) => ({ ...attrs, x: (attrs.x as number) * k, y: (attrs.y as number) * k }));
}
