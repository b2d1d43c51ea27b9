// What the share menu does besides showing text: downloads, exports of what is visible, and opening a view
// file back into the app. The formats themselves live in core (view file, FtM, CSV, citations).
import type { ElementSet } from '../../core/algorithms/types.ts';
import { datasetToFtm, ftmToJsonLines } from '../../core/data/export/ftm.ts';
import { measuresToCsv } from '../../core/data/export/csv.ts';
import { cleanViewState } from '../../core/view/clean.ts';
import { createViewFile, parseViewFile, serialiseViewFile } from '../../core/view/viewFile.ts';
import type { ViewState } from '../../core/view/viewState.ts';
import { prepareData, type LoadedData } from '../../state/loadedData.ts';
import { addNotice, replaceView, setData, useAppStore } from '../../state/store.ts';
import { fileStem } from './links.ts';

/** Saves a blob under a file name through an <a download> of a blob URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The start of every exported file's name, from the dataset id. */
export function exportStem(data: LoadedData): string {
  return fileStem(data.dataset.info.id);
}

/** The view file of the current view: with the data itself when it did not come bundled with the app. */
export function viewFileBlob(data: LoadedData, view: ViewState): Blob {
  const file = createViewFile(view, data.dataset, { includeData: data.origin.kind !== 'bundled' });
  return new Blob([serialiseViewFile(file)], { type: 'application/json' });
}

/** FollowTheMoney JSON lines of the visible nodes and edges. */
export function visibleFtmBlob(data: LoadedData, visible: ElementSet): Blob {
  const entities = datasetToFtm(data.dataset, { nodeIds: visible.nodes, edgeIds: visible.edges });
  return new Blob([ftmToJsonLines(entities)], { type: 'application/x-ndjson' });
}

/** CSV of the visible measures. */
export function visibleCsvBlob(data: LoadedData, visible: ElementSet): Blob {
  return new Blob([measuresToCsv(data.dataset, visible.edges)], { type: 'text/csv;charset=utf-8' });
}

/** How many of the visible edges are measures. */
export function countVisibleMeasures(data: LoadedData, visible: ElementSet): number {
  let count = 0;
  for (const id of visible.edges) if (data.graph.hasEdge(id) && data.graph.getEdgeAttribute(id, 'kind') === 'measure') count += 1;
  return count;
}

/**
 * Opens the text of a view file: loads the data it carries (if any), cleans the view against the data it
 * opens on and shows it; notices say what was ignored. Returns whether a view was opened.
 */
export function openViewFile(text: string, fileName: string): boolean {
  const parsed = parseViewFile(text);
  if (!parsed.ok) {
    addNotice(`${parsed.error} (${fileName})`, 'error');
    return false;
  }
  const current = useAppStore.getState().data;
  const data = parsed.data ? prepareData(parsed.data, { kind: 'file', name: fileName }) : current;
  if (!data) return false;
  const cleaned = cleanViewState(
    parsed.view,
    { nodeIds: new Set(data.graph.nodes()), edgeIds: new Set(data.graph.edges()), datasetVersion: data.dataset.info.version },
    { source: 'view file' },
  );
  if (parsed.data) setData(data, cleaned.state);
  else replaceView(cleaned.state);
  for (const notice of [...parsed.notices, ...cleaned.notices]) addNotice(notice, 'warning');
  return true;
}
