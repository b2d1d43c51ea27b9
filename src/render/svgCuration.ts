// The curation in an SVG export: group boxes under the graph's drawing, note callouts over it (the view title
// and caption are the export frame's, svgFrame.ts). Pure: boxes and points in graph coordinates, markup out; every text is escaped (notes are untrusted).
import { escapeXml } from './svg.ts';
import type { Theme } from './palette.ts';

export interface SvgGroup {
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SvgNote {
  text: string;
  /** The callout's centre and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where its line points (a node or the middle of an edge); none for a free note. */
  anchor: { x: number; y: number } | null;
}

/** An edge a collapsed group carries for its members: from one centre to another, labelled with a count. */
export interface SvgCombinedEdge {
  label: string;
  count: number;
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** How far from `to` the line stops (the target's half size), so the arrowhead touches its border. */
  toRadius: number;
}

const f = (n: number): string => String(Math.round(n * 10) / 10);

/** Wraps text into lines of at most `width` characters (words kept whole where they fit). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines;
}

/** Group boxes, drawn before the nodes. */
export function groupsToSvg(groups: readonly SvgGroup[], theme: Theme): string {
  return groups
    .map(
      (g) =>
        `<g class="group"><rect x="${f(g.x1)}" y="${f(g.y1)}" width="${f(g.x2 - g.x1)}" height="${f(g.y2 - g.y1)}" rx="6" fill="${theme.text}" fill-opacity="0.06" stroke="${theme.text}" stroke-dasharray="5 3"/>` +
        `<text x="${f((g.x1 + g.x2) / 2)}" y="${f(g.y1 - 5)}" text-anchor="middle" font-size="12" font-weight="bold" fill="${theme.text}">${escapeXml(g.label)}</text></g>`,
    )
    .join('\n');
}

/** Combined edges with an arrowhead at the target and their count at the middle, drawn under the nodes. */
export function combinedToSvg(edges: readonly SvgCombinedEdge[], theme: Theme): string {
  return edges
    .map((e) => {
      const dx = e.to.x - e.from.x;
      const dy = e.to.y - e.from.y;
      const length = Math.hypot(dx, dy) || 1;
      const [ux, uy] = [dx / length, dy / length];
      const tip = { x: e.to.x - ux * e.toRadius, y: e.to.y - uy * e.toRadius };
      const width = Math.min(6, 1.5 + (Math.max(1, e.count) - 1) * 0.4);
      const size = 5 + width;
      const back = { x: tip.x - ux * size, y: tip.y - uy * size };
      const wing = (side: number) => `${f(back.x - uy * size * 0.5 * side)},${f(back.y + ux * size * 0.5 * side)}`;
      const mid = { x: (e.from.x + tip.x) / 2, y: (e.from.y + tip.y) / 2 };
      return (
        `<g class="combined-edge" opacity="0.8"><line x1="${f(e.from.x)}" y1="${f(e.from.y)}" x2="${f(back.x)}" y2="${f(back.y)}" stroke="${theme.text}" stroke-width="${f(width)}"/>` +
        `<polygon points="${f(tip.x)},${f(tip.y)} ${wing(1)} ${wing(-1)}" fill="${theme.text}"/>` +
        `<text x="${f(mid.x)}" y="${f(mid.y + 3.5)}" text-anchor="middle" font-size="11" font-weight="bold" fill="${theme.text}" stroke="${theme.background}" stroke-width="3" paint-order="stroke">${escapeXml(e.label)}</text></g>`
      );
    })
    .join('\n');
}

/** Note callouts and lines, drawn over the nodes. */
export function notesToSvg(notes: readonly SvgNote[]): string {
  return notes
    .map((n) => {
      const lines = wrapText(n.text, 30);
      const top = n.y - n.height / 2;
      const line = n.anchor
        ? `<line x1="${f(n.x)}" y1="${f(n.y)}" x2="${f(n.anchor.x)}" y2="${f(n.anchor.y)}" stroke="#6B5B00" stroke-dasharray="4 3"/>`
        : '';
      const text = lines
        .map((l, i) => `<tspan x="${f(n.x)}" y="${f(top + 17 + i * 15)}">${escapeXml(l)}</tspan>`)
        .join('');
      return `<g class="note">${line}<rect x="${f(n.x - n.width / 2)}" y="${f(top)}" width="${f(n.width)}" height="${f(n.height)}" rx="4" fill="#FFF6C7" stroke="#6B5B00"/><text font-size="12" text-anchor="middle" fill="#1b1b1b">${text}</text></g>`;
    })
    .join('\n');
}
