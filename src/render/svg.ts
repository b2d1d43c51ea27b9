// SVG export of what the canvas shows, drawn from the same palette as the stylesheet. Pure: positions in,
// markup out. Written here rather than taken from cytoscape-svg, whose GPL licence would bind the whole app.
import type { MeasureKind, NodeKind } from '../core/model/schema.ts';
import { labelBox, labelsShown, wrapLabel, type LabelCandidate } from './labels.ts';
import {
  ANNOUNCED_NOW_WIDTH,
  LINK_LOOK,
  MEASURE_LOOK,
  NODE_LOOK,
  ROLE_LOOK,
  type EdgeLook,
  type NodeShape,
  type Theme,
} from './palette.ts';
import { DEFAULT_RENDER_SETTINGS } from './settings.ts';

export interface SvgNode {
  id: string;
  label: string;
  kind: NodeKind;
  x: number;
  y: number;
  /** The node's width as drawn, in graph units (sized by what the view sizes nodes by); 26 if absent. */
  size?: number;
  /** Higher labels are placed first where labels compete for room; the node's size if absent. */
  importance?: number;
  /** A curated highlight colour, drawn as a halo under the node as on the canvas. */
  highlight?: string;
  /** None of its relations shown at the "as of" date: drawn faint, as on the canvas. */
  unconnected?: boolean;
}

export interface SvgEdge {
  source: string;
  target: string;
  edgeKind: 'measure' | 'role' | 'link';
  measureKind?: MeasureKind;
  label?: string;
  /** Announced on the "as of" day itself: drawn thicker, as on the canvas. */
  announcedNow?: boolean;
}

export interface SvgInput {
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** Model-space box to draw; elements outside are left out. */
  box: { x1: number; y1: number; x2: number; y2: number };
  theme: Theme;
  background: boolean;
  /** Output pixels per graph unit (the zoom of a view export; 1 for the whole graph). Labels keep their size. */
  scale?: number;
}

const SIZE = 26;
/** Labels in output pixels: the canvas's label size, at most two lines of this width. */
export const LABEL_FONT_SIZE = 12;
const LABEL_LINE = 15;
const LABEL_MAX_WIDTH = 120;
const LABEL_GAP = 4;

/** Escapes text for XML content and attribute values: names from the data are untrusted. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `markup` with `part` inserted before the first `marker`, or before the closing `</svg>` when no marker is
 * given. Sliced, not String.replace: a "$&" or "$'" in a note or group name stays as written.
 */
export function insertIntoSvg(markup: string, part: string, marker = '</svg>'): string {
  const at = marker === '</svg>' ? markup.lastIndexOf(marker) : markup.indexOf(marker);
  return at === -1 ? markup : `${markup.slice(0, at)}${part}\n${markup.slice(at)}`;
}

/**
 * Text width in pixels at `size`, estimated without a DOM (exports are made off screen too): wide letters
 * and CJK characters count more. An overestimate keeps wrapped labels inside their box.
 */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) {
    if (/[\u2E80-\uFFEF]/.test(ch)) units += 1;
    else if (/[MW@]/.test(ch)) units += 0.9;
    else if (/[A-Z]/.test(ch)) units += 0.68;
    else if (/[iljtf.,;:'|! ()]/.test(ch)) units += 0.32;
    else units += 0.56;
  }
  return units * size;
}

function shapePath(shape: NodeShape, x: number, y: number, R: number): string {
  const poly = (pts: [number, number][]) =>
    `<polygon points="${pts.map(([px, py]) => `${fmt(x + px)},${fmt(y + py)}`).join(' ')}"`;
  const d = fmt(2 * R);
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(R)}"`;
    case 'round-rectangle':
      return `<rect x="${fmt(x - R)}" y="${fmt(y - R)}" width="${d}" height="${d}" rx="${fmt(R * 0.38)}"`;
    case 'barrel': {
      // Cytoscape's barrel (getBarrelCurveConstants): each corner curves over a quarter of the width and a
      // twentieth of the height, so it reads as a square with flattened corners, not a cylinder.
      const [h, w, c] = [0.1 * R, 0.5 * R, 0.1 * R];
      const [l, r, t, b] = [x - R, x + R, y - R, y + R];
      const p = (px: number, py: number) => `${fmt(px)},${fmt(py)}`;
      return (
        `<path d="M${p(l, t + h)}Q${p(l + c, t)} ${p(l + w, t)}L${p(r - w, t)}Q${p(r - c, t)} ${p(r, t + h)}` +
        `L${p(r, b - h)}Q${p(r - c, b)} ${p(r - w, b)}L${p(l + w, b)}Q${p(l + c, b)} ${p(l, b - h)}Z"`
      );
    }
    case 'hexagon':
      return poly([
        [-R, 0],
        [-R / 2, -R],
        [R / 2, -R],
        [R, 0],
        [R / 2, R],
        [-R / 2, R],
      ]);
    case 'diamond': {
      const D = R * 1.3;
      return poly([
        [0, -D],
        [D, 0],
        [0, D],
        [-D, 0],
      ]);
    }
    case 'pentagon':
      return poly(
        [0, 1, 2, 3, 4].map((i): [number, number] => {
          const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
          return [R * Math.cos(angle), R * Math.sin(angle)];
        }),
      );
    case 'round-octagon': {
      const a = R * 0.41;
      return poly([
        [-a, -R],
        [a, -R],
        [R, -a],
        [R, a],
        [a, R],
        [-a, R],
        [-R, a],
        [-R, -a],
      ]);
    }
  }
}

