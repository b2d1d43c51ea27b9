// The frame of a published image: the title, as-of date and filter lines above the drawing, the legend of
// what is drawn and the data version and credit below it. Pure: an SVG of the graph and an ExportFrame in,
// one SVG document out (the PNG export rasterises it). Every text is escaped and wrapped to the frame's width.
import type { ExportFrame } from '../core/view/exportFrame.ts';
import { MEASURE_KIND_LABEL, NODE_KIND_LABEL } from '../core/model/labels.ts';
import { svgSize } from '../core/text/svgSize.ts';
import { wrapLabel } from './labels.ts';
import { LINK_LOOK, MEASURE_LOOK, ROLE_LOOK, type Theme } from './palette.ts';
import { arrowMarkers, edgeLineToSvg, escapeXml, nodeToSvg, textWidth } from './svg.ts';

/** The narrowest frame: a small graph still gets a readable title and legend. */
const MIN_WIDTH = 640;
const MARGIN = 24;

const f = (n: number): string => String(Math.round(n * 10) / 10);

export interface FramedSvg {
  markup: string;
  width: number;
  height: number;
}

/** Lines of `text` at `size` within `width`, at most `maxLines` (the last ellipsised). */
function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  return wrapLabel(text, width, (t) => textWidth(t, size), maxLines);
}

/**
 * The graph's SVG (from graphToSvg, decorated with the curation) set in its frame. The text grows with
 * wide drawings so that it stays in proportion when the image is shown at a page's width.
 */
export function frameSvg(graph: string, frame: ExportFrame, theme: Theme, background: boolean): FramedSvg {
  const inner = svgSize(graph);
  const width = Math.ceil(Math.max(MIN_WIDTH, inner.width + 2 * MARGIN));
  const k = Math.max(1, width / 1400);
  const m = MARGIN * k;
  const textWidthMax = width - 2 * m;
  const out: string[] = [];
  let y = m;

  /** Lines of one text element, each a tspan, advancing y. */
  const block = (className: string, text: string, size: number, maxLines: number, extra = ''): void => {
    const lines = wrap(text, size, textWidthMax, maxLines);
    const lineHeight = size * 1.3;
    const spans = lines
      .map((line, i) => `<tspan x="${f(m)}" y="${f(y + size + i * lineHeight)}">${escapeXml(line)}</tspan>`)
      .join('');
    out.push(`<text class="${className}" font-size="${f(size)}" fill="${theme.text}"${extra}>${spans}</text>`);
    y += lines.length * lineHeight + size * 0.35;
  };

  block('frame-title', frame.title, 22 * k, 3, ' font-weight="bold"');
  if (frame.caption !== '') block('frame-caption', frame.caption, 13 * k, 3);
  block('frame-asof', frame.asOfLine, 12 * k, 2, ' fill-opacity="0.8"');
  for (const line of frame.filterLines) block('frame-filter', line, 12 * k, 2, ' font-style="italic"');
  y += 8 * k;

  const graphY = y;
  const graphX = (width - inner.width) / 2;
  const placed = graph.replace(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    `<svg x="${f(graphX)}" y="${f(graphY)}"`,
  );
  out.push(`<g class="frame-graph">${placed}</g>`);
  y += inner.height + 10 * k;
  out.push(
    `<line x1="${f(m)}" y1="${f(y)}" x2="${f(width - m)}" y2="${f(y)}" stroke="${theme.text}" stroke-opacity="0.25"/>`,
  );
  y += 10 * k;

  y = legendToSvg(out, frame, theme, { x: m, y, width: textWidthMax, k });
  block('frame-data', frame.dataLine, 11 * k, 2, ' fill-opacity="0.8"');
  block('frame-credit', frame.creditLine, 11 * k, 3, ' fill-opacity="0.8"');
  const height = Math.ceil(y + m / 2);

  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<defs>${arrowMarkers('legend-arrow-').join('')}</defs>`,
    background ? `<rect x="0" y="0" width="${width}" height="${height}" fill="${theme.background}"/>` : '',
  ];
  return { markup: [...head, ...out, '</svg>'].join('\n'), width, height };
}

/** Legend entries (an icon and a label) flowing in rows; returns the y below them. */
function legendToSvg(
  out: string[],
  frame: ExportFrame,
  theme: Theme,
  at: { x: number; y: number; width: number; k: number },
): number {
  const { k } = at;
  const size = 12 * k;
  const icon = 26 * k;
  const row = 20 * k;
  const entries: { label: string; draw: (x: number, cy: number) => string }[] = [
    ...frame.legend.nodeKinds.map((kind) => ({
      label: NODE_KIND_LABEL[kind],
      draw: (x: number, cy: number) => nodeToSvg(kind, x + icon / 2, cy, 7 * k, theme),
    })),
    ...frame.legend.measureKinds.map((kind) => ({
      label: MEASURE_KIND_LABEL[kind],
      draw: (x: number, cy: number) => edgeLineToSvg(MEASURE_LOOK[kind], x, cy, x + icon - 2, `legend-arrow-${kind}`),
    })),
    ...(frame.legend.roles
      ? [
          {
            label: 'Post held (role)',
            draw: (x: number, cy: number) => edgeLineToSvg(ROLE_LOOK, x, cy, x + icon, null),
          },
        ]
      : []),
    ...(frame.legend.links
      ? [{ label: 'Link', draw: (x: number, cy: number) => edgeLineToSvg(LINK_LOOK, x, cy, x + icon, null) }]
      : []),
  ];
  let x = at.x;
  let y = at.y;
  for (const entry of entries) {
    const w = icon + 6 * k + textWidth(entry.label, size) + 18 * k;
    if (x > at.x && x + w > at.x + at.width) {
      x = at.x;
      y += row;
    }
    const cy = y + row / 2;
    out.push(
      `<g class="frame-legend">${entry.draw(x, cy)}<text x="${f(x + icon + 6 * k)}" y="${f(cy + size * 0.35)}" font-size="${f(size)}" fill="${theme.text}">${escapeXml(entry.label)}</text></g>`,
    );
    x += w;
  }
  y += entries.length > 0 ? row : 0;
  for (const line of [frame.legend.sizeLine, ...(frame.legend.notes ?? [])]) {
    out.push(
      `<text class="frame-legend-size" x="${f(at.x)}" y="${f(y + size)}" font-size="${f(size)}" fill="${theme.text}" fill-opacity="0.8">${escapeXml(line)}</text>`,
    );
    y += size * 1.4;
  }
  return y + size * 0.3;
}
