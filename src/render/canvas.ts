// The graph canvas: wraps one Cytoscape instance behind a small API so that nothing else touches Cytoscape.
// It never changes the graph; it shows what it is told (visible ids, selection, path) and reports input.
import cytoscape, { type Core, type EventObject, type NodeSingular, type StylesheetJson } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { Camera, LayoutName, Point, Selection } from '../core/view/viewState.ts';
import { toElements } from './elements.ts';
import { layoutOptions } from './layouts.ts';
import type { Theme } from './palette.ts';
import { quickLayoutPositions, usesQuickLayout } from './quickLayout.ts';
import { buildStylesheet } from './stylesheet.ts';
import { withSeededRandom } from './seededRandom.ts';
import { graphToSvg, type SvgEdge, type SvgNode } from './svg.ts';

export interface CanvasEvents {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClearSelection(): void;
  /** After a pan or zoom settles. */
  onCamera(camera: Camera): void;
  /** After the user drags nodes. */
  onMoved(positions: Record<string, Point>): void;
}

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
 * Above this many nodes the canvas draws for speed: straight edges (bezier edges make Cytoscape look for
 * parallel edges on every redraw) and no edges while panning or zooming (see docs/benchmarks.md).
 */
export const FAST_DRAWING_MIN_NODES = 2000;

/** The stylesheet, with straight edges for large graphs. */
function stylesheetFor(theme: Theme, fast: boolean): StylesheetJson {
  const sheet = buildStylesheet(theme);
  return fast ? [...sheet, { selector: 'edge', style: { 'curve-style': 'straight' } }] : sheet;
}

export class GraphCanvas {
  private readonly cy: Core;
  private readonly events: CanvasEvents;
  private theme: Theme;
  private cameraTimer: ReturnType<typeof setTimeout> | undefined;
  /** Camera changes we cause ourselves are not reported back as user moves. */
  private quietCamera = false;
  /** Where the last layout put each node, before any drag. */
  private laidOut: Record<string, Point> = {};
  private readonly graph: SanctionsGraph;
  /** Large graph: drawn for speed (FAST_DRAWING_MIN_NODES). */
  private readonly fast: boolean;

