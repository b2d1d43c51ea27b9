// The Cytoscape stylesheet: a pure function of the theme, built from the palette the legend also reads.
import type { StylesheetJson } from 'cytoscape';
import { MEASURE_KINDS, NODE_KINDS } from '../core/model/kinds.ts';
import {
  ANNOUNCED_NOW_WIDTH,
  LINK_LOOK,
  MEASURE_LOOK,
  NODE_LOOK,
  ROLE_LOOK,
  type EdgeLook,
  type Theme,
} from './palette.ts';

function edgeStyle(look: EdgeLook): Record<string, string | number> {
  return {
    'line-color': look.color,
    'target-arrow-color': look.color,
    'line-style': look.line,
    width: look.width,
    'target-arrow-shape': look.arrow ? 'triangle' : 'none',
  };
}

type Rule = { selector: string; style: Record<string, string | number> };

/** How labels are drawn, in graph units (the label layer divides screen sizes by the zoom). */
export interface LabelStyle {
  size: number;
  margin: number;
  halo: number;
}

/**
 * The stylesheet of a graph drawn in full detail. With `labels`, only nodes the label layer marks `labelled`
 * (and the selection and a hovered node) show their label (`display`: wrapped), on a halo, at that size.
 */
export function buildStylesheet(theme: Theme, labels: LabelStyle | null = null): StylesheetJson {
  // Where labels are placed, only labelled nodes get text properties: Cytoscape's first styling costs time
  // for every property a rule sets, on every element it matches.
  return [...lookRules(theme, labels === null), ...(labels ? labelRules(theme, labels) : []), ...stateRules(theme)];
}

function labelRules(theme: Theme, labels: LabelStyle): Rule[] {
  return [
    {
      selector: 'node.labelled, node.label-hover, node:selected',
      style: {
        ...nodeText(theme),
        label: 'data(display)',
        'font-size': labels.size,
        'line-height': 1.25,
        'text-margin-y': labels.margin,
        'text-max-width': '100000px',
        'text-outline-width': 0,
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': `${labels.halo}px`,
        'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.label-hover, node:selected', style: { 'z-index': 30 } },
    // Labels moved off the default side (below) where it was taken (see labels.ts).
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -labels.margin } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': labels.margin },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -labels.margin },
    },
  ];
}

/**
 * The stylesheet of a large graph (see drawingPolicy.ts): straight edges, and only elements with the class `detail`
 * (those in view once zoomed in) get labels, arrowheads and dashes. Elsewhere these are under a pixel or hidden
 * by `min-zoomed-font-size` yet cost time on every redraw, and restyling every element when zooming in takes
 * seconds, while marking what is in view takes milliseconds.
 */
export function buildLargeGraphStylesheet(theme: Theme): StylesheetJson {
  const looks = lookRules(theme);
  return [
    ...leanLookRules(looks),
    // The full look for what is marked `detail` (the class is added after the rule's own selector), with
    // straight edges even where they share their ends: curves make Cytoscape look for parallel edges on every
    // redraw (at 5,000 nodes a date change took 0.2 to 0.3 s longer).
    ...looks.map((rule) => ({ selector: detailed(rule.selector), style: rule.style })),
    { selector: 'edge.detail', style: { 'curve-style': 'straight' } },
    ...stateRules(theme),
  ];
}

/** The selector for the same elements marked `detail` (each part of a list of selectors). */
export function detailed(selector: string): string {
  return selector
    .split(',')
    .map((part) => `${part.trim()}.detail`)
    .join(', ');
}

/** What is drawn of the look outside the detailed part: colours, shapes, sizes and line widths. */
const LEAN_PROPERTIES = new Set([
  'shape',
  'background-color',
  'background-opacity',
  'border-style',
  'border-color',
  'border-width',
  'width',
  'height',
  'line-color',
]);

/**
 * The looks without what a large graph does not draw outside the detailed part (labels, arrowheads, dashes,
 * curves). Cytoscape's first styling of an element costs time for every property it sets, each rule's
 * separately: the text properties alone were half of a node's.
 */
function leanLookRules(looks: Rule[]): Rule[] {
  const lean: Rule[] = [];
  for (const rule of looks) {
    const style = Object.fromEntries(Object.entries(rule.style).filter(([name]) => LEAN_PROPERTIES.has(name)));
    if (rule.selector === 'edge') Object.assign(style, { 'curve-style': 'haystack', 'haystack-radius': 0 });
    if (Object.keys(style).length > 0) lean.push({ selector: rule.selector, style });
  }
  return lean;
}