function dash(look: EdgeLook): string {
  return look.line === 'dashed' ? ' stroke-dasharray="6 4"' : look.line === 'dotted' ? ' stroke-dasharray="1.5 3"' : '';
}

function edgeLook(edge: SvgEdge): EdgeLook {
  if (edge.edgeKind === 'measure' && edge.measureKind) return MEASURE_LOOK[edge.measureKind];
  return edge.edgeKind === 'link' ? LINK_LOOK : ROLE_LOOK;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function inside(box: SvgInput['box'], x: number, y: number, margin: number): boolean {
  return x >= box.x1 - margin && x <= box.x2 + margin && y >= box.y1 - margin && y <= box.y2 + margin;
}

/** Arrow heads in stroke widths: about 10 px on a 3 px measure line, as on the canvas. */
const ARROW = 3.4;

/**
 * Node labels as the canvas draws them: wrapped to two lines (ellipsised beyond), on a halo, placed by
 * labels.ts on a free side of the node, and only where the whole label fits inside the box.
 */
function labelsToSvg(shown: readonly SvgNode[], input: SvgInput, scale: number): string[] {
  const measure = (t: string) => textWidth(t, LABEL_FONT_SIZE);
  const lines = new Map(shown.map((n) => [n.id, wrapLabel(n.label, LABEL_MAX_WIDTH, measure)]));
  const candidates: LabelCandidate[] = shown.map((n) => {
    const text = lines.get(n.id) ?? [];
    return {
      id: n.id,
      x: n.x,
      y: n.y,
      radius: (n.size ?? SIZE) / 2,
      width: Math.max(0, ...text.map(measure)) + 4,
      height: text.length * LABEL_LINE + 2,
      // Faint nodes label after the others, as on the canvas where they compete for room.
      importance: (n.importance ?? n.size ?? SIZE) - (n.unconnected ? 1e9 : 0),
    };
  });
  const faint = new Set(shown.filter((n) => n.unconnected).map((n) => n.id));
  const places = labelsShown(candidates, {
    zoom: scale,
    gap: LABEL_GAP,
    extent: input.box,
    hubs: DEFAULT_RENDER_SETTINGS.labelHubs,
  });
  const size = LABEL_FONT_SIZE / scale;
  const { theme } = input;
  const out: string[] = [];
  // The halo is a copy of the text under it, not paint-order: PDF converters ignore paint-order.
  const halos: string[] = [];
  for (const c of candidates) {
    const place = places.get(c.id);
    if (place === undefined) continue;
    const b = labelBox(c, scale, LABEL_GAP, place);
    const x = (b.x1 + b.x2) / 2 / scale;
    const spans = (lines.get(c.id) ?? [])
      .map(
        (line, i) =>
          `<tspan x="${fmt(x)}" y="${fmt((b.y1 + 1 + LABEL_FONT_SIZE * 0.95 + i * LABEL_LINE) / scale)}">${escapeXml(line)}</tspan>`,
      )
      .join('');
    const opacity = faint.has(c.id) ? ` opacity="${theme.unconnected}"` : '';
    out.push(
      `<text data-node="${escapeXml(c.id)}" text-anchor="middle" font-size="${fmt2(size)}" fill="${theme.text}"${opacity}>${spans}</text>`,
    );
    halos.push(
      `<text text-anchor="middle" font-size="${fmt2(size)}" fill="none" stroke="${theme.background}" stroke-width="${fmt2(3 / scale)}" stroke-linejoin="round">${spans}</text>`,
    );
  }
  return ['<g class="label-halos">', ...halos, '</g><g class="labels">', ...out, '</g>'];
}

function fmt2(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A standalone SVG document of the given nodes and edges. */
export function graphToSvg(input: SvgInput): string {
  const { box, theme } = input;
  const scale = input.scale ?? 1;
  const shown = input.nodes.filter((n) => inside(box, n.x, n.y, n.size ?? SIZE));
  const at = new Map(shown.map((n) => [n.id, n]));
  const width = Math.max(1, box.x2 - box.x1);
  const height = Math.max(1, box.y2 - box.y1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fmt(box.x1)} ${fmt(box.y1)} ${fmt(width)} ${fmt(height)}" width="${Math.ceil(width * scale)}" height="${Math.ceil(height * scale)}" font-family="system-ui, sans-serif">`,
    '<defs>',
    ...arrowMarkers('arrow-'),
    '</defs>',
  ];
  if (input.background)
    out.push(
      `<rect x="${fmt(box.x1)}" y="${fmt(box.y1)}" width="${fmt(width)}" height="${fmt(height)}" fill="${theme.background}"/>`,
    );
  out.push('<g class="edges">');
  for (const edge of input.edges) {
    const s = at.get(edge.source);
    const t = at.get(edge.target);
    if (!s || !t) continue;
    const look = edgeLook(edge);
    // Stop the line at the target's edge so the arrow head shows.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const stop = (t.size ?? SIZE) / 2 + 2;
    const ex = t.x - (dx / len) * stop;
    const ey = t.y - (dy / len) * stop;
    const marker = look.arrow && edge.measureKind ? ` marker-end="url(#arrow-${edge.measureKind})"` : '';
    out.push(
      `<line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(ex)}" y2="${fmt(ey)}" stroke="${look.color}" stroke-width="${edge.announcedNow ? ANNOUNCED_NOW_WIDTH : look.width}"${dash(look)}${marker} opacity="0.85"/>`,
    );
  }
  out.push('</g><g class="nodes">');
  for (const node of shown)
    if (node.highlight)
      out.push(
        `<circle cx="${fmt(node.x)}" cy="${fmt(node.y)}" r="${fmt((node.size ?? SIZE) / 2 + 7)}" fill="${escapeXml(node.highlight)}" fill-opacity="0.55"/>`,
      );
  for (const node of shown) {
    const shape = nodeToSvg(
      node.kind,
      node.x,
      node.y,
      (node.size ?? SIZE) / 2,
      theme,
      `<title>${escapeXml(node.label)}</title>`,
    );
    out.push(node.unconnected ? `<g opacity="${theme.unconnected}">${shape}</g>` : shape);
  }
  out.push('</g>', ...labelsToSvg(shown, input, scale), '</svg>');
  return out.join('\n');
}

/** A node's shape as the canvas draws its kind, centred on (x, y) with radius r; `inner` goes inside it. */
export function nodeToSvg(kind: NodeKind, x: number, y: number, r: number, theme: Theme, inner = ''): string {
  const look = NODE_LOOK[kind];
  const fill = look.dashed
    ? `fill="${look.color}" fill-opacity="0.35" stroke="${look.color}" stroke-width="${fmt2(Math.min(3, r / 4))}" stroke-dasharray="4 3"`
    : `fill="${look.color}" stroke="${theme.textOutline}" stroke-width="${fmt2(Math.min(2, r / 5))}"`;
  return `${shapePath(look.shape, x, y, r)} ${fill}>${inner}</${tagOf(look.shape)}>`;
}

/** A line drawn as an edge look (legend icons). */
export function edgeLineToSvg(look: EdgeLook, x1: number, y: number, x2: number, markerId: string | null): string {
  const marker = markerId ? ` marker-end="url(#${markerId})"` : '';
  return `<line x1="${fmt(x1)}" y1="${fmt(y)}" x2="${fmt(x2)}" y2="${fmt(y)}" stroke="${look.color}" stroke-width="${look.width}"${dash(look)}${marker}/>`;
}

/** Arrow head markers, one per measure kind, with ids `${prefix}${kind}`. */
export function arrowMarkers(prefix: string): string[] {
  return Object.entries({ ...MEASURE_LOOK }).map(
    ([kind, look]) =>
      `<marker id="${prefix}${kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${ARROW}" markerHeight="${ARROW}" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${look.color}"/></marker>`,
  );
}

function tagOf(shape: NodeShape): string {
  if (shape === 'ellipse') return 'circle';
  if (shape === 'round-rectangle') return 'rect';
  if (shape === 'barrel') return 'path';
  return 'polygon';
}
