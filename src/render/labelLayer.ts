// Node labels on the canvas: which are drawn (labels.ts decides, most important first, none over another),
// at a constant size on screen whatever the zoom, wrapped to two lines, on a halo; the selection and a hovered
// node always show theirs.
import type { Core, NodeSingular } from 'cytoscape';
import { labelsShown, wrapLabel, type Box, type LabelCandidate, type LabelPlace } from './labels.ts';
import type { RenderSettings } from './settings.ts';
import type { LabelStyle } from './stylesheet.ts';

const MOVED = ['above', 'right', 'left'] as const;
const LABEL_CLASSES = 'labelled label-above label-right label-left';

/** Label sizes in graph units at `zoom`, so that on screen they are the settings' pixels. */
export function labelStyle(zoom: number, settings: RenderSettings): LabelStyle {
  return {
    size: settings.labelSize / zoom,
    margin: (settings.labelGap + settings.labelHalo) / zoom,
    halo: settings.labelHalo / zoom,
  };
}

/**
 * The zoom-dependent label properties of a node whose label is on side `place`: set on the few labelled nodes
 * only, as a style bypass, since replacing the stylesheet restyles every element (seconds at 1,000 nodes).
 */
export function labelBypass(
  place: LabelPlace,
  zoom: number,
  settings: RenderSettings,
): Record<string, string | number> {
  const { size, margin, halo } = labelStyle(zoom, settings);
  const x = place === 'right' ? margin : place === 'left' ? -margin : 0;
  const y = place === 'below' ? margin : place === 'above' ? -margin : 0;
  return { 'font-size': size, 'text-margin-x': x, 'text-margin-y': y, 'text-background-padding': `${halo}px` };
}

/** The label font: the stylesheet and the measure must agree for the boxes to be right. */
export const LABEL_FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", sans-serif';

/** The wrapped label text of a name (lines joined with newlines), measured with the label font. */
export function labelText(name: string, settings: RenderSettings): string {
  return wrapLabel(name, settings.labelMaxWidth, measurer(settings)).join('\n');
}

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** Text widths in pixels at the label size, from a 2D canvas; a rough estimate where there is none (Node). */
function measurer(settings: RenderSettings): (text: string) => number {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : typeof document !== 'undefined'
          ? document.createElement('canvas').getContext('2d')
          : null;
  }
  const ctx = context;
  if (!ctx) return (text) => Array.from(text).length * settings.labelSize * 0.6;
  ctx.font = `${settings.labelSize}px ${LABEL_FONT_FAMILY}`;
  return (text) => ctx.measureText(text).width;
}

export class LabelLayer {
  /** Label box sizes in screen pixels, by node id, measured once. */
  private readonly sizes = new Map<string, { width: number; height: number }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private forced = new Set<string>();
  private important = new Set<string>();
  /** The selection's neighbours, lit while the rest is faded. */
  private lit = new Set<string>();
  /** The zoom the labels were last chosen at; the side and zoom each node's label size was set for. */
  private zoomStyled = 0;
  private readonly styled = new Map<string, { place: LabelPlace; zoom: number }>();

  constructor(
    private readonly cy: Core,
    private readonly settings: RenderSettings,
    private readonly weight: (id: string) => number,
    /** Called when the zoom changed: other text that keeps its size on screen (the curation's names). */
    private readonly zoomed: (zoom: number) => void,
    /** Boxes laid over the canvas (the legend), in pixels from its top-left corner: labels keep out of them. */
    private readonly covered: () => readonly Box[] = () => [],
  ) {}

  /**
   * The selection (always labelled) and what matters next: its neighbours (lit while the rest is faded) and a
   * path's nodes.
   */
  setEmphasis(forced: Iterable<string>, neighbours: Iterable<string>, path: Iterable<string> = []): void {
    this.forced = new Set(forced);
    this.lit = new Set(neighbours);
    this.important = new Set([...this.lit, ...path]);
    this.update();
  }

