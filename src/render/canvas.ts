// The graph canvas: a façade over one Cytoscape instance so that nothing else touches Cytoscape. It never
// changes the graph; it shows what it is told (visible ids, selection, path) and reports input. Layouts over
// time are a LayoutSession's; how a graph is drawn for its size is the DrawingPolicy's.
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import { nodeSizeValues, sizeFromValue } from '../core/algorithms/nodeSize.ts';
import type { Camera, LayoutName, Point, Selection, SizeMeasure } from '../core/view/viewState.ts';
import { DrawingPolicy } from './drawingPolicy.ts';
import { toElements } from './elements.ts';
import { pngOf, snapshotOf, svgOf, type DrawingSnapshot } from './exportDrawing.ts';
import { LabelLayer, labelText } from './labelLayer.ts';
import { LayoutSession, type LayoutProgress } from './layoutSession.ts';
import type { Theme } from './palette.ts';
import { DEFAULT_RENDER_SETTINGS, type RenderSettings } from './settings.ts';
import { addInSlices, visibilityChange } from './slices.ts';
import { CameraControl } from './cameraControl.ts';
import { CurationLayer, isCurationId } from './curationLayer.ts';
import { nodesInRectangle } from '../core/view/lasso.ts';
import type { Curation } from '../core/view/curation.ts';
import { idRecord, ownValue } from '../core/idRecord.ts';

export type { LayoutProgress } from './layoutSession.ts';

export interface CanvasEvents {
  onSelectNode(id: string): void;
  /** Shift-click on a node: add it to the selection or take it out. */
  onToggleNode?(id: string): void;
  /** Shift-drag on the background: the nodes inside the rectangle. */
  onLasso?(ids: string[]): void;
  onSelectEdge(id: string): void;
  onClearSelection(): void;
  /** After a pan or zoom settles. */
  onCamera(camera: Camera): void;
  /** After the user drags nodes. */
  onMoved(positions: Record<string, Point>): void;
  /** While a layout runs and when it is drawn (see LayoutProgress). */
  onLayoutProgress?(progress: LayoutProgress): void;
}

