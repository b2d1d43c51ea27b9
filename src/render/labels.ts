// Which node labels are drawn: every label that fits, most important first, never over another label or
// another node. Pure (no Cytoscape, no DOM): the canvas passes positions, sizes and a text measure.

/** A node whose label may be drawn. Positions and radius in graph units; the label box in screen pixels. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Half the node's height, in graph units: the label sits below the node. */
  radius: number;
  /** The label box in screen pixels (it does not grow when zooming out). */
  width: number;
  height: number;
  /** Higher first. Ties keep the input order. */
  importance: number;
  /** Drawn whatever it covers (the selection, a hovered node). */
  forced?: boolean;
  /**
   * Next to the selection while everything else is faded: where every side would cover a node, its label may
   * cover faded ones (never a lit node or another label), so a neighbour's name is not left out at a hub.
   */
  lit?: boolean;
}

export interface LabelOptions {
  zoom: number;
  /** Space between the node and its label, and around each label, in screen pixels. */
  gap: number;
  /** The visible area in graph units: labels outside it neither show nor take room. */
  extent?: { x1: number; y1: number; x2: number; y2: number };
  /** Boxes laid over the drawing (the legend), in screen pixels at pan 0: no label goes under them. */
  covered?: readonly Box[];
  /**
   * How many of the most important candidates (after forced ones) may, where every side of their node has
   * another node next to it, put their label over less important nodes: a hub's name over its leaves.
   */
  hubs?: number;
}

/** A rectangle: a node's or a label's box, or one laid over the drawing. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label goes around its node, in the order they are tried. */
export const LABEL_PLACES = ['below', 'above', 'right', 'left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/** The label's box in screen pixels (at pan 0), `gap` away from the node on the side `place`. */
export function labelBox(c: LabelCandidate, zoom: number, gap: number, place: LabelPlace = 'below'): Box {
  const cx = c.x * zoom;
  const cy = c.y * zoom;
  const r = c.radius * zoom;
  switch (place) {
    case 'below':
      return { x1: cx - c.width / 2, y1: cy + r + gap, x2: cx + c.width / 2, y2: cy + r + gap + c.height };
    case 'above':
      return { x1: cx - c.width / 2, y1: cy - r - gap - c.height, x2: cx + c.width / 2, y2: cy - r - gap };
    case 'right':
      return { x1: cx + r + gap, y1: cy - c.height / 2, x2: cx + r + gap + c.width, y2: cy + c.height / 2 };
    case 'left':
      return { x1: cx - r - gap - c.width, y1: cy - c.height / 2, x2: cx - r - gap, y2: cy + c.height / 2 };
  }
}

function nodeBox(c: LabelCandidate, zoom: number): Box {
  const r = c.radius * zoom;
  return { x1: c.x * zoom - r, y1: c.y * zoom - r, x2: c.x * zoom + r, y2: c.y * zoom + r };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Boxes bucketed by screen cells, so each test looks only at nearby boxes. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / this.size); i <= Math.floor(b.x2 / this.size); i++)
      for (let j = Math.floor(b.y1 / this.size); j <= Math.floor(b.y2 / this.size); j++) keys.push(`${i},${j}`);
    return keys;
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
    }
  }

  /** Whether `b` overlaps a box other than `except` that `counts` (by default, any). */
  hits(b: Box, except?: Box, counts: (other: Box) => boolean = () => true): boolean {
    for (const key of this.keys(b))
      for (const other of this.cells.get(key) ?? [])
        if (other !== except && overlaps(b, other) && counts(other)) return true;
    return false;
  }
}

/**
 * The labels drawn at `zoom`, by node id, with the side of the node each goes on: candidates in order of
 * importance (forced ones first) get their label on the first side (below, above, right, left) where its box,
 * padded by `gap`, crosses no label already shown and no other node (for a lit candidate, no other lit node,
 * if need be). Forced labels are always shown (below if no side is free). The same input always gives the same
 * answer.
 */
