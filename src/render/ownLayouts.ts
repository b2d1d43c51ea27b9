// The layouts of src/core/layout (ForceAtlas2 with overlap removal, by sanctioning body, timeline, around the
// selection) and the quick arrangement, without Cytoscape: what the layout worker loads up front. The older
// Cytoscape layouts (layoutRun.ts) bring Cytoscape and fcose, about 600 kB to parse, so the worker loads
// them only when a link names one.
import { IdGraph } from '../core/graph/idGraph.ts';
import { idRecord } from '../core/idRecord.ts';
import { aroundLayout } from '../core/layout/aroundLayout.ts';
import { bodiesLayout } from '../core/layout/bodiesLayout.ts';
import { forceLayout } from '../core/layout/forceLayout.ts';
import { quickLayoutPositions } from '../core/layout/quickLayout.ts';
import { timelineLayout } from '../core/layout/timelineLayout.ts';
import type { LayoutGraph, Positions } from '../core/layout/types.ts';
import type { LayoutName, Point } from '../core/view/viewState.ts';
import { usesQuickLayout } from './layoutChoice.ts';
import { centred } from './positions.ts';

/**
 * What a layout needs: every node (shown or hidden) with its kind, every edge with its kind (and a measure's
 * date), and for "around the selection" the selected node.
 */
export interface LayoutInput extends LayoutGraph {
  name: LayoutName;
  centre?: string | null;
}

/**
 * Positions of every node, centred on (0, 0), for the layouts that need no Cytoscape; null for the others
 * (see layoutRun.ts). The same input always gives the same positions.
 */
export function computeOwnLayout(input: LayoutInput): Record<string, Point> | null {
  if (usesQuickLayout(input.name, input.nodes.length)) return centred(arrange(input));
  switch (input.name) {
    case 'force':
      return centred(record(forceLayout(input)));
    case 'bodies':
      return centred(record(bodiesLayout(input)));
    case 'timeline':
      return centred(record(timelineLayout(input)));
    case 'around':
      return centred(record(aroundLayout(input, input.centre ?? null)));
    default:
      return null;
  }
}

/** Positions as the plain (prototype-free) record the worker posts. */
function record(positions: Positions): Record<string, Point> {
  const out = idRecord<Point>();
  for (const [id, p] of positions) out[id] = p;
  return out;
}

function arrange(input: LayoutInput): Record<string, Point> {
  const graph = new IdGraph();
  for (const n of input.nodes) graph.addNode(n.id, {});
  for (const e of input.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {});
  return quickLayoutPositions(graph);
}
