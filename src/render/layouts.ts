// Layout options by name. fcose is registered once here; positions the user dragged stay fixed.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName, Point } from '../core/view/viewState.ts';

cytoscape.use(fcose);

/**
 * The box the geometric layouts (breadth-first, circle, concentric) fill: sized by the node count, never by
 * the screen, so a shared link lays out alike in any window (the camera then fits it to the screen).
 */
export function layoutBox(nodeCount: number): { x1: number; y1: number; w: number; h: number } {
  const w = Math.round(Math.max(1000, Math.sqrt(Math.max(nodeCount, 1)) * 160));
  return { x1: 0, y1: 0, w, h: Math.round((w * 2) / 3) };
}

/** The layouts Cytoscape computes: the older ones, which links made before ForceAtlas2 may name. */
export type CytoscapeLayoutName = Extract<LayoutName, 'fcose' | 'concentric' | 'breadthfirst' | 'circle'>;

export function layoutOptions(
  name: CytoscapeLayoutName,
  fixed: Record<string, Point> = {},
  animate = false,
  nodeCount = 100,
): LayoutOptions {
  const common = { animate, fit: true, padding: 40, boundingBox: layoutBox(nodeCount) };
  switch (name) {
    case 'fcose': {
      const fixedNodeConstraint = Object.entries(fixed).map(([nodeId, position]) => ({ nodeId, position }));
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: true,
        // Labels are not counted in node sizes: their width depends on the fonts installed, and a shared
        // link must lay out the same on any machine. Generous spacing keeps most names apart instead.
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        packComponents: true,
        ...(fixedNodeConstraint.length > 0 ? { fixedNodeConstraint } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (n) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: true, spacingFactor: 1.1 };
    case 'circle':
      return { name: 'circle', ...common, spacingFactor: 0.9 } as LayoutOptions;
  }
}