  hover(node: NodeSingular | null): void {
    this.cy.batch(() => {
      this.cy.nodes('.label-hover').removeClass('label-hover');
      if (!node) return;
      if (!node.hasClass('labelled')) this.sizeForZoom(node, 'below', this.cy.zoom());
      node.addClass('label-hover');
    });
  }

  /** After a pan or zoom: relabel once the camera is still. */
  viewportChanged(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 100);
  }

  /** Works out which labels are drawn now and restyles only the nodes whose label comes or goes. */
  update(): void {
    clearTimeout(this.timer);
    const cy = this.cy;
    const zoom = cy.zoom();
    const nodes = cy.nodes().not('.hidden');
    const extent = cy.extent();
    const candidates: LabelCandidate[] = [];
    nodes.forEach((n) => {
      const id = n.id();
      const size = this.size(n);
      if (!size) return;
      const { x, y } = n.position();
      candidates.push({
        id,
        x,
        y,
        radius: n.height() / 2 + n.numericStyle('border-width') / 2,
        width: size.width,
        height: size.height,
        // Faint nodes (nothing of theirs shown at the date) are labelled after the others.
        importance: (this.important.has(id) ? 1e9 : 0) + this.weight(id) - (n.hasClass('unconnected') ? 1e6 : 0),
        forced: this.forced.has(id),
        lit: this.lit.has(id),
      });
    });
    const pan = cy.pan();
    const covered = this.covered().map((b) => ({
      x1: b.x1 - pan.x,
      y1: b.y1 - pan.y,
      x2: b.x2 - pan.x,
      y2: b.y2 - pan.y,
    }));
    const shown = labelsShown(candidates, {
      zoom,
      gap: this.settings.labelGap,
      extent,
      covered,
      hubs: this.settings.labelHubs,
    });
    const rezoomed = this.zoomStyled !== zoom;
    this.zoomStyled = zoom;
    cy.batch(() => {
      cy.nodes('.labelled')
        .filter((n) => !shown.has(n.id()))
        .removeClass(LABEL_CLASSES);
      // The selection and a hovered node show their label (below) even where it was not chosen.
      cy.nodes(':selected, .label-hover')
        .filter((n) => !shown.has(n.id()))
        .forEach((n) => this.sizeForZoom(n, 'below', zoom));
      nodes.forEach((n) => {
        const place = shown.get(n.id());
        if (place === undefined) return;
        this.sizeForZoom(n, place, zoom);
        const now = n.hasClass('labelled') ? (MOVED.find((p) => n.hasClass(`label-${p}`)) ?? 'below') : null;
        if (now === place) return;
        n.removeClass(LABEL_CLASSES);
        n.addClass(place === 'below' ? 'labelled' : `labelled label-${place}`);
      });
    });
    if (rezoomed) this.zoomed(zoom);
  }

  /**
   * Sets the node's label size and margins for `zoom`, its label on side `place`, unless already set so. Nodes
   * whose label is no longer drawn keep theirs: without a label it changes nothing.
   */
  private sizeForZoom(n: NodeSingular, place: LabelPlace, zoom: number): void {
    const was = this.styled.get(n.id());
    if (was && was.place === place && was.zoom === zoom) return;
    n.style(labelBypass(place, zoom, this.settings));
    this.styled.set(n.id(), { place, zoom });
  }

  /** Label box in screen pixels: the wrapped lines' widest, lines times line height, and the halo. */
  private size(n: NodeSingular): { width: number; height: number } | null {
    const id = n.id();
    const known = this.sizes.get(id);
    if (known) return known;
    const text = String(n.data('display') ?? '');
    if (!text) return null;
    const measure = measurer(this.settings);
    const lines = text.split('\n');
    const pad = this.settings.labelHalo;
    const size = {
      width: Math.ceil(Math.max(...lines.map(measure)) + 2 * pad),
      height: Math.ceil(lines.length * this.settings.labelSize * 1.25 + 2 * pad),
    };
    this.sizes.set(id, size);
    return size;
  }

  destroy(): void {
    clearTimeout(this.timer);
  }
}
