// Layout options by name. fcose is registered once here; positions the user dragged stay fixed.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName, Point } from '../core/view/viewState.ts';

cytoscape.use(fcose);

export function layoutOptions(name: LayoutName, fixed: Record<string, Point> = {}, animate = false): LayoutOptions {
  const common = { animate, fit: true, padding: 40 };
  switch (name) {
    case 'fcose': {
      const fixedNodeConstraint = Object.entries(fixed).map(([nodeId, position]) => ({ nodeId, position }));
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: true,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        packComponents: true,
        ...(fixedNodeConstraint.length > 0 ? { fixedNodeConstraint } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return { name: 'concentric', ...common, minNodeSpacing: 30, concentric: (n) => n.degree(false), levelWidth: () => 2 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: true, spacingFactor: 1.1 };
    case 'circle':
      return { name: 'circle', ...common, spacingFactor: 0.9 } as LayoutOptions;
  }
}
