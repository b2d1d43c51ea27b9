// SVG export of what the canvas shows, drawn from the same palette as the stylesheet. Pure: positions in,
// markup out. Written here rather than taken from cytoscape-svg, whose GPL licence would bind the whole app.
import type { MeasureKind, NodeKind } from '../core/model/schema.ts';
import { LINK_LOOK, MEASURE_LOOK, NODE_LOOK, ROLE_LOOK, type EdgeLook, type NodeShape, type Theme } from './palette.ts';

export interface SvgNode {
  id: string;
  label: string;
  kind: NodeKind;
  x: number;
  y: number;
}

export interface SvgEdge {
  source: string;
  target: string;
  edgeKind: 'measure' | 'role' | 'link';
  measureKind?: MeasureKind;
  label?: string;
}

export interface SvgInput {
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** Model-space box to draw; elements outside are left out. */
  box: { x1: number; y1: number; x2: number; y2: number };
  theme: Theme;
  background: boolean;
}

const SIZE = 26;
const R = SIZE / 2;

/** Escapes text for XML content and attribute values: names from the data are untrusted. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shapePath(shape: NodeShape, x: number, y: number): string {
  const poly = (pts: [number, number][]) =>
    `<polygon points="${pts.map(([px, py]) => `${fmt(x + px)},${fmt(y + py)}`).join(' ')}"`;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${R}"`;
    case 'round-rectangle':
      return `<rect x="${fmt(x - R)}" y="${fmt(y - R)}" width="${SIZE}" height="${SIZE}" rx="5"`;
    case 'barrel':
      return `<rect x="${fmt(x - R)}" y="${fmt(y - R)}" width="${SIZE}" height="${SIZE}" rx="${R}" ry="5"`;
    case 'hexagon':
      return poly([
        [-R, 0],
        [-R / 2, -R],
        [R / 2, -R],
        [R, 0],
        [R / 2, R],
        [-R / 2, R],
      ]);
    case 'diamond':
      return poly([
        [0, -R - 4],
        [R + 4, 0],
        [0, R + 4],
        [-R - 4, 0],
      ]);
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

/** A standalone SVG document of the given nodes and edges. */
export function graphToSvg(input: SvgInput): string {
  const { box, theme } = input;
  const shown = input.nodes.filter((n) => inside(box, n.x, n.y, SIZE));
  const at = new Map(shown.map((n) => [n.id, n]));
  const width = Math.max(1, box.x2 - box.x1);
  const height = Math.max(1, box.y2 - box.y1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${fmt(box.x1)} ${fmt(box.y1)} ${fmt(width)} ${fmt(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" font-family="system-ui, sans-serif">`,
    '<defs>',
    ...Object.entries({ ...MEASURE_LOOK }).map(
      ([kind, look]) =>
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${look.color}"/></marker>`,
    ),
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
    const ex = t.x - (dx / len) * (R + 2);
    const ey = t.y - (dy / len) * (R + 2);
    const marker = look.arrow && edge.measureKind ? ` marker-end="url(#arrow-${edge.measureKind})"` : '';
    out.push(
      `<line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(ex)}" y2="${fmt(ey)}" stroke="${look.color}" stroke-width="${look.width}"${dash(look)}${marker} opacity="0.85"/>`,
    );
  }
  out.push('</g><g class="nodes">');
  for (const node of shown) {
    const look = NODE_LOOK[node.kind];
    const fill = look.dashed
      ? `fill="${look.color}" fill-opacity="0.35" stroke="${look.color}" stroke-width="3" stroke-dasharray="4 3"`
      : `fill="${look.color}" stroke="${theme.textOutline}" stroke-width="2"`;
    out.push(
      `${shapePath(look.shape, node.x, node.y)} ${fill}><title>${escapeXml(node.label)}</title></${tagOf(look.shape)}>`,
    );
    out.push(
      `<text x="${fmt(node.x)}" y="${fmt(node.y + R + 13)}" text-anchor="middle" font-size="11" fill="${theme.text}" stroke="${theme.textOutline}" stroke-width="3" paint-order="stroke">${escapeXml(node.label)}</text>`,
    );
  }
  out.push('</g></svg>');
  return out.join('\n');
}

function tagOf(shape: NodeShape): string {
  if (shape === 'ellipse') return 'circle';
  if (shape === 'round-rectangle' || shape === 'barrel') return 'rect';
  return 'polygon';
}
