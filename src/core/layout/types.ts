// What the layouts read of a graph: plain data (ids, kinds, edge ends, measure dates), cheap to copy to the
// layout worker. Every layout here is a pure function from this (and, for some, the view) to positions.
import type { NodeKind } from '../model/kinds.ts';

export interface LayoutNode {
  id: string;
  kind: NodeKind;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  /** measure: body -> target; role: person -> organisation; link: any two entities. */
  kind: 'measure' | 'role' | 'link';
  /** For a dated measure: its first day in force ("YYYY-MM-DD"). */
  date?: string;
}

export interface LayoutGraph {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

export interface Point {
  x: number;
  y: number;
}

/** Positions keyed by node id, in a Map: ids are data and never keys of plain objects. */
export type Positions = Map<string, Point>;

export class LayoutError extends Error {
  constructor(message: string) {
    super(`core/layout: ${message}`);
    this.name = 'LayoutError';
  }
}

/**
 * Distance between node centres that every layout keeps at least: the largest node (64 units wide) and
 * room for a short label line beside it.
 */
export const NODE_SPACING = 90;
