// What the share menu does besides showing text: downloads and exports of what is visible (opening a
// view file is src/state/loadData.ts's openViewFile). The formats themselves live in core.
import type { ElementSet } from '../../core/algorithms/types.ts';
import { datasetToFtm, ftmToJsonLines } from '../../core/data/export/ftm.ts';
import { measuresToCsv } from '../../core/data/export/csv.ts';
import type { ViewState } from '../../core/view/viewState.ts';
import type { LoadedData } from '../../state/loadedData.ts';
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
export async function viewFileBlob(data: LoadedData, view: ViewState): Promise<Blob> {
  // Loaded on first use: the view file module brings zod (it validates the data a view file carries).
  const { createViewFile, serialiseViewFile } = await import('../../core/view/viewFile.ts');
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
  for (const id of visible.edges)
    if (data.graph.hasEdge(id) && data.graph.getEdgeAttribute(id, 'kind') === 'measure') count += 1;
  return count;
}
