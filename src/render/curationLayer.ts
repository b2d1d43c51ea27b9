// Draws a view's curation on the canvas: groups as Cytoscape compound nodes (a collapsed group as one node with
// a count), notes as callouts joined to their node, edge or point, custom labels, highlight colours and pins.
// Curation elements carry the class "curation"; the canvas ignores them for selection, drags and exports of data.
import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';
import type { CombinedEdge, CombinedEnd } from '../core/algorithms/combinedEdges.ts';
import { HIGHLIGHT_COLOURS, defaultCuration, type Curation, type Note } from '../core/view/curation.ts';
import type { Point } from '../core/view/viewState.ts';
import type { Theme } from './palette.ts';

export const CURATION = 'curation';
const GROUP = 'curation-group:';
const COLLAPSED = 'curation-collapsed:';
const NOTE = 'curation-note:';
const ANCHOR = 'curation-anchor:';
const LINK = 'curation-link:';
const COMBINED = 'curation-combined:';
/** How far a callout's near corner sits up and right of what it is about, in graph pixels (clear of its label). */
const NOTE_GAP = { x: 48, y: 30 };

type Shown = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };

/** True for ids of elements the curation layer draws (not data). */
export function isCurationId(id: string): boolean {
  return id.startsWith('curation-');
}

/** Curation text that keeps its size on screen, in screen pixels: group names and combined edges' counts. */
const SCREEN_FONT_SIZES: readonly (readonly [string, number])[] = [
  [`node.${CURATION}-group`, 13],
  [`node.${CURATION}-collapsed`, 14],
  [`edge.${CURATION}-combined`, 12],
];

/**
 * Looks of the curation elements, appended after the canvas's own rules so they win where they must. Group
 * names and edge counts keep their size on screen at any `zoom`, like the data's labels.
 */
export function curationStyles(theme: Theme, zoom = 1): StylesheetJson {
  const onScreen = (selector: string): number => (SCREEN_FONT_SIZES.find(([s]) => s === selector)?.[1] ?? 12) / zoom;
  return [
    // The label layer draws a custom label (it is the node's `display` text); a large graph's detail uses `label`.
    { selector: 'node[customLabel]', style: { 'font-style': 'italic' } },
    { selector: 'node[customLabel].detail', style: { label: 'data(customLabel)' } },
    {
      selector: 'node[highlight]',
      style: {
        'underlay-color': 'data(highlight)',
        'underlay-opacity': 0.55,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
      },
    },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': theme.text } },
    { selector: 'node.multi-selected', style: { 'border-color': theme.highlight, 'border-width': 4 } },
    {
      selector: `node.${CURATION}-group`,
      style: {
        shape: 'round-rectangle',
        'background-color': theme.text,
        'background-opacity': 0.06,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': theme.text,
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 'bold',
        'font-size': onScreen(`node.${CURATION}-group`),
        'text-wrap': 'none',
        padding: '14px',
      },
    },
    {
      selector: `node.${CURATION}-collapsed`,
      style: {
        shape: 'round-rectangle',
        width: 64,
        height: 40,
        'background-color': theme.text,
        'background-opacity': 0.15,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': theme.text,
        label: 'data(label)',
        'font-weight': 'bold',
        'font-size': onScreen(`node.${CURATION}-collapsed`),
        'text-wrap': 'none',
        'text-valign': 'top',
        'text-margin-y': -4,
      },
    },
    {
      selector: `node.${CURATION}-note`,
      style: {
        shape: 'round-rectangle',
        'background-color': '#FFF6C7',
        'background-opacity': 0.96,
        'border-width': 1,
        'border-color': '#6B5B00',
        label: 'data(label)',
        color: '#1b1b1b',
        'text-outline-width': 0,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '205px',
        'font-size': 12,
        width: 'data(width)',
        height: 'data(height)',
        'z-index': 30,
      },
    },
    {
      selector: `edge.${CURATION}-combined`,
      style: {
        'curve-style': 'bezier',
        'line-color': theme.text,
        'target-arrow-color': theme.text,
        'target-arrow-shape': 'triangle',
        'line-style': 'solid',
        opacity: 0.7,
        width: 'mapData(count, 1, 12, 1.5, 6)',
        label: 'data(label)',
        'font-size': onScreen(`edge.${CURATION}-combined`),
        'font-weight': 'bold',
        color: theme.text,
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    { selector: `node.${CURATION}-anchor`, style: { width: 5, height: 5, 'background-color': '#6B5B00', label: '' } },
    {
      selector: `edge.${CURATION}-link`,
      style: {
        'curve-style': 'straight',
        'line-color': '#6B5B00',
        'line-style': 'dashed',
        width: 1,
        'target-arrow-shape': 'none',
        label: '',
        'z-index': 29,
      },
    },
  ];
}

/** Rough size of a callout for its text (Cytoscape sizes nodes from data, not from their labels). */
function noteSize(text: string): { width: number; height: number } {
  const longest = Math.min(30, Math.max(...text.split('\n').map((line) => line.length), 4));
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 30)), 0);
  return { width: longest * 7 + 18, height: lines * 15 + 12 };
}

