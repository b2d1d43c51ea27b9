// The graph canvas: a façade over one Cytoscape instance so that nothing else touches Cytoscape. It never
// changes the graph; it shows what it is told (visible ids, selection, path) and reports input. Layouts over
// time are a LayoutSession's; how a graph is drawn for its size is the DrawingPolicy's; input is canvasInput's;
// where nodes are and how large is the NodeLayer's; visibility, selection and path are the SelectionLayer's.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { Camera, LayoutName, Point, Selection, SizeMeasure } from '../core/view/viewState.ts';
import { bindInput, type CanvasEvents } from './canvasInput.ts';
import { DrawingPolicy } from './drawingPolicy.ts';
import { pngOf, snapshotOf, type DrawingSnapshot, type SvgExportOptions } from './exportDrawing.ts';
import { LabelLayer, labelText } from './labelLayer.ts';
import { LayoutSession } from './layoutSession.ts';
import { NodeLayer } from './nodeLayer.ts';
import type { Theme } from './palette.ts';
import type { Box } from './labels.ts';
import { DEFAULT_RENDER_SETTINGS, type RenderSettings } from './settings.ts';
import { SelectionLayer, type Path, type Visible } from './selectionLayer.ts';
import { addInSlices } from './slices.ts';
import { CameraControl } from './cameraControl.ts';
import { CurationLayer } from './curationLayer.ts';
import type { TimeAxisLayer } from './timeAxisLayer.ts';
import type { Curation } from '../core/view/curation.ts';
import type { CombinedEdge } from '../core/algorithms/combinedEdges.ts';

export type { LayoutProgress } from './layoutSession.ts';
export type { CanvasEvents } from './canvasInput.ts';

export interface CanvasOptions {
  container: HTMLElement;
  graph: SanctionsGraph;
  theme: Theme;
  layout: LayoutName;
  /** The node "around the selection" is drawn around (null: the best-connected node). */
  centre?: string | null;
  positions: Record<string, Point>;
  camera: Camera | null;
  visible: Visible | null;
  events: CanvasEvents;
  sizeBy?: SizeMeasure;
  settings?: RenderSettings;
  /** Boxes laid over the canvas (the legend), in pixels from its top-left corner: labels keep out of them. */
  covered?: () => readonly Box[];
}

export class GraphCanvas {
  private readonly cy: Core;
  private readonly events: CanvasEvents;
  private readonly graph: SanctionsGraph;
  private readonly settings: RenderSettings;
  private readonly policy: DrawingPolicy;
  private readonly layouts: LayoutSession;
  private readonly view: CameraControl;
  /** Chooses the labels drawn (null on a large graph, which labels what is drawn in detail). */
  private readonly labels: LabelLayer | null;
  private theme: Theme;
  private readonly nodes: NodeLayer;
  private readonly shown: SelectionLayer;
  private wantedCamera: Camera | null;
  private readonly curation: CurationLayer;
  /** The Timeline's date ruler, loaded the first time that layout is shown. */
  private axis: TimeAxisLayer | null = null;
  private wantedCuration: { curation: Curation; combined: readonly CombinedEdge[] } | null = null;
  /** True once every element is in Cytoscape (after the first layout). */
  private drawn = false;
  private destroyed = false;

  constructor(options: CanvasOptions) {
    this.events = options.events;
    this.graph = options.graph;
    this.settings = options.settings ?? DEFAULT_RENDER_SETTINGS;
    this.policy = new DrawingPolicy(options.graph.order, this.settings);
    this.theme = options.theme;
    this.wantedCamera = options.camera;
    // Created empty: the elements are added once the layout worker has placed them.
    this.cy = cytoscape({
      container: options.container,
      ...this.policy.cytoscapeOptions(options.theme),
      layout: { name: 'preset' },
      selectionType: 'single',
      // Box selection needs a modifier while panning is on: shift-drag is the lasso (see bindInput).
      boxSelectionEnabled: true,
      minZoom: this.settings.minZoom,
      maxZoom: this.settings.maxZoom,
    });
    this.policy.attach(this.cy);
    this.curation = new CurationLayer(this.cy);
    this.view = new CameraControl(this.cy, this.settings, this.policy, (camera) => this.events.onCamera(camera));
    this.labels = this.policy.placesLabels
      ? new LabelLayer(
          this.cy,
          this.settings,
          (id) => (this.graph.hasNode(id) ? this.graph.degree(id) : 0),
          (zoom) => this.curation.keepTextSize(zoom),
          options.covered,
        )
      : null;
    const sizeBy = options.sizeBy ?? 'measuresReceived';
    this.nodes = new NodeLayer(this.cy, this.graph, this.settings, () => this.drawn, options.positions, sizeBy);
    this.shown = new SelectionLayer(this.cy, this.graph, this.policy, this.labels, options.visible, () =>
      this.markNextDraw('visible-drawn'),
    );
    bindInput(this.cy, this.events, {
      lassoed: () => this.shown.showSelection(),
      moved: () => this.labels?.update(),
      centreOn: (id) => this.centreOn(id, 1.6),
    });
    this.bindDrawing();
    this.layouts = new LayoutSession(
      this.graph,
      this.settings,
      { place: (positions, first, layout) => this.place(positions, first, layout) },
      (progress) => this.events.onLayoutProgress?.(progress),
    );
    this.layouts.run(options.layout, options.centre ?? null);
  }

