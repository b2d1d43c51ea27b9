// The curated part of a view: what an author hides, pins, groups, annotates and restyles before sharing it.
// Plain data inside ViewState (field `curation`); ids are kept in lists, never as keys of plain objects.
import { cleanText } from '../text/cleanText.ts';

/** Highlight colours a view may give a node. None is a colour the legend uses for a kind (a test checks). */
export const HIGHLIGHT_COLOURS = {
  indigo: '#332288',
  olive: '#999933',
  wine: '#882255',
  teal: '#44AA99',
  rose: '#CC6677',
} as const;
export type HighlightColour = keyof typeof HIGHLIGHT_COLOURS;
export const HIGHLIGHT_NAMES = Object.keys(HIGHLIGHT_COLOURS) as HighlightColour[];

/** A labelled box around some nodes (drawn as a compound node); collapsed, it is drawn as one node with a count. */
export interface Group {
  id: string;
  label: string;
  members: string[];
  collapsed: boolean;
}

export type NoteTarget =
  { type: 'node'; id: string } | { type: 'edge'; id: string } | { type: 'point'; x: number; y: number };

/** A short plain-text note on a node, an edge or a point of the canvas (a free note). */
export interface Note {
  id: string;
  text: string;
  target: NoteTarget;
}

/** How this view draws one node: a custom label, a highlight colour, or both. */
export interface NodeStyle {
  node: string;
  label: string | null;
  colour: HighlightColour | null;
}

export interface Curation {
  /** Nodes hidden from this view (with their edges); not a filter: they stay counted in the data. */
  hidden: string[];
  /** Nodes fixed where they are: a new layout leaves them in place (their place is in `positions`). */
  pinned: string[];
  groups: Group[];
  notes: Note[];
  /** Shown above the canvas, in exports and embeds; '' for none. */
  title: string;
  caption: string;
  styles: NodeStyle[];
}

export const MAX_NOTE_LENGTH = 280;
export const MAX_TITLE_LENGTH = 120;
export const MAX_CAPTION_LENGTH = 400;
/** Group names and custom node labels. */
export const MAX_LABEL_LENGTH = 60;
export const MAX_GROUPS = 50;
export const MAX_NOTES = 100;

export function defaultCuration(): Curation {
  return { hidden: [], pinned: [], groups: [], notes: [], title: '', caption: '', styles: [] };
}

/** True when nothing is curated (what a link leaves out). */
export function isDefaultCuration(c: Curation): boolean {
  return (
    c.hidden.length === 0 &&
    c.pinned.length === 0 &&
    c.groups.length === 0 &&
    c.notes.length === 0 &&
    c.title === '' &&
    c.caption === '' &&
    c.styles.length === 0
  );
}

/** The group a node belongs to, if any (a node is in at most one group). */
export function groupOf(c: Curation, node: string): Group | undefined {
  return c.groups.find((g) => g.members.includes(node));
}

/** The next free id with this prefix: "g1", "g2", ... (ids of removed items are not reused while others remain). */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  for (let i = 1; i <= taken.length + 1; i += 1) {
    if (!used.has(`${prefix}${i}`)) {
      n = i;
      break;
    }
  }
  return `${prefix}${n}`;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const setB = new Set(b);
  return a.length === b.length && a.every((x) => setB.has(x));
};

const sameTarget = (a: NoteTarget, b: NoteTarget): boolean =>
  a.type === 'point' || b.type === 'point'
    ? a.type === b.type && a.type === 'point' && b.type === 'point' && a.x === b.x && a.y === b.y
    : a.type === b.type && a.id === b.id;

/** Equality as a reader sees it: hidden and pinned nodes and group members as sets; groups, notes, styles in order. */
export function curationsEqual(a: Curation, b: Curation): boolean {
  return (
    sameSet(a.hidden, b.hidden) &&
    sameSet(a.pinned, b.pinned) &&
    a.title === b.title &&
    a.caption === b.caption &&
    a.groups.length === b.groups.length &&
    a.groups.every((g, i) => {
      const o = b.groups[i];
      return (
        o !== undefined &&
        o.id === g.id &&
        o.label === g.label &&
        o.collapsed === g.collapsed &&
        sameSet(g.members, o.members)
      );
    }) &&
    a.notes.length === b.notes.length &&
    a.notes.every((n, i) => {
      const o = b.notes[i];
      return o !== undefined && o.id === n.id && o.text === n.text && sameTarget(n.target, o.target);
    }) &&
    a.styles.length === b.styles.length &&
    a.styles.every((s, i) => {
      const o = b.styles[i];
      return o !== undefined && o.node === s.node && o.label === s.label && o.colour === s.colour;
    })
  );
}

/** Text as the curation keeps it: cleaned (cleanText), one line where asked, at most `max` characters. */
export interface CuratedText {
  text: string;
  /** How many characters were cut to fit `max` (0 when none). */
  cut: number;
}

/**
 * Cleans text a user typed or a link carried: no control or bidi-override characters, white space folded, one
 * line for names, cut to `max` characters (whole code points). No markup is interpreted anywhere it is shown.
 */
export function cleanCuratedText(value: string, max: number, oneLine: boolean): CuratedText {
  let text = cleanText(value);
  if (oneLine) text = text.replace(/\n+/g, ' ');
  const chars = Array.from(text);
  if (chars.length <= max) return { text, cut: 0 };
  return { text: chars.slice(0, max).join('').trimEnd(), cut: chars.length - max };
}

/** True for text already in the form cleanCuratedText gives, within `max`. */
export function isCuratedText(value: unknown, max: number, oneLine: boolean): value is string {
  if (typeof value !== 'string') return false;
  const cleaned = cleanCuratedText(value, max, oneLine);
  return cleaned.cut === 0 && cleaned.text === value;
}
