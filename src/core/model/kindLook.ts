// How each kind looks: one table shared by the canvas stylesheet, the SVG export, the legend and the filter
// panel, so they cannot disagree. Plain data (no Cytoscape), so features and ui read it without src/render.
// Colours are the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies; its blue is
// lightened (#0072B2 -> #1F80C8) so that it keeps 3:1 against the dark background (tests/render/contrast.test.ts).
import type { MeasureKind, NodeKind } from './schema.ts';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'barrel' | 'round-octagon' | 'pentagon';

export interface NodeLook {
  shape: NodeShape;
  color: string;
  /** Group nodes stand for unnamed targets: a dashed outline says "not one entity". */
  dashed: boolean;
}

export const NODE_LOOK: Record<NodeKind, NodeLook> = {
  person: { shape: 'ellipse', color: '#1F80C8', dashed: false },
  agency: { shape: 'round-rectangle', color: '#009E73', dashed: false },
  company: { shape: 'hexagon', color: '#E69F00', dashed: false },
  sanctioningBody: { shape: 'diamond', color: '#D55E00', dashed: false },
  organization: { shape: 'barrel', color: '#CC79A7', dashed: false },
  group: { shape: 'round-octagon', color: '#8C8C8C', dashed: true },
  asset: { shape: 'pentagon', color: '#5D6D7E', dashed: false },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeLook {
  color: string;
  line: LineStyle;
  width: number;
  arrow: boolean;
}

export const MEASURE_LOOK: Record<MeasureKind, EdgeLook> = {
  blocking: { color: '#D55E00', line: 'solid', width: 3, arrow: true },
  visaBan: { color: '#1F80C8', line: 'dashed', width: 3, arrow: true },
  exportBlacklisting: { color: '#E69F00', line: 'solid', width: 3, arrow: true },
  investmentBan: { color: '#009E73', line: 'solid', width: 3, arrow: true },
  counterSanction: { color: '#CC79A7', line: 'solid', width: 3, arrow: true },
  importBan: { color: '#56B4E9', line: 'dotted', width: 3, arrow: true },
  // Kind not stated: grey and thinner, so it never reads as one of the kinds above.
  listing: { color: '#7A7A7A', line: 'dashed', width: 2, arrow: true },
};

export const ROLE_LOOK: EdgeLook = { color: '#7A7A7A', line: 'solid', width: 1.5, arrow: false };
export const LINK_LOOK: EdgeLook = { color: '#7A7A7A', line: 'dotted', width: 1.5, arrow: false };
