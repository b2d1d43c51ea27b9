// What the view picks out of the drawn graph: which elements are visible, which are selected (one element, or
// the nodes of a multi-selection) and which lie on the path, with the selection's neighbourhood lit. What is
// asked for before the elements are drawn is kept and shown once they are.
import type { Core } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { Selection } from '../core/view/viewState.ts';
import type { DrawingPolicy } from './drawingPolicy.ts';
import type { LabelLayer } from './labelLayer.ts';
import { visibilityChange } from './slices.ts';
import { unconnectedNodes } from '../core/algorithms/unconnected.ts';
import { measuresAnnouncedOn } from '../core/algorithms/time.ts';

export type Visible = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
export type Path = { nodes: readonly string[]; edges: readonly string[] };

export class SelectionLayer {
  private drawn = false;
  private shown: Visible | null;
  private selection: Selection = null;
  private multi: readonly string[] = [];
  private path: Path | null = null;
  /** The view's "as of" day: nodes with none of their relations shown are faded, its own measures marked. */
  private asOf: string | null = null;
  private unconnected: ReadonlySet<string> = new Set();
  private announcedNow: ReadonlySet<string> = new Set();

  constructor(
    private readonly cy: Core,
    private readonly graph: SanctionsGraph,
    private readonly policy: DrawingPolicy,
    private readonly labels: LabelLayer | null,
    visible: Visible | null,
    /** After a change of what is visible (the canvas marks the next frame for the benchmark). */
    private readonly onVisibleChanged: () => void,
  ) {
    this.shown = visible;
  }

  /** What is to be shown (null: everything, before the first setVisible). */
  get visible(): Visible | null {
    return this.shown;
  }

  /** Every element is in Cytoscape now: shows the selection asked for so far (the path: see showPath). */
  markDrawn(): void {
    this.drawn = true;
    this.showDate();
    this.showSelection();
  }

  /**
   * The view's "as of" day (null: none): fades the shown nodes none of whose relations are shown then, and
   * marks the measures announced that very day, so that a step of Play shows what it added.
   */
  setAsOf(day: string | null): void {
    if (day === this.asOf) return;
    this.asOf = day;
    if (this.showDate()) this.labels?.update();
  }

  /**
   * Marks `unconnected` the nodes that are so at the day and `announced-now` the measures of that day; only
   * elements whose mark changes are restyled. True when a mark changed.
   */
  private showDate(): boolean {
    if (!this.drawn) return false;
    // Not on a large graph: marking thousands of elements would restyle and redraw them on every date change.
    const day = this.policy.fast ? null : this.asOf;
    const shown = day === null ? null : this.shown;
    const unconnected = shown ? unconnectedNodes(this.graph, shown) : new Set<string>();
    const announcedNow = shown && day ? measuresAnnouncedOn(this.graph, shown.edges, day) : new Set<string>();
    const changed = [
      this.mark('unconnected', this.unconnected, unconnected),
      this.mark('announced-now', this.announcedNow, announcedNow),
    ].some(Boolean);
    this.unconnected = unconnected;
    this.announcedNow = announcedNow;
    return changed;
  }

  /** Moves the class from the elements in `before` to those in `next`, touching only those that change. */
  private mark(className: string, before: ReadonlySet<string>, next: ReadonlySet<string>): boolean {
    const add = [...next].filter((id) => !before.has(id));
    const remove = [...before].filter((id) => !next.has(id));
    if (add.length === 0 && remove.length === 0) return false;
    this.cy.batch(() => {
      this.elements(remove).removeClass(className);
      this.elements(add).addClass(className);
    });
    return true;
  }

  /**
   * Shows exactly the given elements. Only those whose visibility changes are touched, and nothing happens
   * when none does: every change restyles and redraws, which on a large graph costs a second.
   */
  setVisible(visible: Visible): void {
    const before = this.shown;
    this.shown = visible;
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
    this.showDate();
    this.labels?.update();
    this.onVisibleChanged();
  }

  /** Selects the element, or every node of a multi-selection (`multi`, when not empty). */
  setSelection(selection: Selection, multi: readonly string[] = this.multi): void {
    this.selection = selection;
    this.multi = multi;
    this.showSelection();
  }

  /** Makes Cytoscape's selection the view's again (after Cytoscape selected something itself, or once drawn). */
  showSelection(): void {
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

  setPath(path: Path | null): void {
    this.path = path;
    this.showPath();
  }

  showPath(): void {
    if (!this.drawn) return;
    const path = this.path;
    this.cy.batch(() => {
      this.cy.elements('.on-path').removeClass('on-path');
      if (path) this.elements([...path.nodes, ...path.edges]).addClass('on-path');
    });
    this.emphasise();
  }

  /** The selection's neighbourhood lit and labelled first, then the path's nodes. */
  private emphasise(): void {
    const id = this.selection?.type === 'node' ? this.selection.id : null;
    const around = this.policy.emphasise(id);
    this.labels?.setEmphasis(id === null ? [] : [id], around, this.path?.nodes ?? []);
  }

  private elements(ids: Iterable<string>) {
    const collection = this.cy.collection();
    for (const id of ids) collection.merge(this.cy.getElementById(id));
    return collection;
  }
}