/** A callout's centre: its lower-left corner up and right of the point it is about, so it covers neither. */
function calloutAt(at: Point, size: { width: number; height: number }): Point {
  return { x: at.x + NOTE_GAP.x + size.width / 2, y: at.y - NOTE_GAP.y - size.height / 2 };
}

export class CurationLayer {
  private curation: Curation = defaultCuration();
  private frame = 0;

  constructor(private readonly cy: Core) {
    cy.on('position', 'node', (e) => {
      if (!isCurationId((e.target as NodeSingular).id())) this.schedulePlacement();
    });
  }

  /**
   * Sets the font size of group names and edge counts for `zoom` on those few elements (a style bypass:
   * replacing the stylesheet at every zoom restyles every element).
   */
  keepTextSize(zoom: number): void {
    this.cy.batch(() => {
      for (const [selector, px] of SCREEN_FONT_SIZES) this.cy.elements(selector).style('font-size', px / zoom);
    });
  }

  /**
   * Draws `curation` for the elements shown, with the edges collapsed groups carry for their members
   * (`combined`); nothing is touched when neither the old nor the new curation has anything to draw.
   */
  apply(curation: Curation, shown: Shown, combined: readonly CombinedEdge[] = []): void {
    const had = this.curation;
    this.curation = curation;
    if (!hasDrawing(curation) && !hasDrawing(had) && this.cy.elements(`.${CURATION}`).empty()) return;
    const cy = this.cy;
    cy.batch(() => {
      cy.nodes(`.${CURATION}-group`).children().move({ parent: null });
      cy.elements(`.${CURATION}`).remove();
      // A custom label is also the node's `display` text, so the label layer places it like any name.
      cy.nodes('[customLabel]').forEach((n) => {
        n.data('display', n.data('nameDisplay'));
      });
      cy.nodes('[customLabel], [highlight]').forEach((n) => {
        n.removeData('customLabel nameDisplay highlight');
      });
      cy.nodes('.pinned').removeClass('pinned');
      for (const id of curation.pinned) cy.getElementById(id).addClass('pinned');
      for (const style of curation.styles) {
        const node = cy.getElementById(style.node);
        if (node.empty()) continue;
        if (style.label !== null) {
          node.data({ nameDisplay: node.data('display'), display: style.label, customLabel: style.label });
        }
        if (style.colour !== null) node.data('highlight', HIGHLIGHT_COLOURS[style.colour]);
      }
      for (const group of curation.groups) {
        const members = group.members.filter((m) => !cy.getElementById(m).empty());
        if (group.collapsed) {
          cy.add({
            group: 'nodes',
            data: { id: `${COLLAPSED}${group.id}`, label: `${group.label} (${members.length})` },
            classes: `${CURATION} ${CURATION}-collapsed`,
            position: this.centre(members),
            selectable: false,
            grabbable: false,
          });
          continue;
        }
        const inside = members.filter((m) => shown.nodes.has(m));
        if (inside.length === 0) continue;
        cy.add({
          group: 'nodes',
          data: { id: `${GROUP}${group.id}`, label: group.label },
          classes: `${CURATION} ${CURATION}-group`,
          selectable: false,
          grabbable: false,
        });
        for (const m of inside) cy.getElementById(m).move({ parent: `${GROUP}${group.id}` });
      }
      for (const edge of combined) this.addCombined(edge, shown);
      for (const note of curation.notes) this.addNote(note, shown);
    });
  }

  /** One edge standing for a collapsed group's edges to one neighbour in one direction, labelled with their count. */
  private addCombined(edge: CombinedEdge, shown: Shown): void {
    const idOf = (end: CombinedEnd): string | null => {
      if (end.type === 'node') return shown.nodes.has(end.id) ? end.id : null;
      const id = `${COLLAPSED}${end.id}`;
      return this.cy.getElementById(id).empty() ? null : id;
    };
    const source = idOf(edge.source);
    const target = idOf(edge.target);
    if (source === null || target === null) return;
    const count = edge.edges.length;
    this.cy.add({
      group: 'edges',
      data: { id: `${COMBINED}${edge.key}`, source, target, count, label: String(count), stands: edge.edges },
      classes: `${CURATION} ${CURATION}-combined`,
      selectable: false,
    });
  }

  private addNote(note: Note, shown: Shown): void {
    const t = note.target;
    if (t.type !== 'point' && !(t.type === 'node' ? shown.nodes : shown.edges).has(t.id)) return;
    const at = this.anchorOf(note);
    if (!at) return;
    const callout = t.type === 'point' ? at : calloutAt(at, noteSize(note.text));
    this.cy.add({
      group: 'nodes',
      data: {
        id: `${NOTE}${note.id}`,
        label: note.text,
        noteFor: t.type === 'point' ? '' : t.id,
        ...noteSize(note.text),
      },
      classes: `${CURATION} ${CURATION}-note`,
      position: callout,
      selectable: false,
      grabbable: false,
    });
    if (t.type === 'point') return;
    let end = t.id;
    if (t.type === 'edge') {
      end = `${ANCHOR}${note.id}`;
      this.cy.add({
        group: 'nodes',
        data: { id: end },
        classes: `${CURATION} ${CURATION}-anchor`,
        position: at,
        selectable: false,
        grabbable: false,
      });
    }
    this.cy.add({
      group: 'edges',
      data: { id: `${LINK}${note.id}`, source: `${NOTE}${note.id}`, target: end },
      classes: `${CURATION} ${CURATION}-link`,
      selectable: false,
    });
  }

