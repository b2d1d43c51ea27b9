// How a graph is drawn for its size: small graphs in full detail; large ones (settings.fastDrawingMinNodes)
// for speed: a lighter stylesheet, full detail only for what is in view once zoomed in, no glides, and a hover
// that marks the neighbourhood instead of restyling every element.
import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';
import type { Theme } from './palette.ts';
import { labelStyle } from './labelLayer.ts';
import { drawsFast, type RenderSettings } from './settings.ts';
import { curationStyles } from './curationLayer.ts';
import { buildLargeGraphStylesheet, buildStylesheet } from './stylesheet.ts';

export class DrawingPolicy {
  /** True when the graph is drawn for speed. */
  readonly fast: boolean;
  private cy: Core | null = null;
  private detailTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    nodeCount: number,
    private readonly settings: RenderSettings,
  ) {
    this.fast = drawsFast(nodeCount, settings);
  }

  /** True when labels are chosen so that none collides (LabelLayer); large graphs label what is in detail. */
  get placesLabels(): boolean {
    return !this.fast;
  }

  /** The stylesheet (with the curation's looks last); `zoom` sets the label size (placed labels keep their size on screen). */
  stylesheet(theme: Theme, zoom = 1): StylesheetJson {
    const base = this.fast ? buildLargeGraphStylesheet(theme) : buildStylesheet(theme, labelStyle(zoom, this.settings));
    return [...base, ...curationStyles(theme, this.fast ? 1 : zoom)];
  }

  /** Cytoscape options that depend on the size. */
  cytoscapeOptions(theme: Theme): { style: StylesheetJson; hideEdgesOnViewport: boolean } {
    return { style: this.stylesheet(theme), hideEdgesOnViewport: this.fast };
  }

  /**
   * Lights up the selection's neighbourhood and fades the rest (small graphs: on a large one restyling every
   * element takes a second). Returns the neighbours, whose labels come first after the selection's.
   */
  emphasise(id: string | null): string[] {
    const cy = this.cy;
    if (!cy || this.fast) return [];
    const node = id === null ? cy.collection() : cy.getElementById(id);
    // Next to it through what is shown: an edge hidden by a filter or the date does not make a neighbour.
    const edges = node.nonempty() && node.isNode() ? node.connectedEdges().not('.hidden') : null;
    const around = edges ? node.union(edges).union(edges.connectedNodes()) : cy.collection();
    cy.batch(() => {
      cy.elements('.faded').removeClass('faded');
      if (around.nonempty()) cy.elements().difference(around).addClass('faded');
    });
    return around.nodes().map((n) => n.id());
  }

  attach(cy: Core): void {
    this.cy = cy;
  }

  /** After every pan or zoom: a large graph re-marks what is drawn in detail once the camera is still. */
  viewportChanged(): void {
    if (!this.fast) return;
    clearTimeout(this.detailTimer);
    this.detailTimer = setTimeout(() => this.markDetail(), 80);
  }

  /**
   * Large graph: marks what is in view (and a margin) `detail` once zoomed in to settings.detailMinZoom, and
   * unmarks everything when zoomed out below it. Only elements whose mark changes are restyled.
   */
  markDetail(): void {
    const cy = this.cy;
    if (!this.fast || !cy || cy.nodes().empty()) return;
    const marked = cy.elements('.detail');
    if (cy.zoom() < this.settings.detailMinZoom) {
      if (marked.nonempty()) marked.removeClass('detail');
      return;
    }
    const e = cy.extent();
    const mx = e.w * this.settings.detailMargin;
    const my = e.h * this.settings.detailMargin;
    const inView = cy.nodes().filter((n) => {
      const { x, y } = n.position();
      return x >= e.x1 - mx && x <= e.x2 + mx && y >= e.y1 - my && y <= e.y2 + my;
    });
    const wanted = inView.union(inView.connectedEdges());
    cy.batch(() => {
      wanted.difference(marked).addClass('detail');
    });
  }

  /**
   * Small graphs dim everything but the hovered node's neighbourhood. Large ones only mark the neighbourhood:
   * dimming restyles and redraws every element, which takes about a second at 5,000 nodes.
   */
  hover(node: NodeSingular): void {
    const cy = this.cy;
    if (!cy) return;
    const neighbourhood = node.closedNeighborhood();
    cy.batch(() => {
      if (this.fast) {
        cy.elements('.neighbour').removeClass('neighbour');
        neighbourhood.addClass('neighbour');
      } else {
        cy.elements().addClass('dimmed');
        neighbourhood.removeClass('dimmed');
      }
    });
  }

  unhover(): void {
    const cy = this.cy;
    if (!cy) return;
    if (this.fast) cy.elements('.neighbour').removeClass('neighbour');
    else cy.elements().removeClass('dimmed');
  }

  /**
   * Camera animations on large graphs jump instead: each animation frame is a full redraw, which there takes
   * hundreds of milliseconds, so a 300 ms glide held the page for seconds.
   */
  animationMs(ms: number): number {
    return this.fast ? 0 : ms;
  }

  destroy(): void {
    clearTimeout(this.detailTimer);
    this.cy = null;
  }
}
