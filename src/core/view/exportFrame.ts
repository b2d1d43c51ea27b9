// What goes in the frame of a published image or an embed, around the drawing: the title, the date the view
// is as of, one line per active filter, the legend of what is drawn, the data version and the credit.
import type { ElementSet } from '../algorithms/types.ts';
import { countryLabel } from '../algorithms/filters.ts';
import type { SanctionsGraph } from '../graph/build.ts';
import { LIST_TYPE_LABEL, MEASURE_KIND_LABEL, MEASURE_STATUS_LABEL, NODE_KIND_LABEL } from '../model/labels.ts';
import { MEASURE_KINDS, NODE_KINDS, type MeasureKind, type NodeKind } from '../model/kinds.ts';
import type { DatasetInfo } from '../model/schema.ts';
import { SIZE_MEASURE_LABELS, type ViewState } from './types.ts';

/** The kinds drawn, in the legend's order: only what the reader can see. */
export interface FrameLegend {
  nodeKinds: NodeKind[];
  measureKinds: MeasureKind[];
  roles: boolean;
  links: boolean;
  /** "Node size: measures received". */
  sizeLine: string;
  /** Lines under it saying what the drawing marks (faint nodes, thick measures), when it marks anything. */
  notes?: string[];
}

export interface ExportFrame {
  title: string;
  /** The curated caption, '' for none. */
  caption: string;
  /** "As of 2021-12-31: measures announced by then" or the date the data was checked. */
  asOfLine: string;
  /** One line per active filter ("Hidden: US Department of Commerce"); empty when nothing is filtered. */
  filterLines: string[];
  legend: FrameLegend;
  /** "Data: <title>, version <version>". */
  dataLine: string;
  /** Who made it and where the facts come from. */
  creditLine: string;
}

/** The product's name in every credit line. */
export const PRODUCT_NAME = 'Sanctions graph explorer';

/** Names listed in one filter line before "and N more". */
const NAMES_PER_LINE = 4;

function listed(names: readonly string[]): string {
  if (names.length <= NAMES_PER_LINE) return names.join(', ');
  return `${names.slice(0, NAMES_PER_LINE).join(', ')} and ${names.length - NAMES_PER_LINE} more`;
}

function nameOf(graph: SanctionsGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id;
}

/**
 * The title a view gets when its author gave none: measures against (or imposed by) the focused node, or the
 * dataset's title; followed by the date when the view is limited to one. A selection alone does not name the
 * view: the whole graph is still drawn.
 */
export function defaultExportTitle(graph: SanctionsGraph, view: ViewState, info: DatasetInfo): string {
  const node = view.focus?.node ?? null;
  let title = info.title;
  if (node !== null && graph.hasNode(node)) {
    const { name, kind } = graph.getNodeAttributes(node);
    title = kind === 'sanctioningBody' ? `Measures imposed by ${name}` : `Measures against ${name}`;
  }
  return view.asOf ? `${title}, as of ${view.asOf}` : title;
}

/** One line per active filter, the focus and the author's hidden nodes, in the filter panel's order. */
export function filterLines(graph: SanctionsGraph, view: ViewState): string[] {
  const { filters, focus, curation } = view;
  const lines: string[] = [];
  if (filters.nodeKinds.length > 0)
    lines.push(`Hidden entity kinds: ${listed(filters.nodeKinds.map((k) => NODE_KIND_LABEL[k]))}`);
  if (filters.measureKinds.length > 0)
    lines.push(`Hidden measure kinds: ${listed(filters.measureKinds.map((k) => MEASURE_KIND_LABEL[k]))}`);
  if (filters.bodies.length > 0) lines.push(`Hidden: ${listed(filters.bodies.map((id) => nameOf(graph, id)))}`);
  if (filters.countries.length > 0) lines.push(`Hidden countries: ${listed(filters.countries.map(countryLabel))}`);
  if (filters.measureStatuses.length > 0)
    lines.push(`Hidden measure statuses: ${listed(filters.measureStatuses.map((s) => MEASURE_STATUS_LABEL[s]))}`);
  if (filters.listTypes.length > 0)
    lines.push(`Hidden kinds of list: ${listed(filters.listTypes.map((t) => LIST_TYPE_LABEL[t]))}`);
  if (focus && graph.hasNode(focus.node))
    lines.push(
      `Only what is within ${focus.depth} ${focus.depth === 1 ? 'step' : 'steps'} of ${nameOf(graph, focus.node)}`,
    );
  if (curation.hidden.length > 0)
    lines.push(`Left out by the author: ${listed(curation.hidden.map((id) => nameOf(graph, id)))}`);
  return lines;
}

/** The one-line note an embed shows when filters are active; null when nothing is filtered. */
export function filterNote(lines: readonly string[]): string | null {
  return lines.length === 0 ? null : `Filters: ${lines.join('; ')}`;
}

/** The legend of what `shown` draws: kinds present among its nodes and edges, in the legend's usual order. */
export function frameLegend(graph: SanctionsGraph, shown: ElementSet, view: ViewState): FrameLegend {
  const nodeKinds = new Set<NodeKind>();
  const measureKinds = new Set<MeasureKind>();
  let roles = false;
  let links = false;
  for (const id of shown.nodes) if (graph.hasNode(id)) nodeKinds.add(graph.getNodeAttribute(id, 'kind'));
  for (const id of shown.edges) {
    if (!graph.hasEdge(id)) continue;
    const edge = graph.getEdgeAttributes(id);
    if (edge.kind === 'measure') measureKinds.add(edge.record.kind);
    else if (edge.kind === 'role') roles = true;
    else links = true;
  }
  return {
    nodeKinds: NODE_KINDS.filter((k) => nodeKinds.has(k)),
    measureKinds: MEASURE_KINDS.filter((k) => measureKinds.has(k)),
    roles,
    links,
    sizeLine: `Node size: ${SIZE_MEASURE_LABELS[view.sizeBy]}`,
  };
}

/**
 * Everything the frame of an export holds for `view` drawing `shown`. `title` is the title the user typed in
 * the share menu ('' or absent: the curated title, else defaultExportTitle).
 */
export function composeExportFrame(input: {
  graph: SanctionsGraph;
  view: ViewState;
  info: DatasetInfo;
  shown: ElementSet;
  title?: string;
}): ExportFrame {
  const { graph, view, info, shown } = input;
  const typed = input.title?.trim() ?? '';
  const title = typed !== '' ? typed : view.curation.title.trim() || defaultExportTitle(graph, view, info);
  const asOfLine = view.asOf
    ? `As of ${view.asOf}: only measures announced by then and posts held then`
    : info.date
      ? `All dates; data checked against its sources as of ${info.date}`
      : 'All dates';
  const credits = info.credits ?? [];
  return {
    title,
    caption: view.curation.caption.trim(),
    asOfLine,
    filterLines: filterLines(graph, view),
    legend: frameLegend(graph, shown, view),
    dataLine: `Data: ${info.title}, version ${info.version}`,
    creditLine: [`Made with the ${PRODUCT_NAME}`, 'sources listed for each fact in the explorer', ...credits].join(
      ' · ',
    ),
  };
}