  constructor(options: CanvasOptions) {
    this.events = options.events;
    this.graph = options.graph;
    this.fast = options.graph.order > FAST_DRAWING_MIN_NODES;
    this.theme = options.theme;
    this.cy = cytoscape({
      container: options.container,
      elements: toElements(options.graph, options.positions),
      style: stylesheetFor(options.theme, this.fast),
      hideEdgesOnViewport: this.fast,
      // No default (grid) layout on creation: runLayout below places every node.
      layout: { name: 'preset' },
      selectionType: 'single',
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 20,
    });
    if (options.visible) this.setVisible(options.visible);
    this.runLayout(options.layout, options.positions);
    if (options.camera) this.setCamera(options.camera);
    this.bindInput();
    this.markNextDraw('first-frame');
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
      if (this.quietCamera) return;
      clearTimeout(this.cameraTimer);
      this.cameraTimer = setTimeout(() => this.events.onCamera(this.camera()), CAMERA_SETTLE_MS);
    });
  }

  private hover(node: NodeSingular): void {
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      this.cy.elements().addClass('dimmed');
      neighbourhood.removeClass('dimmed');
    });
  }

  private unhover(): void {
    this.cy.elements().removeClass('dimmed');
  }

  /**
   * Lays out every node, shown or hidden, with a seeded generator and no constraints, so the same graph
   * and layout name always give the same positions (a shared link needs only the dragged ones); then puts
   * the dragged nodes where the user left them and fits what is shown.
   */
  runLayout(name: LayoutName, dragged: Record<string, Point> = {}): void {
    const detail = { nodes: this.cy.nodes().length };
    performance.mark('app:layout-start', { detail });
    this.quiet(() => {
      if (usesQuickLayout(name, detail.nodes)) {
        // Large graph: the quick arrangement (fcose would hold the page for minutes), hidden nodes included.
        const quick = quickLayoutPositions(this.graph);
        this.cy.batch(() => this.cy.nodes().positions((n) => quick[n.id()] ?? { x: 0, y: 0 }));
      } else {
        // Layouts skip display:none elements; unhide for the run (synchronous, so nothing is painted meanwhile).
        const hidden = this.cy.elements('.hidden');
        hidden.removeClass('hidden');
        try {
          withSeededRandom(1, () => this.cy.elements().layout(layoutOptions(name, {}, false, this.cy.nodes().length)).run());
        } finally {
          hidden.addClass('hidden');
        }
      }
      // Centre the node centres on (0, 0): layouts place the whole drawing by bounding boxes that include
      // labels, which Cytoscape measures differently for nodes hidden at start, shifting everything a little.
      const all = this.cy.nodes();
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      all.forEach((n) => {
        const { x, y } = n.position();
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      });
      const dx = all.empty() ? 0 : (minX + maxX) / 2;
      const dy = all.empty() ? 0 : (minY + maxY) / 2;
      const laidOut: Record<string, Point> = {};
      all.forEach((n) => {
        const { x, y } = n.position();
        laidOut[n.id()] = { x: x - dx, y: y - dy };
      });
      this.laidOut = laidOut;
      this.setPositions(dragged);
      this.cy.fit(this.cy.elements().not('.hidden'), 40);
    });
    performance.mark('app:layout-end', { detail });
  }

  setVisible(visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('hidden', !visible.nodes.has(n.id()));
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('hidden', !visible.edges.has(e.id()));
      });
    });
    this.markNextDraw('visible-drawn');
  }

  setSelection(selection: Selection): void {
    const current = this.cy.$(':selected');
    const wanted = selection ? this.cy.getElementById(selection.id) : this.cy.collection();
    if (current.same(wanted)) return;
    this.cy.batch(() => {
      current.unselect();
      wanted.select();
    });
  }

  setPath(path: { nodes: readonly string[]; edges: readonly string[] } | null): void {
    this.cy.batch(() => {
      this.cy.elements('.on-path').removeClass('on-path');
      if (!path) return;
      for (const id of [...path.nodes, ...path.edges]) this.cy.getElementById(id).addClass('on-path');
    });
  }

  /** Dragged nodes where the user left them; every other node back where the layout put it. */
  setPositions(positions: Record<string, Point>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const wanted = Object.hasOwn(positions, n.id()) ? positions[n.id()] : this.laidOut[n.id()];
        if (!wanted) return;
        const now = n.position();
        if (now.x !== wanted.x || now.y !== wanted.y) n.position({ x: wanted.x, y: wanted.y });
      });
    });
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.cy.style(stylesheetFor(theme, this.fast));
  }

  camera(): Camera {
    const pan = this.cy.pan();
    return { zoom: round(this.cy.zoom(), 1000), pan: { x: round(pan.x, 10), y: round(pan.y, 10) } };
  }

  setCamera(camera: Camera): void {
    this.quiet(() => this.cy.viewport({ zoom: camera.zoom, pan: { ...camera.pan } }));
  }

  /** Fits what is shown at once, without reporting a camera move: what a view without a camera shows. */
  fitToView(): void {
    this.quiet(() => this.cy.fit(this.cy.elements().not('.hidden'), 40));
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements().not('.hidden'), padding: 40 } }, { duration: 250 });
  }

  zoomBy(factor: number): void {
    const zoom = this.cy.zoom() * factor;
    this.cy.animate({ zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } }, { duration: 150 });
  }

  centreOn(id: string, zoom?: number): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.animate({ center: { eles: node }, ...(zoom ? { zoom: Math.max(zoom, this.cy.zoom()) } : {}) }, { duration: 300 });
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

  /** SVG markup of the whole graph or the current viewport. */
  svg(options: { full: boolean; background: boolean }): string {
    const shown = this.cy.elements().not('.hidden');
    const nodes: SvgNode[] = shown.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')), kind: n.data('kind'), ...n.position() }));
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
    return graphToSvg({ nodes, edges, box, theme: this.theme, background: options.background });
  }

  /** Read-only facts for tests and exports: what is drawn and where. */
  snapshot(): { visibleNodes: string[]; visibleEdges: string[]; positions: Record<string, Point>; camera: Camera } {
    const positions: Record<string, Point> = {};
    const visibleNodes: string[] = [];
    this.cy.nodes().not('.hidden').forEach((n) => {
      visibleNodes.push(n.id());
      const { x, y } = n.position();
      positions[n.id()] = { x, y };
    });
    const visibleEdges = this.cy.edges().not('.hidden').map((e) => e.id());
    return { visibleNodes, visibleEdges, positions, camera: this.camera() };
  }

  renderedPosition(id: string): Point | null {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  }

  destroy(): void {
    clearTimeout(this.cameraTimer);
    this.cy.destroy();
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

function round(value: number, factor: number): number {
  return Math.round(value * factor) / factor;
}