/** Text on an outline of the background, not drawn below 7 px on screen (where it is only a smudge). */
function haloText(theme: Theme): Record<string, string | number> {
  return { 'text-outline-color': theme.textOutline, 'text-outline-width': 2, 'min-zoomed-font-size': 7 };
}

/** A node's name: below it, wrapped, on an outline of the background. */
function nodeText(theme: Theme): Record<string, string | number> {
  return {
    ...haloText(theme),
    label: 'data(label)',
    'font-size': 11,
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    color: theme.text,
    'text-valign': 'bottom',
    'text-margin-y': 4,
    'text-wrap': 'wrap',
    'text-max-width': '110px',
  };
}

/** How each kind of node and edge looks; with `names`, every node shows its name. */
function lookRules(theme: Theme, names = true): Rule[] {
  return [
    {
      selector: 'node',
      style: {
        ...(names ? nodeText(theme) : {}),
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': theme.textOutline,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: NODE_LOOK[kind].shape,
        'background-color': NODE_LOOK[kind].color,
        ...(NODE_LOOK[kind].dashed
          ? {
              'border-style': 'dashed' as const,
              'border-color': NODE_LOOK[kind].color,
              'background-opacity': 0.35,
              'border-width': 3,
            }
          : {}),
      },
    })),
    { selector: 'node[kind = "sanctioningBody"]', style: { width: 34, height: 34 } },
    // Sized by the measure the reader picked (nodeSize.ts), when the canvas has set one.
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 1.1, opacity: 0.85 } },
    // Each edge gets its look from one rule (roles, and the edges a curation draws, which have no kind).
    { selector: 'edge[^edgeKind], edge[edgeKind = "role"]', style: edgeStyle(ROLE_LOOK) },
    // Edges that share their two ends with another are fanned apart (see sharedPairs in elements.ts).
    { selector: 'edge[parallel]', style: { 'curve-style': 'bezier' } },
    ...MEASURE_KINDS.map((kind) => ({
      selector: `edge[measureKind = "${kind}"]`,
      style: edgeStyle(MEASURE_LOOK[kind]),
    })),
    {
      selector: 'edge[edgeKind = "link"]',
      // The link's name (family, associate...) on an outline of the background; not drawn below 7 px on screen,
      // where it was a smudge over the line.
      style: { ...edgeStyle(LINK_LOOK), ...haloText(theme), label: 'data(label)', 'font-size': 9, color: theme.text },
    },
  ];
}

/** Hidden, dimmed, hovered, selected and on a path: after the looks, so they win. */
function stateRules(theme: Theme): Rule[] {
  return [
    { selector: '.hidden', style: { display: 'none' } },
    // At an "as of" date, who has no relation shown yet, and the measures of that very day (SelectionLayer.setAsOf).
    { selector: 'node.unconnected', style: { opacity: theme.unconnected } },
    {
      selector: 'edge.announced-now',
      style: {
        width: ANNOUNCED_NOW_WIDTH,
        'underlay-color': theme.highlight,
        'underlay-opacity': 0.15,
        'underlay-padding': 3,
        'z-index': 8,
      },
    },
    { selector: '.dimmed', style: { opacity: theme.dim } },
    // A selection fades what is not next to it (see DrawingPolicy.emphasise).
    { selector: '.faded', style: { opacity: theme.dim + 0.1 } },
    // Hovering on a large graph marks the neighbourhood instead of dimming the rest (see drawingPolicy.ts).
    { selector: 'node.neighbour', style: { 'border-color': theme.highlight, 'border-width': 3 } },
    {
      selector: 'edge.neighbour',
      style: { 'line-color': theme.highlight, 'target-arrow-color': theme.highlight, opacity: 1 },
    },
    { selector: 'node:selected', style: { 'border-color': theme.highlight, 'border-width': 4, 'z-index': 10 } },
    { selector: 'edge:selected', style: { width: 6, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-color': theme.path, 'border-width': 6, 'z-index': 20 } },
    {
      selector: 'edge.on-path',
      style: { 'line-color': theme.path, 'target-arrow-color': theme.path, width: 7, opacity: 1, 'z-index': 20 },
    },
  ];
}
