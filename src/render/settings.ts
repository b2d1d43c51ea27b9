// The drawing's settings: every threshold and limit the canvas, the layouts and the large-graph view use, in
// one typed object with defaults (shaped like sigma.js's Settings), so a number has one home.
import { MAX_ZOOM, MIN_ZOOM } from '../core/view/validate.ts';

export interface RenderSettings {
  /** Zoom limits of the canvas; the same limits a shared link's camera is checked against. */
  minZoom: number;
  maxZoom: number;
  /**
   * Above this many nodes the canvas draws for speed: the large-graph stylesheet (full detail only for what is
   * in view once zoomed in, straight or haystack edges: bezier edges make Cytoscape look for parallel edges on
   * every redraw), hovering marks the neighbourhood instead of dimming everything else, and no edges are drawn
   * while panning or zooming (at 20,000 nodes, panning with edges drawn took two to three times as long).
   */
  fastDrawingMinNodes: number;
  /** On a large graph, from this zoom on what is in view is drawn in full (labels, arrowheads, dashes). */
  detailMinZoom: number;
  /** How far beyond the visible area (as a share of its size) elements are drawn in full, for panning. */
  detailMargin: number;
  /**
   * Above this many nodes the force layout is replaced by the quick arrangement: the force layout holds the
   * worker for seconds from about 1,000 nodes (hubs with hundreds of targets; see docs/benchmarks.md), while
   * the quick arrangement takes milliseconds.
   */
  forceLayoutMaxNodes: number;
  /** Above this many entities to show (and with no focus), the main area shows the summary, not the canvas. */
  summaryThresholdNodes: number;
  /** A pan or zoom is reported once it has been still this long. */
  cameraSettleMs: number;
  /**
   * A large graph's elements (see fastDrawingMinNodes) are added to Cytoscape in slices of about this many
   * milliseconds of work, so that drawing it for the first time never blocks input for long (one `cy.add` of
   * 15,000 elements takes over a second). A smaller graph goes in as one slice of 500 and then the rest (see
   * GraphCanvas.place).
   */
  sliceBudgetMs: number;
  /**
   * The slices go in batches of at least this many elements, each styled and measured in one go (see
   * addInSlices): fewer batches draw sooner, smaller ones hold the page for less time at once.
   */
  styleBatchElements: number;
  /** A force layout not done by then is previewed with the quick arrangement until it is. */
  previewAfterMs: number;
  /** Space (in screen pixels) left around what a fit shows: room for the labels of the outermost nodes. */
  fitPadding: number;
  /** A fit never zooms closer than this (a handful of nodes need not fill the screen). */
  fitMaxZoom: number;
  /** Node diameters in graph units: the least (nothing to show) and the most (the largest value). */
  nodeMinSize: number;
  nodeMaxSize: number;
  /** Node labels: font size in screen pixels (kept whatever the zoom). */
  labelSize: number;
  /** Widest a label line may be, in screen pixels; names wrap to two lines and are ellipsised beyond. */
  labelMaxWidth: number;
  /** Space between a node and its label, and between labels, in screen pixels. */
  labelGap: number;
  /** The halo (background) around a label's text, in screen pixels. */
  labelHalo: number;
  /**
   * How many of the best-connected nodes in view may label over their leaves where no side of the node is
   * free (see labels.ts): otherwise a body at the centre of its targets is never named.
   */
  labelHubs: number;
}

export const DEFAULT_RENDER_SETTINGS: Readonly<RenderSettings> = Object.freeze({
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  fastDrawingMinNodes: 2000,
  detailMinZoom: 0.35,
  detailMargin: 0.5,
  forceLayoutMaxNodes: 1000,
  summaryThresholdNodes: 25_000,
  cameraSettleMs: 250,
  sliceBudgetMs: 60,
  styleBatchElements: 15_000,
  previewAfterMs: 400,
  fitPadding: 60,
  fitMaxZoom: 2.5,
  nodeMinSize: 22,
  nodeMaxSize: 64,
  labelSize: 12,
  labelMaxWidth: 140,
  labelGap: 3,
  labelHalo: 2,
  labelHubs: 10,
});

/** Whether a graph of `order` nodes is drawn the fast way (see drawingPolicy.ts): no labels placed, no marks. */
export function drawsFast(order: number, settings: RenderSettings = DEFAULT_RENDER_SETTINGS): boolean {
  return order > settings.fastDrawingMinNodes;
}

export class RenderSettingsError extends Error {
  constructor(message: string) {
    super(`render/settings: ${message}`);
    this.name = 'RenderSettingsError';
  }
}

/** Throws RenderSettingsError when a setting is out of range (not a finite positive number, limits crossed). */
export function validateSettings(settings: RenderSettings): void {
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new RenderSettingsError(`${key} must be a finite number of 0 or more, got ${String(value)}`);
  }
  if (settings.minZoom <= 0 || settings.minZoom >= settings.maxZoom)
    throw new RenderSettingsError(`minZoom must be above 0 and below maxZoom (${settings.maxZoom})`);
}

/** The defaults with `partial` laid over them, validated. */
export function resolveSettings(partial: Partial<RenderSettings> = {}): RenderSettings {
  const settings = { ...DEFAULT_RENDER_SETTINGS, ...partial };
  validateSettings(settings);
  return settings;
}