export function labelsShown(candidates: readonly LabelCandidate[], options: LabelOptions): Map<string, LabelPlace> {
  const { zoom, gap } = options;
  const e = options.extent;
  const inView = e
    ? candidates.filter((c) => c.x >= e.x1 && c.x <= e.x2 && c.y >= e.y1 && c.y <= e.y2)
    : [...candidates];
  const cell = Math.max(32, ...inView.slice(0, 200).map((c) => c.width));
  const nodes = new BoxGrid(cell);
  const own = new Map<string, Box>();
  const ofBox = new Map<Box, LabelCandidate>();
  for (const c of inView) {
    const box = nodeBox(c, zoom);
    own.set(c.id, box);
    ofBox.set(box, c);
    nodes.add(box);
  }
  const order = inView
    .map((c, index) => ({ c, index }))
    .sort(
      (a, b) =>
        Number(b.c.forced ?? false) - Number(a.c.forced ?? false) ||
        b.c.importance - a.c.importance ||
        a.index - b.index,
    );
  const labels = new BoxGrid(cell);
  for (const box of options.covered ?? []) labels.add(box);
  // A label that would run off the visible area takes another side, or is left out.
  const inside = (b: Box): boolean =>
    !e || (b.x1 >= e.x1 * zoom && b.x2 <= e.x2 * zoom && b.y1 >= e.y1 * zoom && b.y2 <= e.y2 * zoom);
  const shown = new Map<string, LabelPlace>();
  const pad = (b: Box): Box => ({ x1: b.x1 - gap, y1: b.y1 - gap / 2, x2: b.x2 + gap, y2: b.y2 + gap / 2 });
  let hubsLeft = options.hubs ?? 0;
  for (const { c } of order) {
    const clearOf = (counts: (other: Box) => boolean) => (p: LabelPlace) => {
      const box = labelBox(c, zoom, gap, p);
      return inside(box) && !labels.hits(pad(box)) && !nodes.hits(box, own.get(c.id), counts);
    };
    const hub = !c.forced && hubsLeft-- > 0;
    // Nodes a lit or hub label may cover, where no side is free: never a lit or forced one; for a hub, only
    // less important ones.
    const coverable = (other: Box) => {
      const o = ofBox.get(other);
      if (!o || o.lit || o.forced) return false;
      return c.lit === true || (hub && o.importance < c.importance);
    };
    const place =
      LABEL_PLACES.find(clearOf(() => true)) ??
      (c.lit || hub ? LABEL_PLACES.find(clearOf((other) => !coverable(other))) : undefined);
    if (place === undefined && !c.forced) continue;
    const chosen = place ?? 'below';
    labels.add(pad(labelBox(c, zoom, gap, chosen)));
    shown.set(c.id, chosen);
  }
  return shown;
}

/**
 * A name in at most `maxLines` lines of at most `maxWidth` (as `measure` sizes text), broken between words (a
 * word wider than a line is cut), the last line ellipsised when the name does not fit.
 */
export function wrapLabel(name: string, maxWidth: number, measure: (text: string) => number, maxLines = 2): string[] {
  const pieces = name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => cutWord(word, maxWidth, measure).map((text, i) => ({ text, space: i === 0 })));
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line ? `${line}${piece.space ? ' ' : ''}${piece.text}` : piece.text;
    if (!line || measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsise(line, maxWidth, measure));
      return lines;
    }
    lines.push(line);
    line = piece.text;
  }
  if (line) lines.push(line);
  return lines;
}

/** A word in pieces that each fit `maxWidth` (one piece when it fits). */
function cutWord(word: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let chars = Array.from(word);
  while (chars.length > 0) {
    let n = chars.length;
    while (n > 1 && measure(chars.slice(0, n).join('')) > maxWidth) n--;
    pieces.push(chars.slice(0, n).join(''));
    chars = chars.slice(n);
  }
  return pieces;
}

function ellipsise(line: string, maxWidth: number, measure: (text: string) => number): string {
  const chars = Array.from(line);
  while (chars.length > 0 && measure(`${chars.join('').trimEnd()}…`) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
