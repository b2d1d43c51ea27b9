// Exports of what the canvas draws: PNG from Cytoscape, and the snapshot tests and exports read. The SVG is
// exportSvg.ts, loaded on first use: the first screen does not need it.
import type { Core } from 'cytoscape';
import type { Camera, Point } from '../core/view/viewState.ts';
import type { ExportFrame } from '../core/view/exportFrame.ts';
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
