// The type of the one shareable view state: everything a link or view file must carry to reopen a view
// exactly. Plain data, versioned. Each field's default, readers, writer and rules are one row of fields.ts.
import type { ListType, MeasureKind, MeasureStatus, NodeKind } from '../model/schema.ts';
import type { Curation } from './curation.ts';

export const VIEW_STATE_VERSION = 1;

/**
 * Every layout a link may name; the first is the default. The last four are older layouts (fcose, the force
 * layout before ForceAtlas2, and three that were hard to read): links naming them still open as they were, but
 * the layout menu no longer offers them (see MENU_LAYOUTS).
 */
export const LAYOUTS = [
  'force',
  'bodies',
  'timeline',
  'around',
  'fcose',
  'concentric',
  'breadthfirst',
  'circle',
] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** The layouts the layout menu offers. */
export const MENU_LAYOUTS: readonly LayoutName[] = ['force', 'bodies', 'timeline', 'around'];

/** How each layout is named to users. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  bodies: 'By sanctioning body',
  timeline: 'Timeline',
  around: 'Around the selection',
  fcose: 'Force-directed (older)',
  concentric: 'Concentric (older)',
  breadthfirst: 'Breadth-first (older)',
  circle: 'Circle (older)',
};

/** What node sizes show (see core/algorithms/nodeSize.ts). The first is the default. */
export const SIZE_MEASURES = ['measuresReceived', 'measuresImposed', 'degree'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** How each size measure is named to readers (the legend says "Node size: <label>"). */
export const SIZE_MEASURE_LABELS: Record<SizeMeasure, string> = {
  measuresReceived: 'measures received',
  measuresImposed: 'measures imposed',
  degree: 'number of relations',
};

/** Which edges an expansion follows from a node. */
export const EXPANSION_KINDS = ['measures', 'roles', 'links'] as const;
export type ExpansionKind = (typeof EXPANSION_KINDS)[number];

/** The side panels. */
export const PANELS = ['details', 'insights', 'filters'] as const;
export type PanelName = (typeof PANELS)[number];

/** The main views: the graph canvas or the list as a table. */
export const MAIN_VIEWS = ['graph', 'list'] as const;
export type MainViewName = (typeof MAIN_VIEWS)[number];

/** How identity judgements show: judged-same nodes as one node (default), or split as recorded. */
export const IDENTITY_VIEWS = ['merged', 'split'] as const;
export type IdentityViewName = (typeof IDENTITY_VIEWS)[number];

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

/** Filters list what is hidden, so the default (nothing hidden) is empty and costs nothing in a link. */
export interface Filters {
  nodeKinds: NodeKind[];
  measureKinds: MeasureKind[];
  /** Sanctioning body node ids whose measures are hidden. */
  bodies: string[];
  /** ISO country codes whose nodes are hidden ("" for nodes without a country). */
  countries: string[];
  measureStatuses: MeasureStatus[];
  /** Kinds of list (sanctions, debarment...) whose measures are hidden; curated measures are sanctions. */
  listTypes: ListType[];
}

export interface Point {
  x: number;
  y: number;
}

export interface Camera {
  zoom: number;
  pan: Point;
}

export interface ViewState {
  version: typeof VIEW_STATE_VERSION;
  /** The dataset version the view was made on. */
  dataset: string | null;
  selection: Selection;
  /** A multi-selection (shift-click, lasso, select all): two or more node ids; empty otherwise. */
  selectedNodes: string[];
  filters: Filters;
  /** ISO date (YYYY-MM-DD): show what was announced and held by then. null: everything. */
  asOf: string | null;
  /** Show only this node's neighbourhood, to this depth (1 to 3). */
  focus: { node: string; depth: 1 | 2 | 3 } | null;
  /** Neighbours added to a focused view, node by node and edge kind by edge kind. */
  expanded: { node: string; kind: ExpansionKind }[];
  /** Endpoints of the path search. */
  path: { from: string | null; to: string | null };
  layout: LayoutName;
  /** What node sizes show. */
  sizeBy: SizeMeasure;
  /** null: fit the graph to the screen. */
  camera: Camera | null;
  /** Positions of nodes the user dragged, by node id. */
  positions: Record<string, Point>;
  /** The side panel shown and the main view (graph canvas or the list as a table). */
  panel: PanelName;
  mainView: MainViewName;
  /** Nodes judged to be one body: shown as one node ("merged") or as recorded ("split"). */
  identities: IdentityViewName;
  /** What the author hid, pinned, grouped, annotated and restyled (curation.ts). */
  curation: Curation;
}

/** What the loaded data holds: the ids a view may name, and the dataset version. */
export interface KnownData {
  /** The nodes of the data as shown now (judged-same nodes merged or split). */
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  datasetVersion: string | null;
  /**
   * Each node a judgement merges into another, with the node it goes into (none when absent). A view asking
   * for merged nodes names the merged node; one asking for them split keeps the id.
   */
  mergedAway?: ReadonlyMap<string, string>;
}
