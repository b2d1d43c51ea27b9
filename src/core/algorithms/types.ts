// Shared shapes of the graph algorithms: a set of element ids (what is visible, what a step adds)
// and the error every algorithm throws on bad input, its message prefixed with the module's name.

/** Node and edge ids, e.g. the visible part of the graph or what an expansion adds. */
export interface ElementSet {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Thrown on invalid input: an unknown node id, a depth out of range, a malformed date. */
export class AlgorithmInputError extends Error {
  constructor(module: string, message: string) {
    super(`${module}: ${message}`);
    this.name = 'AlgorithmInputError';
  }
}

/** An empty element set. */
export function emptyElements(): ElementSet {
  return { nodes: new Set(), edges: new Set() };
}

/** True when the edge and both its ends belong to the set (or no set restricts them). */
export function allows(within: ElementSet | undefined, edge: string, source: string, target: string): boolean {
  return within === undefined || (within.edges.has(edge) && within.nodes.has(source) && within.nodes.has(target));
}
