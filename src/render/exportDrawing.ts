// Exports of what the canvas draws: PNG from Cytoscape, SVG from the shown elements through svg.ts and the frame
// of svgFrame.ts (both loaded on first use: not needed for the first screen). The framed PNG rasterises the SVG.
import type { Core } from 'cytoscape';
import type { Camera, Point } from '../core/view/viewState.ts';
import type { Theme } from './palette.ts';
import type { SvgEdge, SvgNode } from './svg.ts';
import type { ExportFrame } from '../core/view/exportFrame.ts';
import { ANNOUNCED_NOW_LEGEND, UNCONNECTED_LEGEND } from '../core/model/labels.ts';
import { idRecord } from '../core/idRecord.ts';

/** PNG: whole graph or the current viewport, at a scale, with or without background. */
export function pngOf(cy: Core, options: { full: boolean; scale: number; background: string | null }): Blob {
  return cy.png({
    output: 'blob',
    full: options.full,
    scale: options.scale,
    ...(options.background ? { bg: options.background } : {}),
  });
}

/** What an SVG export draws: the whole graph or the view, with or without background, framed or bare. */
export interface SvgExportOptions {
  full: boolean;
  background: boolean;
  /** The title, legend, filters and credit around the drawing (svgFrame.ts); null: the drawing alone. */
  frame: ExportFrame | null;
}

/**
 * SVG markup of the whole graph or the current viewport, as drawn now: the whole graph at one pixel per graph
 * unit, the view at its zoom. `decorate` adds the curation (groups, notes) and the date ruler before the frame goes round it.
 */
export async function svgOf(
  cy: Core,
  theme: Theme,
  options: SvgExportOptions & { padding: number },
  decorate: (markup: string, box: { x1: number; y1: number; x2: number; y2: number }, scale: number) => Promise<string>,
): Promise<string> {
  // Curation (groups, notes) is drawn into the SVG by the curation layer, not as data.
  const shown = cy.elements().not('.hidden').not('.curation');
  const nodes: SvgNode[] = shown.nodes().map((n) => ({
    id: n.id(),
    // The author's label and highlight colour (curationLayer.ts) are what the canvas shows.
    label: String(n.data('customLabel') ?? n.data('label')),
    kind: n.data('kind'),
    size: n.width(),
    ...(typeof n.data('highlight') === 'string' ? { highlight: String(n.data('highlight')) } : {}),
    ...(n.hasClass('unconnected') ? { unconnected: true } : {}),
    // As on the canvas (labelLayer): the best-connected first, then the larger.
    importance: n.degree(false) * 1000 + n.width(),
    ...n.position(),
  }));
  const edges: SvgEdge[] = shown.edges().map((e) => ({
    source: e.source().id(),
    target: e.target().id(),
    edgeKind: e.data('edgeKind'),
    measureKind: e.data('measureKind'),
    ...(e.hasClass('announced-now') ? { announcedNow: true } : {}),
  }));
  const p = options.padding;
  const bb = shown.nodes().boundingBox({ includeLabels: false });
  const box = options.full ? { x1: bb.x1 - p, y1: bb.y1 - p, x2: bb.x2 + p, y2: bb.y2 + p } : cy.extent();
  const scale = options.full ? 1 : cy.zoom();
  const [{ graphToSvg }, { frameSvg }] = await Promise.all([import('./svg.ts'), import('./svgFrame.ts')]);
  const graph = await decorate(
    graphToSvg({ nodes, edges, box, theme, background: options.background, scale }),
    box,
    scale,
  );
  if (!options.frame) return graph;
  // The legend says what faint nodes and thick measures are, when the drawing has any.
  const { legend } = options.frame;
  const notes = [
    ...(nodes.some((n) => n.unconnected) ? [UNCONNECTED_LEGEND] : []),
    ...(edges.some((e) => e.announcedNow) ? [ANNOUNCED_NOW_LEGEND] : []),
  ];
  const frame = notes.length > 0 ? { ...options.frame, legend: { ...legend, notes } } : options.frame;
  return frameSvg(graph, frame, theme, options.background).markup;
}

export interface DrawingSnapshot {
  visibleNodes: string[];
  visibleEdges: string[];
  positions: Record<string, Point>;
  /** Each visible node's drawn diameter, in graph units. */
  diameters: Record<string, number>;
  camera: Camera;
  /** Nodes whose label is drawn, with the label's box in screen pixels as Cytoscape computes it. */
  labels: { id: string; x1: number; y1: number; x2: number; y2: number }[];
  /** Visible elements faded because they are not next to the selection. */
  faded: string[];
  /** Visible nodes drawn faint because none of their relations is shown at the "as of" date. */
  unconnected: string[];
  /** Visible measures drawn thick: announced on the "as of" day itself. */
  announcedNow: string[];
}

/** Read-only facts for tests and exports: what is drawn and where. */
export function snapshotOf(cy: Core, camera: Camera): DrawingSnapshot {
  const positions = idRecord<Point>();
  const diameters = idRecord<number>();
  const visibleNodes: string[] = [];
  cy.nodes()
    .not('.hidden')
    .not('.curation')
    .forEach((n) => {
      visibleNodes.push(n.id());
      positions[n.id()] = { ...n.position() };
      diameters[n.id()] = n.width();
    });
  const visibleEdges = cy
    .edges()
    .not('.hidden')
    .not('.curation')
    .map((e) => e.id());
  const { zoom, pan } = camera;
  const labels = cy
    .nodes('.labelled, .label-hover, :selected')
    .not('.hidden')
    .map((n) => {
      const b = n.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      });
      const at = (v: number, p: number) => v * zoom + p;
      return { id: n.id(), x1: at(b.x1, pan.x), y1: at(b.y1, pan.y), x2: at(b.x2, pan.x), y2: at(b.y2, pan.y) };
    });
  const faded = cy
    .elements('.faded')
    .not('.hidden')
    .map((e) => e.id());
  const unconnected = cy
    .nodes('.unconnected')
    .not('.hidden')
    .map((n) => n.id());
  const announcedNow = cy
    .edges('.announced-now')
    .not('.hidden')
    .map((e) => e.id());
  return { visibleNodes, visibleEdges, positions, diameters, camera, labels, faded, unconnected, announcedNow };
}
