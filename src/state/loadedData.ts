// Everything built once per dataset: the graph, the id index and the name index.
// Built when data is loaded (bundled, file or URL), never on a view change.
import { buildFilterIndex, type FilterIndex } from '../core/algorithms/filters.ts';
import { measureHistogram, timelineSteps, type MonthCount, type TimelineStep } from '../core/algorithms/time.ts';
import { buildGraph, buildGraphInSlices, type SanctionsGraph } from '../core/graph/build.ts';
import { createDatasetIndex, type DatasetIndex } from '../core/graph/queries.ts';
import type { Dataset } from '../core/model/schema.ts';
import { buildNameIndex, buildNameIndexInSteps, type NameIndex } from '../core/search/nameIndex.ts';

export type DataOrigin = { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

export interface LoadedData {
  dataset: Dataset;
  graph: SanctionsGraph;
  index: DatasetIndex;
  names: NameIndex;
  filterIndex: FilterIndex;
  /** The time bar's steps and histogram: fixed per dataset. */
  timeline: { steps: TimelineStep[]; histogram: MonthCount[] };
  origin: DataOrigin;
}

function timelineOf(graph: SanctionsGraph, dataset: Dataset): LoadedData['timeline'] {
  return { steps: timelineSteps(graph, dataset.actions), histogram: measureHistogram(graph) };
}

export function prepareData(dataset: Dataset, origin: DataOrigin): LoadedData {
  const graph = buildGraph(dataset);
  return {
    dataset,
    graph,
    index: createDatasetIndex(dataset),
    names: buildNameIndex(dataset.nodes),
    filterIndex: buildFilterIndex(graph),
    timeline: timelineOf(graph, dataset),
    origin,
  };
}

/** Waits for the next task, so that the page can paint and take input between long steps. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * prepareData in steps (graph, id index, name index in slices, filter index), each its own task: for data
 * opened by the user, so that a large dataset does not hold the page in one long task.
 */
export async function prepareDataInSteps(dataset: Dataset, origin: DataOrigin): Promise<LoadedData> {
  const slices = buildGraphInSlices(dataset);
  let slice = slices.next();
  while (!slice.done) {
    await nextTask();
    slice = slices.next();
  }
  const graph = slice.value;
  await nextTask();
  const index = createDatasetIndex(dataset);
  await nextTask();
  const names = await buildNameIndexInSteps(dataset.nodes);
  await nextTask();
  const filterIndex = buildFilterIndex(graph);
  await nextTask();
  const timeline = timelineOf(graph, dataset);
  await nextTask();
  return { dataset, graph, index, names, filterIndex, timeline, origin };
}