type Visible = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
type Path = { nodes: readonly string[]; edges: readonly string[] };

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
  /** Where the last layout put each node, before any drag. */
  private laidOut = idRecord<Point>();
  /** What to show, kept while the elements are not drawn yet and applied once they are. */
  private visible: Visible | null;
  private dragged: Record<string, Point>;
  private wantedCamera: Camera | null;
  private selection: Selection = null;
  private multi: readonly string[] = [];
  private readonly curation: CurationLayer;
  private wantedCuration: Curation | null = null;
  private boxStart: Point | null = null;
  private path: Path | null = null;
  private sizeBy: SizeMeasure = 'measuresReceived';
  /** True once every element is in Cytoscape (after the first layout). */
  private drawn = false;
  private destroyed = false;

  constructor(options: CanvasOptions) {
    this.events = options.events;
    this.graph = options.graph;
    this.settings = options.settings ?? DEFAULT_RENDER_SETTINGS;
    this.policy = new DrawingPolicy(options.graph.order, this.settings);
    this.theme = options.theme;
    this.visible = options.visible;
    this.dragged = options.positions;
    this.wantedCamera = options.camera;
    this.sizeBy = options.sizeBy ?? this.sizeBy;
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
          (zoom) => this.cy.style(this.policy.stylesheet(this.theme, zoom)),
        )
      : null;
    this.bindInput();
    this.layouts = new LayoutSession(
      this.graph,
      this.settings,
      { place: (positions, first) => this.place(positions, first) },
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

  private bindInput(): void {
    const cy = this.cy;
    const shift = (e: EventObject): boolean => (e.originalEvent as MouseEvent | undefined)?.shiftKey === true;
    cy.on('tap', 'node', (e: EventObject) => {
      const id = String(e.target.id());
      if (isCurationId(id)) return;
      if (shift(e) && this.events.onToggleNode) this.events.onToggleNode(id);
      else this.events.onSelectNode(id);
    });
    cy.on('tap', 'edge', (e: EventObject) => {
      if (!isCurationId(String(e.target.id()))) this.events.onSelectEdge(e.target.id());
    });
    // Where a press on the background starts: Cytoscape's boxstart comes only once the pointer has moved.
    cy.on('tapstart', (e: EventObject) => {
      this.boxStart = { ...e.position };
    });
    cy.on('boxend', (e: EventObject) => {
      const start = this.boxStart;
      this.boxStart = null;
      if (!start) return;
      const positions = new Map<string, Point>();
      cy.nodes()
        .not('.hidden')
        .forEach((n) => {
          if (!isCurationId(n.id()) && !n.isParent()) positions.set(n.id(), n.position());
        });
      const ids = nodesInRectangle(positions, { x1: start.x, y1: start.y, x2: e.position.x, y2: e.position.y });
      // Cytoscape selects what the box held; the store decides what is selected.
      setTimeout(() => {
        this.events.onLasso?.(ids);
        this.showSelection();
      }, 0);
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.events.onClearSelection();
    });
    cy.on('dbltap', 'node', (e: EventObject) => this.centreOn(e.target.id(), 1.6));
    cy.on('mouseover', 'node', (e: EventObject) => {
      this.policy.hover(e.target as NodeSingular);
      this.labels?.hover(e.target as NodeSingular);
    });
    cy.on('mouseout', 'node', () => {
      this.policy.unhover();
      this.labels?.hover(null);
    });
    cy.on('dragfree', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (isCurationId(node.id())) return;
      const { x, y } = node.position();
      this.events.onMoved({ [node.id()]: { x: Math.round(x), y: Math.round(y) } });
      this.labels?.update();
    });
    cy.on('viewport', () => {
      if (!this.drawn) return;
      this.policy.viewportChanged();
      this.labels?.viewportChanged();
    });
  }

  /**
   * Lays out every node (see LayoutSession.run), then puts the dragged nodes where the user left them and fits
   * what is shown (or, the first time, shows the link's camera).
   */
  runLayout(name: LayoutName, dragged: Record<string, Point> = this.dragged, centre: string | null = null): void {
    this.dragged = dragged;
    this.layouts.run(name, centre);
  }

  /** Stops a layout still being computed and shows the quick arrangement instead. */
  cancelLayout(): void {
    this.layouts.cancel();
  }

  /** Puts laid-out positions on screen: the first time by adding the elements in slices, later by moving them. */
  private async place(positions: Record<string, Point>, first: boolean): Promise<void> {
    this.laidOut = positions;
    if (this.drawn) {
      this.view.quiet(() => this.setPositions(this.dragged));
      // The first layout keeps the link's camera, if any; a new layout chosen later is fitted.
      if (first && this.wantedCamera) this.setCamera(this.wantedCamera);
      else this.fitToView();
      this.labels?.update();
      return;
    }
    const display = this.labels ? (name: string) => labelText(name, this.settings) : undefined;
    const elements = toElements(this.graph, { ...this.laidOut, ...this.dragged }, this.visible, display);
    const sizes = this.sizes();
    for (const el of elements) if (el.group === 'nodes') el.data.size = sizes.get(String(el.data.id));
    // Look far away while adding: each frame in between then draws nothing (Cytoscape culls what is out of
    // view) instead of redrawing everything added so far.
    this.view.quiet(() => this.cy.viewport({ zoom: 1, pan: { x: 1e7, y: 1e7 } }));
    await addInSlices(this.cy, elements, {
      budgetMs: this.settings.sliceBudgetMs,
      onSlice: (done, total) => this.events.onLayoutProgress?.({ phase: 'drawing', done, total }),
      stopped: () => this.destroyed,
    });
    if (this.destroyed) return;
    this.drawn = true;
    this.applyWanted();
    this.labels?.update();
    this.policy.markDetail();
    this.markNextDraw('first-frame');
  }

  /** Selection, path and camera asked for while the elements were not drawn yet. */
  private applyWanted(): void {
    const selection = this.selection;
    this.selection = null;
    this.setSelection(selection, this.multi);
    if (this.wantedCuration) this.setCuration(this.wantedCuration);
    this.setPath(this.path);
    if (this.wantedCamera) this.setCamera(this.wantedCamera);
    else this.fitToView();
  }

  /**
   * Shows exactly the given elements. Only those whose visibility changes are touched, and nothing happens
   * when none does: every change restyles and redraws, which on a large graph costs a second.
   */
  setVisible(visible: Visible): void {
    const before = this.visible;
    this.visible = visible;
    if (!this.drawn) return;
    const nodes = visibilityChange(visible.nodes, before?.nodes ?? null, () => this.graph.nodes());
    const edges = visibilityChange(visible.edges, before?.edges ?? null, () => this.graph.edges());
    const show = [...nodes.show, ...edges.show];
    const hide = [...nodes.hide, ...edges.hide];
    if (show.length === 0 && hide.length === 0) return;
    this.cy.batch(() => {
      this.elements(show).removeClass('hidden');
      this.elements(hide).addClass('hidden');
    });
    this.labels?.update();
    this.markNextDraw('visible-drawn');
  }

  private elements(ids: Iterable<string>) {
    const collection = this.cy.collection();
    for (const id of ids) collection.merge(this.cy.getElementById(id));
    return collection;
  }

  /** Selects the element, or every node of a multi-selection (`multi`, when not empty). */
  setSelection(selection: Selection, multi: readonly string[] = this.multi): void {
    this.selection = selection;
    this.multi = multi;
    this.showSelection();
  }

  private showSelection(): void {
    if (!this.drawn) return;
    const current = this.cy.$(':selected');
    const selection = this.selection;
    const wanted =
      this.multi.length > 0
        ? this.elements(this.multi)
        : selection
          ? this.cy.getElementById(selection.id)
          : this.cy.collection();
    if (current.same(wanted)) return;
    this.cy.batch(() => {
      current.unselect();
      wanted.select();
    });
    this.emphasise();
  }

  /** The selection's neighbourhood lit and labelled first, then the path's nodes. */
  private emphasise(): void {
    const id = this.selection?.type === 'node' ? this.selection.id : null;
    const around = this.policy.emphasise(id);
    this.labels?.setEmphasis(id === null ? [] : [id], [...around, ...(this.path?.nodes ?? [])]);
  }

  /** Draws the view's curation (groups, notes, labels, colours, pins) over what is shown. */
  setCuration(curation: Curation): void {
    this.wantedCuration = curation;
    if (this.drawn && this.visible) this.curation.apply(curation, this.visible);
  }

  /** Where the nodes are drawn now, in graph coordinates (for pinning them there). */
  nodePositions(ids: readonly string[]): Map<string, Point> {
    const at = new Map<string, Point>();
    for (const id of ids) {
      const node = this.cy.getElementById(id);
      if (node.nonempty() && node.isNode()) {
        const { x, y } = node.position();
        at.set(id, { x: Math.round(x), y: Math.round(y) });
      }
    }
    return at;
  }

  /** The middle of what is in view, in graph coordinates (where a free note goes). */
  viewCentre(): Point {
    const e = this.cy.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  }

  setPath(path: Path | null): void {
    this.path = path;
    if (!this.drawn) return;
    this.cy.batch(() => {
      this.cy.elements('.on-path').removeClass('on-path');
      if (path) this.elements([...path.nodes, ...path.edges]).addClass('on-path');
    });
    this.emphasise();
  }

  /** Node diameters by the measure picked: the least for nothing, the most for the largest value. */
  private sizes(): Map<string, number> {
    const values = nodeSizeValues(this.graph, this.sizeBy);
    const largest = Math.max(0, ...values.values());
    const { nodeMinSize: min, nodeMaxSize: max } = this.settings;
    const sizes = new Map<string, number>();
    for (const [id, value] of values) {
      const least = this.graph.getNodeAttribute(id, 'kind') === 'sanctioningBody' ? min + 8 : min;
      sizes.set(id, sizeFromValue(value, largest, least, Math.max(max, least)));
    }
    return sizes;
  }

  /** Node sizes show `measure` (measures received, imposed, or degree); nothing moves. */
  setSizeBy(measure: SizeMeasure): void {
    if (measure === this.sizeBy) return;
    this.sizeBy = measure;
    if (!this.drawn) return;
    const sizes = this.sizes();
    this.cy.batch(() => this.cy.nodes().forEach((n) => void n.data('size', sizes.get(n.id()))));
    this.labels?.update();
  }

  /** Dragged nodes where the user left them; every other node back where the layout put it. */
  setPositions(positions: Record<string, Point>): void {
    this.dragged = positions;
    if (!this.drawn) return;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const wanted = ownValue(positions, n.id()) ?? ownValue(this.laidOut, n.id());
        if (!wanted) return;
        const now = n.position();
        if (now.x !== wanted.x || now.y !== wanted.y) n.position({ x: wanted.x, y: wanted.y });
      });
    });
    this.labels?.update();
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

  /** SVG markup of the whole graph or the current viewport, as drawn now. */
  svg(options: { full: boolean; background: boolean }): Promise<string> {
    return svgOf(this.cy, this.theme, { ...options, padding: this.settings.fitPadding }).then((markup) =>
      this.curation.decorateSvg(markup, this.theme),
    );
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
    this.view.destroy();
    this.cy.destroy();
  }
}
