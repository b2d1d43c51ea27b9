// Which arrangement a layout name gets at a graph's size. Apart from quickLayout.ts so that the page can ask
// without loading the arrangement itself (it runs in the layout worker; the page needs it only on demand).
import { DEFAULT_RENDER_SETTINGS, type RenderSettings } from './settings.ts';

/**
 * True when the layout `name` on a graph of `nodeCount` nodes is drawn with the quick arrangement (above
 * settings.forceLayoutMaxNodes the force layout is too slow).
 */
export function usesQuickLayout(
  name: string,
  nodeCount: number,
  settings: Pick<RenderSettings, 'forceLayoutMaxNodes'> = DEFAULT_RENDER_SETTINGS,
): boolean {
  return isForceLayout(name) && nodeCount > settings.forceLayoutMaxNodes;
}

/** True for the force layouts (ForceAtlas2, and fcose for older links): slow on large graphs. */
export function isForceLayout(name: string): boolean {
  return name === 'force' || name === 'fcose';
}
