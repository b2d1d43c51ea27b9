// Which arrangement a layout name gets at a graph's size. Apart from quickLayout.ts so that the page can ask
// without loading the arrangement itself (it runs in the layout worker; the page needs it only on demand).

/**
 * Above this many nodes the force layout (fcose) is replaced by quickLayoutPositions: fcose holds the page
 * for seconds from about 1,000 nodes and for minutes at 5,000 (hubs with hundreds of targets; see
 * docs/benchmarks.md), while the quick arrangement takes milliseconds.
 */
export const FORCE_LAYOUT_MAX_NODES = 1000;

/** True when the layout `name` on a graph of `nodeCount` nodes is drawn with the quick arrangement. */
export function usesQuickLayout(name: string, nodeCount: number): boolean {
  return name === 'fcose' && nodeCount > FORCE_LAYOUT_MAX_NODES;
}
