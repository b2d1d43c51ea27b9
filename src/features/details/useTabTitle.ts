// The browser tab names what is selected ("Chen Quanguo · Sanctions explorer"), so a reader with several
// tabs open, or a screen reader announcing the page, knows which entity each one shows.
import { useEffect } from 'react';
import type { LoadedData } from '../../state/loadedData.ts';

/** The page's own title, as index.html gives it. */
const BASE_TITLE = document.title;

/** The name of the selected node, or "source → target" for an edge; null when nothing (known) is selected. */
export function selectionName(
  data: LoadedData | null,
  selection: { type: 'node' | 'edge'; id: string } | null,
): string | null {
  if (!data || !selection) return null;
  const { graph } = data;
  if (selection.type === 'node')
    return graph.hasNode(selection.id) ? graph.getNodeAttribute(selection.id, 'name') : null;
  if (!graph.hasEdge(selection.id)) return null;
  const source = graph.getNodeAttribute(graph.source(selection.id), 'name');
  const target = graph.getNodeAttribute(graph.target(selection.id), 'name');
  return `${source} → ${target}`;
}

export function useTabTitle(name: string | null): void {
  useEffect(() => {
    document.title = name ? `${name} · ${BASE_TITLE}` : BASE_TITLE;
  }, [name]);
}
