// The graph canvas: wraps one Cytoscape instance behind a small API so that nothing else touches Cytoscape.
// It never changes the graph; it shows what it is told (visible ids, selection, path) and reports input.
import cytoscape, { type Core, type EventObject, type NodeSingular, type StylesheetJson } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { Camera, LayoutName, Point, Selection } from '../core/view/viewState.ts';
import { toElements } from './elements.ts';
import { layoutInput, requestLayout, type LayoutJob } from './layoutClient.ts';
import type { Theme } from './palette.ts';
import { centred } from './positions.ts';
import { usesQuickLayout } from './layoutChoice.ts';
import { buildLargeGraphStylesheet, buildStylesheet } from './stylesheet.ts';
import type { SvgEdge, SvgNode } from './svg.ts';
import { idRecord, ownValue } from '../core/idRecord.ts';

export interface CanvasEvents {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClearSelection(): void;
  /** After a pan or zoom settles. */
  onCamera(camera: Camera): void;
  /** After the user drags nodes. */
  onMoved(positions: Record<string, Point>): void;
  /** While a layout runs and when it is drawn (see LayoutProgress). */
  onLayoutProgress?(progress: LayoutProgress): void;
}

/**
 * Where a layout is: computing positions in the worker (can be cancelled), drawing the elements in slices
 * (done of total), or done.
 */
export type LayoutProgress =
  | { phase: 'arranging'; nodes: number; layout: LayoutName }
  | { phase: 'drawing'; done: number; total: number }
  | { phase: 'done'; cancelled: boolean };

export interface CanvasOptions {
  container: HTMLElement;
  graph: SanctionsGraph;
  theme: Theme;
  layout: LayoutName;
  positions: Record<string, Point>;
  camera: Camera | null;
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  events: CanvasEvents;
}

const CAMERA_SETTLE_MS = 250;

/**
 * Above this many nodes the canvas draws for speed: the large-graph stylesheet (full detail only for what is
 * in view once zoomed in, straight or haystack edges: bezier edges make Cytoscape look for parallel edges on
 * every redraw), and hovering highlights the neighbourhood instead of dimming everything else (see
 * docs/benchmarks.md), and no edges while panning or zooming (at 20,000 nodes, panning with edges drawn took
 * two to three times as long).
 */
export const FAST_DRAWING_MIN_NODES = 2000;

/**
 * Elements are added to Cytoscape in slices of about this many milliseconds of work, so that drawing a large
 * graph for the first time never blocks input for long (one `cy.add` of 15,000 elements takes over a second).
 */
const SLICE_BUDGET_MS = 60;

/** A force layout not done by then is previewed with the quick arrangement until it is. */
const PREVIEW_AFTER_MS = 400;

/**
 * On a large graph, from this zoom on what is in view is drawn in full (labels, arrowheads, dashes); below it,
 * and outside the view, the lighter look of buildLargeGraphStylesheet.
 */
export const DETAIL_MIN_ZOOM = 0.35;

/** How far beyond the visible area (as a share of its size) elements are drawn in full, for panning. */
const DETAIL_MARGIN = 0.5;

function stylesheetFor(theme: Theme, fast: boolean): StylesheetJson {
  return fast ? buildLargeGraphStylesheet(theme) : buildStylesheet(theme);
}

type Visible = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };

export class GraphCanvas {
  private readonly cy: Core;
  private readonly events: CanvasEvents;
  private theme: Theme;
  private cameraTimer: ReturnType<typeof setTimeout> | undefined;
  /** Camera changes we cause ourselves are not reported back as user moves. */
  private quietCamera = false;
  /** Where the last layout put each node, before any drag. */
  private laidOut = idRecord<Point>();
  private readonly graph: SanctionsGraph;
  /** Large graph: drawn for speed (FAST_DRAWING_MIN_NODES). */
  private readonly fast: boolean;
  private detailTimer: ReturnType<typeof setTimeout> | undefined;
  /** What to show, kept while the elements are not drawn yet and applied once they are. */
  private visible: Visible | null;
  private dragged: Record<string, Point>;
  private wantedCamera: Camera | null;
  private selection: Selection = null;
  private path: { nodes: readonly string[]; edges: readonly string[] } | null = null;
  /** True once every element is in Cytoscape (after the first layout). */
  private drawn = false;
  private job: LayoutJob | null = null;
  /** Counts runLayout calls: a quick arrangement that arrives after a newer layout was asked for is dropped. */
  private layoutRuns = 0;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** The show in progress (adding elements is spread over several tasks). */
  private showing: Promise<void> = Promise.resolve();
  private layoutName: LayoutName = 'fcose';
  /** True once a first layout is final (not the preview). */
  private settled = false;
  private destroyed = false;

