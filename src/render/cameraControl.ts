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

  /** Fits `eles` at once, without reporting a camera move. */
  fitNow(eles: CollectionReturnValue, padding = this.settings.fitPadding): void {
    this.quiet(() => this.cy.fit(eles, padding));
  }

  /** Glides to fit `eles` (jumps on a large graph), reported as a camera move. */
  fit(eles: CollectionReturnValue, padding = this.settings.fitPadding): void {
    this.cy.animate({ fit: { eles, padding } }, { duration: this.policy.animationMs(250) });
  }

  zoomBy(factor: number): void {
    const zoom = this.cy.zoom() * factor;
    this.cy.animate(
      { zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } },
      { duration: this.policy.animationMs(150) },
    );
  }

  centreOn(id: string, zoom?: number): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.animate(
      { center: { eles: node }, ...(zoom ? { zoom: Math.max(zoom, this.cy.zoom()) } : {}) },
      { duration: this.policy.animationMs(300) },
    );
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