  /** Where a note points: its node, the middle of its edge, or its point. */
  private anchorOf(note: Note): Point | null {
    const t = note.target;
    if (t.type === 'point') return { x: t.x, y: t.y };
    const el = this.cy.getElementById(t.id);
    if (el.empty()) return null;
    if (t.type === 'node') return { ...(el as NodeSingular).position() };
    const edge = el.edges()[0] ?? null;
    if (!edge) return null;
    const a = edge.source().position();
    const b = edge.target().position();
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }

  private centre(ids: readonly string[]): Point {
    const points = ids
      .map((id) => this.cy.getElementById(id))
      .filter((n) => !n.empty())
      .map((n) => (n as NodeSingular).position());
    if (points.length === 0) return { x: 0, y: 0 };
    return {
      x: points.reduce((s, p) => s + p.x, 0) / points.length,
      y: points.reduce((s, p) => s + p.y, 0) / points.length,
    };
  }

  /** Callouts and collapsed groups follow their nodes (once per frame, however many nodes moved). */
  private schedulePlacement(): void {
    if (this.frame !== 0 || !hasDrawing(this.curation)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.cy.batch(() => {
        for (const note of this.curation.notes) {
          if (note.target.type === 'point') continue;
          const at = this.anchorOf(note);
          if (!at) continue;
          this.cy.getElementById(`${NOTE}${note.id}`).position(calloutAt(at, noteSize(note.text)));
          if (note.target.type === 'edge') this.cy.getElementById(`${ANCHOR}${note.id}`).position(at);
        }
        for (const group of this.curation.groups) {
          if (group.collapsed) this.cy.getElementById(`${COLLAPSED}${group.id}`).position(this.centre(group.members));
        }
      });
    });
  }

  /** What the layer draws, for tests: groups with their shown members, and notes with their targets. */
  snapshot(): {
    groups: { id: string; label: string; members: string[] }[];
    notes: { id: string; text: string }[];
    combined: { source: string; target: string; label: string; edges: string[] }[];
  } {
    const groups = this.cy.nodes(`.${CURATION}-group, .${CURATION}-collapsed`).map((g) => ({
      id: g.id(),
      label: String(g.data('label')),
      members: g.children().map((c) => c.id()),
    }));
    const notes = this.cy.nodes(`.${CURATION}-note`).map((n) => ({ id: n.id(), text: String(n.data('label')) }));
    const combined = this.cy.edges(`.${CURATION}-combined`).map((e) => ({
      source: e.source().id(),
      target: e.target().id(),
      label: String(e.data('label')),
      edges: [...(e.data('stands') as string[])],
    }));
    return { groups, notes, combined };
  }

  /** Adds group boxes and note callouts to SVG markup of the graph (svgOf); the frame carries the title. */
  async decorateSvg(markup: string, theme: Theme): Promise<string> {
    const c = this.curation;
    if (c.groups.length === 0 && c.notes.length === 0) return markup;
    const [{ combinedToSvg, groupsToSvg, notesToSvg }, { insertIntoSvg }] = await Promise.all([
      import('./svgCuration.ts'),
      import('./svg.ts'),
    ]);
    const groups = this.cy.nodes(`.${CURATION}-group, .${CURATION}-collapsed`).map((g) => {
      const bb = g.boundingBox({ includeLabels: false });
      return { label: String(g.data('label')), x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
    });
    const notes = this.cy.nodes(`.${CURATION}-note`).map((n) => {
      const link = n.connectedEdges(`.${CURATION}-link`)[0];
      const anchor = link ? { ...link.target().position() } : null;
      return {
        text: String(n.data('label')),
        ...n.position(),
        width: Number(n.data('width')),
        height: Number(n.data('height')),
        anchor,
      };
    });
    const combined = this.cy.edges(`.${CURATION}-combined`).map((e) => {
      const t = e.target();
      return {
        label: String(e.data('label')),
        count: Number(e.data('count')),
        from: { ...e.source().position() },
        to: { ...t.position() },
        toRadius: Math.max(t.width(), t.height()) / 2,
      };
    });
    const underEdges = `${groupsToSvg(groups, theme)}\n${combinedToSvg(combined, theme)}`;
    return insertIntoSvg(insertIntoSvg(markup, underEdges, '<g class="edges">'), notesToSvg(notes));
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
  }
}

function hasDrawing(c: Curation): boolean {
  return c.groups.length > 0 || c.notes.length > 0 || c.styles.length > 0 || c.pinned.length > 0;
}