  /**
   * Sets the performance mark `app:<name>` (detail: the node count) at the first animation frame after
   * Cytoscape next draws. Cheap; read by the benchmark (scripts/lib/bench, docs/benchmarks.md).
   */
  private markNextDraw(name: string): void {
    const nodes = this.cy.nodes().length;
    this.cy.one('render', () => requestAnimationFrame(() => performance.mark(`app:${name}`, { detail: { nodes } })));
  }

  /** Hover and viewport changes the drawing follows (labels, detail on a large graph). */
  private bindDrawing(): void {
    this.cy.on('mouseover', 'node', (e) => {
      this.policy.hover(e.target as NodeSingular);
      this.labels?.hover(e.target as NodeSingular);
    });
    this.cy.on('mouseout', 'node', () => {
      this.policy.unhover();
      this.labels?.hover(null);
    });
    this.cy.on('viewport', () => {
      if (!this.drawn) return;
      this.policy.viewportChanged();
      this.labels?.viewportChanged();
    });
  }

  /**
   * Lays out every node (see LayoutSession.run), then puts the dragged nodes where the user left them and fits
   * what is shown (or, the first time, shows the link's camera).
   */
  runLayout(name: LayoutName, dragged?: Record<string, Point>, centre: string | null = null): void {
    if (dragged) this.nodes.dragged = dragged;
    this.layouts.run(name, centre);
  }

  /** Chooses the labels again: what covers the canvas (the legend) changed. */
  relabel(): void {
    if (this.drawn) this.labels?.update();
  }

  /** Stops a layout still being computed and shows the quick arrangement instead. */
  cancelLayout(): void {
    this.layouts.cancel();
  }

  /** Puts laid-out positions on screen: the first time by adding the elements in slices, later by moving them. */
  private async place(positions: Record<string, Point>, first: boolean, layout: LayoutName | null): Promise<void> {
    if (this.drawn) {
      void this.showAxis(positions, layout);
      this.view.quiet(() => this.nodes.setLaidOut(positions));
      // The first layout keeps the link's camera, if any; a new layout chosen later is fitted.
      if (first && this.wantedCamera) this.setCamera(this.wantedCamera);
      else this.fitToView();
      this.labels?.update();
      return;
    }
    const display = this.labels ? (name: string) => labelText(name, this.settings) : undefined;
    const elements = this.nodes.elements(positions, this.shown.visible, display);
    // Look far away while adding: a frame between two batches then draws nothing (Cytoscape culls what is out
    // of view) instead of redrawing everything added so far.
    this.view.quiet(() => this.cy.viewport({ zoom: 1, pan: { x: 1e7, y: 1e7 } }));
    await addInSlices(this.cy, elements, {
      // A graph drawn in full detail goes in as a first slice and then all the rest (measured at 1,000 nodes
      // before the batches of addInSlices, which now keep slices from being restyled one by one).
      budgetMs: this.policy.fast ? this.settings.sliceBudgetMs : Infinity,
      batchElements: this.settings.styleBatchElements,
      onSlice: (done, total) => this.events.onLayoutProgress?.({ phase: 'drawing', done, total }),
      stopped: () => this.destroyed,
    });
    if (this.destroyed) return;
    this.drawn = true;
    // Labels are chosen there (showPath), once the camera is set.
    this.applyWanted();
    void this.showAxis(positions, layout);
    this.policy.markDetail();
    this.markNextDraw('first-frame');
  }

  /** The date ruler only where x means a date: the Timeline layout's own positions. */
  private async showAxis(positions: Record<string, Point>, layout: LayoutName | null): Promise<void> {
    if (layout !== 'timeline') return this.axis?.show([]);
    const { TimeAxisLayer } = await import('./timeAxisLayer.ts');
    if (this.destroyed || this.layouts.name !== 'timeline') return;
    this.axis ??= new TimeAxisLayer(this.cy);
    this.axis.showTimeline(this.graph, positions);
  }

