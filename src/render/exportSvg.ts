// The SVG export of what the canvas draws: the shown elements through svg.ts, in the frame of svgFrame.ts.
// Loaded on first use (canvas.ts): the first screen does not need it. The framed PNG rasterises this SVG.
import type { Core } from 'cytoscape';
import { ANNOUNCED_NOW_LEGEND, UNCONNECTED_LEGEND } from '../core/model/labels.ts';
import type { SvgExportOptions } from './exportDrawing.ts';
import type { Theme } from './palette.ts';
import type { SvgEdge, SvgNode } from './svg.ts';

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
