// The Cytoscape stylesheet: a pure function of the theme, built from the palette the legend also reads.
import type { StylesheetJson } from 'cytoscape';
import { MEASURE_KINDS, NODE_KINDS } from '../core/model/kinds.ts';
import { LINK_LOOK, MEASURE_LOOK, NODE_LOOK, ROLE_LOOK, type EdgeLook, type Theme } from './palette.ts';

function edgeStyle(look: EdgeLook): Record<string, string | number> {
  return {
    'line-color': look.color,
    'target-arrow-color': look.color,
    'line-style': look.line,
    width: look.width,
    'target-arrow-shape': look.arrow ? 'triangle' : 'none',
  };
}

export function buildStylesheet(theme: Theme): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
        color: theme.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-outline-color': theme.textOutline,
        'text-outline-width': 2,
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': theme.textOutline,
        'min-zoomed-font-size': 7,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: NODE_LOOK[kind].shape,
        'background-color': NODE_LOOK[kind].color,
        ...(NODE_LOOK[kind].dashed
          ? { 'border-style': 'dashed' as const, 'border-color': NODE_LOOK[kind].color, 'background-opacity': 0.35, 'border-width': 3 }
          : {}),
      },
    })),
    { selector: 'node[kind = "sanctioningBody"]', style: { width: 34, height: 34 } },
    {
      selector: 'edge',
      style: { 'curve-style': 'bezier', 'arrow-scale': 1.1, opacity: 0.85, ...edgeStyle(ROLE_LOOK) },
    },
    ...MEASURE_KINDS.map((kind) => ({ selector: `edge[measureKind = "${kind}"]`, style: edgeStyle(MEASURE_LOOK[kind]) })),
    { selector: 'edge[edgeKind = "link"]', style: { ...edgeStyle(LINK_LOOK), label: 'data(label)', 'font-size': 9, color: theme.text } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: theme.dim } },
    // Hovering on a large graph marks the neighbourhood instead of dimming the rest (see canvas.ts).
    { selector: 'node.neighbour', style: { 'border-color': theme.highlight, 'border-width': 3 } },
    { selector: 'edge.neighbour', style: { 'line-color': theme.highlight, 'target-arrow-color': theme.highlight, opacity: 1 } },
    { selector: 'node:selected', style: { 'border-color': theme.highlight, 'border-width': 4, 'z-index': 10 } },
    { selector: 'edge:selected', style: { width: 6, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-color': theme.path, 'border-width': 6, 'z-index': 20 } },
    { selector: 'edge.on-path', style: { 'line-color': theme.path, 'target-arrow-color': theme.path, width: 7, opacity: 1, 'z-index': 20 } },
  ];
}
