// One graph's layouts over time: asks the layout worker for positions, previews a slow force layout with the
// quick arrangement, falls back to it on Cancel or failure, drops results that a newer request replaced, and
// reports progress. Where positions go on screen is the canvas's business (LayoutTarget).
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { LayoutName, Point } from '../core/view/viewState.ts';
import { isForceLayout, usesQuickLayout } from './layoutChoice.ts';
import { layoutInput, requestLayout, type LayoutJob } from './layoutClient.ts';
import { centred } from './positions.ts';
import type { RenderSettings } from './settings.ts';

/**
 * Where a layout is: computing positions in the worker (can be cancelled), drawing the elements in slices
 * (done of total), or done.
 */
export type LayoutProgress =
  | { phase: 'arranging'; nodes: number; layout: LayoutName }
  | { phase: 'drawing'; done: number; total: number }
  | { phase: 'done'; cancelled: boolean };

export interface LayoutTarget {
  /**
   * Puts laid-out positions on screen. `first` is true until a layout has been final (not a preview): the first
   * layout keeps a link's camera, later ones are fitted. `layout` is the layout that placed them, null for the
   * quick arrangement (a preview, Cancel or a failed layout).
   */
  place(positions: Record<string, Point>, first: boolean, layout: LayoutName | null): Promise<void>;
}

export class LayoutSession {
  private job: LayoutJob | null = null;
  /** Counts run calls: a quick arrangement that arrives after a newer layout was asked for is dropped. */
  private runs = 0;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** The placing in progress (adding elements is spread over several tasks); one at a time. */
  private placing: Promise<void> = Promise.resolve();
  private current: LayoutName = 'force';
  /** True once a layout is final (not the preview). */
  private settled = false;
  /** True once something has been placed (preview or final). */
  private placed = false;
  private destroyed = false;

  constructor(
    private readonly graph: SanctionsGraph,
    private readonly settings: RenderSettings,
    private readonly target: LayoutTarget,
    private readonly onProgress: (progress: LayoutProgress) => void,
  ) {}

  get name(): LayoutName {
    return this.current;
  }

  /**
   * Lays out every node, shown or hidden, in the layout worker with a seeded generator, so the same graph and
   * layout name always give the same positions. A layout asked for while another runs replaces it.
   */
  run(name: LayoutName, centre: string | null = null): void {
    this.job?.cancel();
    clearTimeout(this.previewTimer);
    this.current = name;
    this.runs += 1;
    const order = this.graph.order;
    performance.mark('app:layout-start', { detail: { nodes: order } });
    this.onProgress({ phase: 'arranging', nodes: order, layout: name });
    const job = requestLayout(layoutInput(this.graph, name, centre));
    this.job = job;
    // A force layout that takes a while: show the quick arrangement meanwhile (Cancel keeps it).
    if (!this.placed && isForceLayout(name) && !usesQuickLayout(name, order)) {
      this.previewTimer = setTimeout(() => {
        // No preview if its code cannot be loaded: the layout still arrives.
        this.quickArrangement().then(
          (positions) => {
            if (this.job === job && !this.destroyed) void this.show(positions, { final: false, cancelled: false });
          },
          () => undefined,
        );
      }, this.settings.previewAfterMs);
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
  cancel(): void {
    const job = this.job;
    if (!job) return;
    this.job = null;
    clearTimeout(this.previewTimer);
    job.cancel();
    this.showQuickArrangement();
  }

  destroy(): void {
    this.destroyed = true;
    this.job?.cancel();
    this.job = null;
    clearTimeout(this.previewTimer);
  }

  /** The quick arrangement, loaded on first use: the page needs it only for previews, Cancel and failures. */
  private async quickArrangement(): Promise<Record<string, Point>> {
    const { quickLayoutPositions } = await import('../core/layout/quickLayout.ts');
    return centred(quickLayoutPositions(this.graph));
  }

  /** Shows the quick arrangement as the final layout, unless another layout was asked for meanwhile. */
  private showQuickArrangement(): void {
    const run = this.runs;
    this.quickArrangement().then(
      (positions) => {
        if (run === this.runs && !this.destroyed) void this.show(positions, { final: true, cancelled: true });
      },
      (error: unknown) => console.error('The quick arrangement could not be loaded.', error),
    );
  }

  private async show(positions: Record<string, Point>, how: { final: boolean; cancelled: boolean }): Promise<void> {
    // One at a time: a layout that arrives while the preview is still being added waits for it.
    const previous = this.placing;
    const current = (async () => {
      await previous;
      if (this.destroyed) return;
      this.placed = true;
      await this.target.place(positions, !this.settled, how.final && !how.cancelled ? this.current : null);
      if (this.destroyed) return;
      if (!how.final) {
        // The preview is drawn; the force layout is still being computed.
        this.onProgress({ phase: 'arranging', nodes: this.graph.order, layout: this.current });
        return;
      }
      this.settled = true;
      performance.mark('app:layout-end', { detail: { nodes: this.graph.order } });
      this.onProgress({ phase: 'done', cancelled: how.cancelled });
    })();
    this.placing = current;
    await current;
  }
}
