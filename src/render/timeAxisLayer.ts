// The date ruler along the top of the canvas while the Timeline layout is shown: a label where each year (or
// month) begins, following pan and zoom. Plain DOM text over the canvas (textContent, never markup), outside
// Cytoscape's elements, so selection, counts and data exports never meet it; exports draw it with axisToSvg.
import type { Core } from 'cytoscape';
import type { SanctionsGraph } from '../core/graph/build.ts';
import { timelineTicks, type AxisTick } from '../core/layout/timelineAxis.ts';
import type { Point } from '../core/view/viewState.ts';
import { layoutInput } from './layoutClient.ts';
import { formatDate } from '../core/graph/dates.ts';
import { ownValue } from '../core/idRecord.ts';
import { escapeXml, insertIntoSvg } from './svg.ts';
import type { Theme } from './palette.ts';

/** Screen pixels kept between two labels; a label that would crowd the one before it is left out. */
const LABEL_GAP = 10;

export class TimeAxisLayer {
  private readonly ruler: HTMLDivElement;
  private ticks: readonly AxisTick[] = [];
  private labels: HTMLSpanElement[] = [];
  private readonly update = () => this.place();

  constructor(private readonly cy: Core) {
    this.ruler = document.createElement('div');
    this.ruler.className = 'time-axis';
    this.ruler.hidden = true;
    this.cy.container()?.appendChild(this.ruler);
    this.cy.on('viewport resize', this.update);
  }

  /** Shows these ticks (none: hides the ruler). */
  show(ticks: readonly AxisTick[]): void {
    this.ticks = ticks;
    this.labels = ticks.map((t) => {
      const label = document.createElement('span');
      label.className = 'time-axis-tick';
      label.textContent = formatDate(t.period);
      return label;
    });
    this.ruler.replaceChildren(...this.labels);
    this.ruler.hidden = ticks.length === 0;
    this.place();
  }

  /** Shows the ruler of the Timeline layout's `positions` of `graph`. */
  showTimeline(graph: SanctionsGraph, positions: Record<string, Point>): void {
    this.show(timelineTicks(layoutInput(graph, 'timeline'), (id) => ownValue(positions, id)));
  }

  /** An SVG export's `markup` (viewBox `box`, drawn at `scale`) with the ruler as shown drawn in (see axisToSvg). */
  decorateSvg(markup: string, box: { x1: number; y1: number; x2: number }, scale: number, theme: Theme): string {
    const axis = axisToSvg(this.ticks, box, scale, theme);
    return axis ? insertIntoSvg(markup, axis) : markup;
  }

  private place(): void {
    if (this.ticks.length === 0) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const width = this.cy.width();
    let freeFrom = -Infinity;
    this.ticks.forEach((tick, i) => {
      const label = this.labels[i];
      if (!label) return;
      const left = tick.x * zoom + pan.x;
      const fits = left >= freeFrom && left < width;
      label.hidden = !fits;
      label.style.transform = `translateX(${Math.round(left)}px)`;
      if (fits) freeFrom = left + label.offsetWidth + LABEL_GAP;
    });
  }

  destroy(): void {
    this.cy.off('viewport resize', this.update);
    this.ruler.remove();
  }
}

/** The ruler in an SVG export whose viewBox is `box` (graph units) drawn at `scale`: ticks inside the box. */
export function axisToSvg(
  ticks: readonly AxisTick[],
  box: { x1: number; y1: number; x2: number },
  scale: number,
  theme: Theme,
): string {
  const px = (n: number) => String(Math.round((n / scale) * 10) / 10);
  const at = (n: number) => String(Math.round(n * 10) / 10);
  // As on screen: a label that would crowd the one before it is left out (width estimated from its length).
  let freeFrom = -Infinity;
  const inside = ticks.filter((t) => {
    const fits = t.x >= Math.max(box.x1, freeFrom) && t.x <= box.x2;
    if (fits) freeFrom = t.x + (formatDate(t.period).length * 7 + 4 + LABEL_GAP) / scale;
    return fits;
  });
  if (inside.length === 0) return '';
  const marks = inside.map(
    (t) =>
      `<line x1="${at(t.x)}" y1="${at(box.y1)}" x2="${at(t.x)}" y2="${at(box.y1 + 16 / scale)}" stroke="${theme.text}" stroke-opacity="0.5"/>` +
      `<text x="${at(t.x + 4 / scale)}" y="${at(box.y1 + 14 / scale)}" font-size="${px(12)}" fill="${theme.text}">${escapeXml(formatDate(t.period))}</text>`,
  );
  return `<g class="time-axis">${marks.join('')}</g>`;
}
