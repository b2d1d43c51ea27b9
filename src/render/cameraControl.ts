// The canvas's camera: reads and sets it, fits and glides, and reports the user's pans and zooms once they
// settle, never the moves the canvas makes itself.
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { Camera } from '../core/view/viewState.ts';
import type { DrawingPolicy } from './drawingPolicy.ts';
import type { RenderSettings } from './settings.ts';

export class CameraControl {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Camera changes we cause ourselves are not reported back as user moves. */
  private quietCamera = false;

  constructor(
    private readonly cy: Core,
    private readonly settings: RenderSettings,
    private readonly policy: DrawingPolicy,
    onCamera: (camera: Camera) => void,
  ) {
    cy.on('viewport', () => {
      if (this.quietCamera) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => onCamera(this.current()), settings.cameraSettleMs);
    });
  }

  current(): Camera {
    const pan = this.cy.pan();
    return { zoom: round(this.cy.zoom(), 1000), pan: { x: round(pan.x, 10), y: round(pan.y, 10) } };
  }

  set(camera: Camera): void {
    this.quiet(() => this.cy.viewport({ zoom: camera.zoom, pan: { ...camera.pan } }));
  }

  /**
   * The camera that shows `eles` whole, from their nodes' boxes without labels: labels keep their size on
   * screen, so their size in graph units at the old zoom would make the fit too small. Never closer than
   * settings.fitMaxZoom (six nodes need not fill the screen with giant shapes).
   */
  private fitting(eles: CollectionReturnValue, padding: number): Camera | null {
    const nodes = eles.nodes();
    if (nodes.empty()) return null;
    const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    const w = this.cy.width();
    const h = this.cy.height();
    const s = this.settings;
    const wanted = Math.min((w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1));
    const zoom = Math.max(s.minZoom, Math.min(wanted, s.fitMaxZoom, s.maxZoom));
    return this.centredOn(bb, zoom);
  }

  /** The camera at `zoom` with the middle of `box` (graph units) in the middle of the canvas. */
  private centredOn(box: { x1: number; x2: number; y1: number; y2: number }, zoom: number): Camera {
    const pan = {
      x: (this.cy.width() - zoom * (box.x1 + box.x2)) / 2,
      y: (this.cy.height() - zoom * (box.y1 + box.y2)) / 2,
    };
    return { zoom, pan };
  }

  /** Fits `eles` at once, without reporting a camera move. */
  fitNow(eles: CollectionReturnValue, padding = this.settings.fitPadding): void {
    const camera = this.fitting(eles, padding);
    if (camera) this.set(camera);
  }

  /** Glides to fit `eles` (jumps on a large graph), reported as a camera move. */
  fit(eles: CollectionReturnValue, padding = this.settings.fitPadding): void {
    const camera = this.fitting(eles, padding);
    if (camera) this.cy.animate(camera, { duration: this.policy.animationMs(250) });
  }

  zoomBy(factor: number): void {
    const zoom = this.cy.zoom() * factor;
    this.cy.animate(
      { zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } },
      { duration: this.policy.animationMs(150) },
    );
  }

  /**
   * Glides so that the node itself (not its box with the label under it), or the edge's line, is in the
   * middle of the canvas.
   */
  centreOn(id: string, zoom?: number): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    const level = zoom ? Math.max(zoom, this.cy.zoom()) : this.cy.zoom();
    const box = element.boundingBox({ includeLabels: false, includeOverlays: false });
    this.cy.animate(this.centredOn(box, level), { duration: this.policy.animationMs(300) });
  }

  /** Runs `fn` without reporting the viewport changes it makes. */
  quiet(fn: () => void): void {
    this.quietCamera = true;
    try {
      fn();
    } finally {
      // Cytoscape emits viewport events synchronously; anything after this is the user's.
      this.quietCamera = false;
    }
  }

  destroy(): void {
    clearTimeout(this.timer);
  }
}

function round(value: number, factor: number): number {
  return Math.round(value * factor) / factor;
}