  /** Selection, path and camera asked for while the elements were not drawn yet. */
  private applyWanted(): void {
    const camera = () => (this.wantedCamera ? this.setCamera(this.wantedCamera) : this.fitToView());
    // Where labels are placed, the camera first: the selection and path then choose their labels once, for the
    // view that is shown (when Cytoscape first styles every node: 100 ms at 100 nodes on the benchmark
    // machine). A large graph keeps the earlier order: the camera first measured 1 s slower at 5,000 nodes.
    if (!this.labels) {
      this.shown.markDrawn();
      if (this.wantedCuration) this.setCuration(this.wantedCuration.curation, this.wantedCuration.combined);
      this.shown.showPath();
      camera();
      return;
    }
    if (this.wantedCuration) this.setCuration(this.wantedCuration.curation, this.wantedCuration.combined);
    camera();
    this.shown.markDrawn();
    this.shown.showPath();
  }

  /** Shows exactly the given elements (see SelectionLayer.setVisible). */
  setVisible(visible: Visible): void {
    this.shown.setVisible(visible);
  }

  /** Selects the element, or every node of a multi-selection (`multi`, when not empty). */
  setSelection(selection: Selection, multi?: readonly string[]): void {
    this.shown.setSelection(selection, multi);
  }

  setPath(path: Path | null): void {
    this.shown.setPath(path);
  }

  /** The view's "as of" day: fades who has nothing shown then, marks the measures of that day (SelectionLayer). */
  setAsOf(day: string | null): void {
    this.shown.setAsOf(day);
  }

  /** Draws the view's curation (groups with their combined edges, notes, labels, colours, pins) over what is shown. */
  setCuration(curation: Curation, combined: readonly CombinedEdge[] = []): void {
    this.wantedCuration = { curation, combined };
    const visible = this.shown.visible;
    if (!this.drawn || !visible) return;
    this.curation.apply(curation, visible, combined);
    // Group names keep their size on screen where labels do (a large graph draws them in graph units).
    if (this.labels) this.curation.keepTextSize(this.cy.zoom());
  }

  /** Where the nodes are drawn now, in graph coordinates (for pinning them there). */
  nodePositions(ids: readonly string[]): Map<string, Point> {
    return this.nodes.at(ids);
  }

  /** The middle of what is in view, in graph coordinates (where a free note goes). */
  viewCentre(): Point {
    const e = this.cy.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  }

  /** Node sizes show `measure` (measures received, imposed, or degree); nothing moves. */
  setSizeBy(measure: SizeMeasure): void {
    if (this.nodes.setSizeBy(measure)) this.labels?.update();
  }

  /** Dragged nodes where the user left them; every other node back where the layout put it. */
  setPositions(positions: Record<string, Point>): void {
    this.nodes.setPositions(positions);
    if (this.drawn) this.labels?.update();
  }

  setTheme(theme: Theme): void {
    // Restyling every element takes seconds on a large graph: only when the theme really changes.
    if (theme === this.theme) return;
    this.theme = theme;
    this.cy.style(this.policy.stylesheet(theme, this.cy.zoom()));
  }

  camera(): Camera {
    return this.view.current();
  }

  setCamera(camera: Camera): void {
    this.wantedCamera = camera;
    if (this.drawn) this.view.set(camera);
  }

  /** Fits what is shown at once, without reporting a camera move: what a view without a camera shows. */
  fitToView(): void {
    this.wantedCamera = null;
    if (this.drawn) this.view.fitNow(this.cy.elements().not('.hidden'));
  }

  fit(): void {
    // The container may have changed size (a bar above it came or went) since Cytoscape last looked.
    this.cy.resize();
    this.view.fit(this.cy.elements().not('.hidden'));
  }

  zoomBy(factor: number): void {
    this.view.zoomBy(factor);
  }

  centreOn(id: string, zoom?: number): void {
    this.view.centreOn(id, zoom);
  }

  /** PNG: whole graph or the current viewport, at a scale, with or without background. */
  png(options: { full: boolean; scale: number; background: string | null }): Blob {
    return pngOf(this.cy, options);
  }

  /** SVG markup of the whole graph or the current viewport, as drawn now, framed when a frame is given. */
  async svg(options: SvgExportOptions): Promise<string> {
    const { svgOf } = await import('./exportSvg.ts');
    return svgOf(this.cy, this.theme, { ...options, padding: this.settings.fitPadding }, async (markup, box, scale) => {
      const decorated = await this.curation.decorateSvg(markup, this.theme);
      return this.axis?.decorateSvg(decorated, box, scale, this.theme) ?? decorated;
    });
  }

  /** Read-only facts for tests and exports: what is drawn and where. */
  snapshot(): DrawingSnapshot & { curation: ReturnType<CurationLayer['snapshot']> } {
    return { ...snapshotOf(this.cy, this.camera()), curation: this.curation.snapshot() };
  }

  renderedPosition(id: string): Point | null {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  }

  destroy(): void {
    this.destroyed = true;
    this.layouts.destroy();
    this.labels?.destroy();
    this.policy.destroy();
    this.curation.destroy();
    this.axis?.destroy();
    this.view.destroy();
    this.cy.destroy();
  }
}
