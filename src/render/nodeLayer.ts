// Where each node is drawn and how large: the last layout's positions with the user's drags over them, and
// diameters by the measure picked. Nodes are touched only once they are drawn (`isDrawn`).
import type { Core, ElementDefinition } from 'cytoscape';
import { nodeSizeValues, sizeFromValue } from '../core/algorithms/nodeSize.ts';
import type { SanctionsGraph } from '../core/graph/build.ts';
import { idRecord, ownValue } from '../core/idRecord.ts';
import type { Point, SizeMeasure } from '../core/view/viewState.ts';
import { toElements } from './elements.ts';
import type { Visible } from './selectionLayer.ts';
import type { RenderSettings } from './settings.ts';

export class NodeLayer {
  /** Where the last layout put each node, before any drag. */
  private laidOut = idRecord<Point>();

  constructor(
    private readonly cy: Core,
    private readonly graph: SanctionsGraph,
    private readonly settings: RenderSettings,
    private readonly isDrawn: () => boolean,
    /** Where the user left the nodes they dragged (kept over every layout). */
    public dragged: Record<string, Point>,
    private sizeBy: SizeMeasure,
  ) {}

  /** The elements to add for the first drawing: at `laidOut` with the drags over it, sized. */
  elements(laidOut: Record<string, Point>, visible: Visible | null, display?: (name: string) => string) {
    this.laidOut = laidOut;
    const elements: ElementDefinition[] = toElements(this.graph, { ...laidOut, ...this.dragged }, visible, display);
    const sizes = this.sizes();
    for (const el of elements) if (el.group === 'nodes') el.data.size = sizes.get(String(el.data.id));
    return elements;
  }

  /** A new layout's positions: the nodes drawn move there, the dragged ones stay where the user left them. */
  setLaidOut(laidOut: Record<string, Point>): void {
    this.laidOut = laidOut;
    this.setPositions(this.dragged);
  }

  /** Dragged nodes where the user left them; every other node back where the layout put it. */
  setPositions(positions: Record<string, Point>): void {
    this.dragged = positions;
    if (!this.isDrawn()) return;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const wanted = ownValue(positions, n.id()) ?? ownValue(this.laidOut, n.id());
        if (!wanted) return;
        const now = n.position();
        if (now.x !== wanted.x || now.y !== wanted.y) n.position({ x: wanted.x, y: wanted.y });
      });
    });
  }

  /** Node sizes show `measure` (measures received, imposed, or degree); nothing moves. False if unchanged. */
  setSizeBy(measure: SizeMeasure): boolean {
    if (measure === this.sizeBy) return false;
    this.sizeBy = measure;
    if (!this.isDrawn()) return false;
    const sizes = this.sizes();
    this.cy.batch(() => this.cy.nodes().forEach((n) => void n.data('size', sizes.get(n.id()))));
    return true;
  }

  /** Where the nodes are drawn now, in graph coordinates (for pinning them there). */
  at(ids: readonly string[]): Map<string, Point> {
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
}