  constructor(options: CanvasOptions) {
    this.events = options.events;
    this.graph = options.graph;
    this.fast = options.graph.order > FAST_DRAWING_MIN_NODES;
    this.theme = options.theme;
    this.visible = options.visible;
    this.dragged = options.positions;
    this.wantedCamera = options.camera;
    // Created empty: the elements are added once the layout worker has placed them.
    this.cy = cytoscape({
      container: options.container,
      style: stylesheetFor(options.theme, this.fast),
      hideEdgesOnViewport: this.fast,
      layout: { name: 'preset' },
      selectionType: 'single',
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 20,
    });
    this.bindInput();
    this.runLayout(options.layout, options.positions);
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
    cy.on('tap', 'node', (e: EventObject) => this.events.onSelectNode(e.target.id()));
    cy.on('tap', 'edge', (e: EventObject) => this.events.onSelectEdge(e.target.id()));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.events.onClearSelection();
    });
    cy.on('dbltap', 'node', (e: EventObject) => this.centreOn(e.target.id(), 1.6));
    cy.on('mouseover', 'node', (e: EventObject) => this.hover(e.target as NodeSingular));
    cy.on('mouseout', 'node', () => this.unhover());
    cy.on('dragfree', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      const { x, y } = node.position();
      this.events.onMoved({ [node.id()]: { x: Math.round(x), y: Math.round(y) } });
    });
    cy.on('viewport', () => {
      if (this.fast) {
        clearTimeout(this.detailTimer);
        this.detailTimer = setTimeout(() => this.markDetail(), 80);
      }
      if (this.quietCamera) return;
      clearTimeout(this.cameraTimer);
      this.cameraTimer = setTimeout(() => this.events.onCamera(this.camera()), CAMERA_SETTLE_MS);
    });
  }

  /**
   * Large graph: marks what is in view (and a margin) `detail` once zoomed in to DETAIL_MIN_ZOOM, and unmarks
   * everything when zoomed out below it. Only elements whose mark changes are restyled.
   */
  private markDetail(): void {
    if (!this.fast || !this.drawn) return;
    const marked = this.cy.elements('.detail');
    if (this.cy.zoom() < DETAIL_MIN_ZOOM) {
      if (marked.nonempty()) marked.removeClass('detail');
      return;
    }
    const e = this.cy.extent();
    const mx = e.w * DETAIL_MARGIN;
    const my = e.h * DETAIL_MARGIN;
    const inView = this.cy.nodes().filter((n) => {
      const { x, y } = n.position();
      return x >= e.x1 - mx && x <= e.x2 + mx && y >= e.y1 - my && y <= e.y2 + my;
    });
    const wanted = inView.union(inView.connectedEdges());
    this.cy.batch(() => {
      wanted.difference(marked).addClass('detail');
    });
  }

  /**
   * Small graphs dim everything but the hovered node's neighbourhood. Large ones only mark the neighbourhood:
   * dimming restyles and redraws every element, which takes about a second at 5,000 nodes.
   */
  private hover(node: NodeSingular): void {
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      if (this.fast) {
        this.cy.elements('.neighbour').removeClass('neighbour');
        neighbourhood.addClass('neighbour');
      } else {
        this.cy.elements().addClass('dimmed');
        neighbourhood.removeClass('dimmed');
      }
    });
  }

  private unhover(): void {
    if (this.fast) this.cy.elements('.neighbour').removeClass('neighbour');
    else this.cy.elements().removeClass('dimmed');
  }

  /**
   * Lays out every node, shown or hidden, in the layout worker with a seeded generator and no constraints, so
   * the same graph and layout name always give the same positions (a shared link needs only the dragged ones);
   * then puts the dragged nodes where the user left them and fits what is shown (or, the first time, shows the
   * link's camera). A layout asked for while another runs replaces it.
   */
  runLayout(name: LayoutName, dragged: Record<string, Point> = this.dragged): void {
    this.job?.cancel();
    clearTimeout(this.previewTimer);
    this.layoutName = name;
    this.dragged = dragged;
    this.layoutRuns += 1;
    const detail = { nodes: this.graph.order };
    performance.mark('app:layout-start', { detail });
    this.events.onLayoutProgress?.({ phase: 'arranging', nodes: this.graph.order, layout: name });
    const job = requestLayout(layoutInput(this.graph, name));
    this.job = job;
    // A force layout that takes a while: show the quick arrangement meanwhile (Cancel keeps it).
    if (!this.drawn && name === 'fcose' && !usesQuickLayout(name, this.graph.order)) {
      this.previewTimer = setTimeout(() => {
        // No preview if its code cannot be loaded: the layout still arrives.
        this.quickArrangement().then(
          (positions) => {
            if (this.job === job && !this.destroyed) void this.show(positions, { final: false, cancelled: false });
          },
          () => undefined,
        );
      }, PREVIEW_AFTER_MS);
    }
    job.positions.then(
      (positions) => {
        if (this.job !== job || this.destroyed) return;
        this.job = null;
        clearTimeout(this.previewTimer);
        void this.show(positions, { final: true, cancelled: false });
      },
      (error: unknown) => {
        if (this.job !== job || this.destroyed) return;
        this.job = null;
        clearTimeout(this.previewTimer);
        // A failed layout must not leave an empty canvas: fall back to the quick arrangement.
        console.error('Layout failed; showing the quick arrangement instead.', error);
        this.showQuickArrangement();
      },
    );
  }

  /**
   * Stops a layout that is still being computed and shows the quick arrangement instead (milliseconds). The
   * view keeps its layout name, so choosing the layout again (or reopening the link) tries again.
   */
  cancelLayout(): void {
    const job = this.job;
    if (!job) return;
    this.job = null;
    clearTimeout(this.previewTimer);
    job.cancel();
    this.showQuickArrangement();
  }

  /** The quick arrangement, loaded on first use: the page needs it only for previews, Cancel and failures. */
  private async quickArrangement(): Promise<Record<string, Point>> {
    const { quickLayoutPositions } = await import('./quickLayout.ts');
    return centred(quickLayoutPositions(this.graph));
  }

  /** Shows the quick arrangement as the final layout, unless another layout was asked for meanwhile. */
  private showQuickArrangement(): void {
    const run = this.layoutRuns;
    this.quickArrangement().then(
      (positions) => {
        if (run === this.layoutRuns && !this.destroyed) void this.show(positions, { final: true, cancelled: true });
      },
      (error: unknown) => console.error('The quick arrangement could not be loaded.', error),
    );
  }

  /**
   * Puts laid-out positions on screen: the first time by adding the elements in slices, later by moving them.
   * `final` is false for the quick preview shown while a force layout is computed.
   */
  private async show(positions: Record<string, Point>, how: { final: boolean; cancelled: boolean }): Promise<void> {
    // One show at a time: a layout that arrives while the preview is still being added waits for it.
    const previous = this.showing;
    const current = (async () => {
      await previous;
      if (this.destroyed) return;
      this.laidOut = positions;
      if (!this.drawn) {
        await this.addElements();
        if (this.destroyed) return;
        this.drawn = true;
        this.applyWanted();
        this.markDetail();
        this.markNextDraw('first-frame');
      } else {
        this.quiet(() => this.setPositions(this.dragged));
        // The first layout keeps the link's camera, if any; a new layout chosen later is fitted.
        if (!this.settled && this.wantedCamera) this.setCamera(this.wantedCamera);
        else this.fitToView();
      }
      if (!how.final) {
        // The preview is drawn; the force layout is still being computed.
        this.events.onLayoutProgress?.({ phase: 'arranging', nodes: this.graph.order, layout: this.layoutName });
        return;
      }
      this.settled = true;
      performance.mark('app:layout-end', { detail: { nodes: this.graph.order } });
      this.events.onLayoutProgress?.({ phase: 'done', cancelled: how.cancelled });
    })();
    this.showing = current;
    await current;
  }

  /** Adds every element at its position (hidden ones with their class), in slices of SLICE_BUDGET_MS. */
  private async addElements(): Promise<void> {
    const elements = toElements(this.graph, { ...this.laidOut, ...this.dragged });
    const visible = this.visible;
    if (visible) {
      for (const el of elements) {
        const id = String(el.data.id);
        const shown = el.group === 'nodes' ? visible.nodes.has(id) : visible.edges.has(id);
        if (!shown) el.classes = 'hidden';
      }
    }
    // Look far away while adding: each frame in between then draws nothing (Cytoscape culls what is out of
    // view) instead of redrawing everything added so far; bounding boxes are still computed slice by slice.
    this.quiet(() => this.cy.viewport({ zoom: 1, pan: { x: 1e7, y: 1e7 } }));
    let next = 0;
    let slice = 500;
    while (next < elements.length) {
      const started = performance.now();
      this.cy.add(elements.slice(next, next + slice));
      next += slice;
      const took = performance.now() - started;
      if (next >= elements.length) break;
      this.events.onLayoutProgress?.({ phase: 'drawing', done: next, total: elements.length });
      // Aim each slice at the budget from the pace of the last one.
      slice = Math.max(200, Math.round((slice * SLICE_BUDGET_MS) / Math.max(took, 1)));
      await nextTask();
      if (this.destroyed) return;
    }
  }

  /** Selection, path and camera asked for while the elements were not drawn yet. */
  private applyWanted(): void {
    const selection = this.selection;
    const path = this.path;
    this.selection = null;
    this.setSelection(selection);
    this.setPath(path);
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
    // What changes, from the sets alone: reading every element's class takes tens of milliseconds on a large graph.
    const show: string[] = [];
    const hide: string[] = [];
    const compare = (wanted: ReadonlySet<string>, had: ReadonlySet<string> | null, all: () => Iterable<string>) => {
      if (!had) {
        for (const id of all()) if (!wanted.has(id)) hide.push(id);
        return;
      }
      for (const id of wanted) if (!had.has(id)) show.push(id);
      for (const id of had) if (!wanted.has(id)) hide.push(id);
    };
    compare(visible.nodes, before?.nodes ?? null, () => this.graph.nodes());
    compare(visible.edges, before?.edges ?? null, () => this.graph.edges());
    if (show.length === 0 && hide.length === 0) return;
    const elements = (ids: string[]) => {
      const collection = this.cy.collection();
      for (const id of ids) collection.merge(this.cy.getElementById(id));
      return collection;
    };
    this.cy.batch(() => {
      elements(show).removeClass('hidden');
      elements(hide).addClass('hidden');
    });
    this.markNextDraw('visible-drawn');
  }

  setSelection(selection: Selection): void {
    this.selection = selection;
    if (!this.drawn) return;
    const current = this.cy.$(':selected');
    const wanted = selection ? this.cy.getElementById(selection.id) : this.cy.collection();
    if (current.same(wanted)) return;
    this.cy.batch(() => {
      current.unselect();
      wanted.select();
    });
  }

  setPath(path: { nodes: readonly string[]; edges: readonly string[] } | null): void {
    this.path = path;
    if (!this.drawn) return;
    this.cy.batch(() => {
      this.cy.elements('.on-path').removeClass('on-path');
      if (!path) return;
      for (const id of [...path.nodes, ...path.edges]) this.cy.getElementById(id).addClass('on-path');
    });
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
  }

  setTheme(theme: Theme): void {
    // Restyling every element takes seconds on a large graph: only when the theme really changes.
    if (theme === this.theme) return;
    this.theme = theme;
    this.cy.style(stylesheetFor(theme, this.fast));
  }

  camera(): Camera {
    const pan = this.cy.pan();
    return { zoom: round(this.cy.zoom(), 1000), pan: { x: round(pan.x, 10), y: round(pan.y, 10) } };
  }

  setCamera(camera: Camera): void {
    this.wantedCamera = camera;
    if (!this.drawn) return;
    this.quiet(() => this.cy.viewport({ zoom: camera.zoom, pan: { ...camera.pan } }));
  }

  /** Fits what is shown at once, without reporting a camera move: what a view without a camera shows. */
  fitToView(): void {
    this.wantedCamera = null;
    if (!this.drawn) return;
    this.quiet(() => this.cy.fit(this.cy.elements().not('.hidden'), 40));
  }

  fit(): void {
    this.cy.animate(
      { fit: { eles: this.cy.elements().not('.hidden'), padding: 40 } },
      { duration: this.animationMs(250) },
    );
  }

  zoomBy(factor: number): void {
    const zoom = this.cy.zoom() * factor;
    this.cy.animate(
      { zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } },
      { duration: this.animationMs(150) },
    );
  }

  centreOn(id: string, zoom?: number): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.animate(
      { center: { eles: node }, ...(zoom ? { zoom: Math.max(zoom, this.cy.zoom()) } : {}) },
      { duration: this.animationMs(300) },
    );
  }

  /** PNG: whole graph or the current viewport, at a scale, with or without background. */
  png(options: { full: boolean; scale: number; background: string | null }): Blob {
    return this.cy.png({
      output: 'blob',
      full: options.full,
      scale: options.scale,
      ...(options.background ? { bg: options.background } : {}),
    });
  }

  /**
   * SVG markup of the whole graph or the current viewport, as drawn now. The SVG writer is loaded on first use
   * (it is not needed for the first screen).
   */
  async svg(options: { full: boolean; background: boolean }): Promise<string> {
    const shown = this.cy.elements().not('.hidden');
    const nodes: SvgNode[] = shown
      .nodes()
      .map((n) => ({ id: n.id(), label: String(n.data('label')), kind: n.data('kind'), ...n.position() }));
    const edges: SvgEdge[] = shown.edges().map((e) => ({
      source: e.source().id(),
      target: e.target().id(),
      edgeKind: e.data('edgeKind'),
      measureKind: e.data('measureKind'),
    }));
    const padding = 40;
    const bb = shown.boundingBox({});
    const box = options.full
      ? { x1: bb.x1 - padding, y1: bb.y1 - padding, x2: bb.x2 + padding, y2: bb.y2 + padding }
      : this.cy.extent();
    const theme = this.theme;
    const { graphToSvg } = await import('./svg.ts');
    return graphToSvg({ nodes, edges, box, theme, background: options.background });
  }

  /** Read-only facts for tests and exports: what is drawn and where. */
  snapshot(): { visibleNodes: string[]; visibleEdges: string[]; positions: Record<string, Point>; camera: Camera } {
    const positions = idRecord<Point>();
    const visibleNodes: string[] = [];
    this.cy
      .nodes()
      .not('.hidden')
      .forEach((n) => {
        visibleNodes.push(n.id());
        const { x, y } = n.position();
        positions[n.id()] = { x, y };
      });
    const visibleEdges = this.cy
      .edges()
      .not('.hidden')
      .map((e) => e.id());
    return { visibleNodes, visibleEdges, positions, camera: this.camera() };
  }

  renderedPosition(id: string): Point | null {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  }

  destroy(): void {
    this.destroyed = true;
    this.job?.cancel();
    this.job = null;
    clearTimeout(this.cameraTimer);
    clearTimeout(this.detailTimer);
    clearTimeout(this.previewTimer);
    this.cy.destroy();
  }

  /**
   * Camera animations on large graphs jump instead: each animation frame is a full redraw, which there takes
   * hundreds of milliseconds, so a 300 ms glide held the page for seconds.
   */
  private animationMs(ms: number): number {
    return this.fast ? 0 : ms;
  }

  private quiet(fn: () => void): void {
    this.quietCamera = true;
    try {
      fn();
    } finally {
      // Cytoscape emits viewport events synchronously; anything after this is the user's.
      this.quietCamera = false;
    }
  }
}

/** Resolves in a new task, after the browser has had a chance to handle input and draw. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function round(value: number, factor: number): number {
  return Math.round(value * factor) / factor;
}
