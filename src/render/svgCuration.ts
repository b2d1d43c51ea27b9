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
        .map((l, i) => `<tspan x="${f(n.x)}" y="${f(top + 15 + i * 13)}">${escapeXml(l)}</tspan>`)
        .join('');
      return `<g class="note">${line}<rect x="${f(n.x - n.width / 2)}" y="${f(top)}" width="${f(n.width)}" height="${f(n.height)}" rx="4" fill="#FFF6C7" stroke="#6B5B00"/><text font-size="10" text-anchor="middle" fill="#1b1b1b">${text}</text></g>`;
    })
    .join('\n');
}
