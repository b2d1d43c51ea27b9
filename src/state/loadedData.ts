// Everything built once per dataset before it is shown: the graph, the id and filter indexes, the timeline.
// (The name index follows once the data is on screen: nameSearch.ts.)
// Built when data is loaded (bundled, file or URL), never on a view change.
import { buildFilterIndex, buildFilterIndexInSlices, type FilterIndex } from '../core/algorithms/filters.ts';
import { measureHistogram, timelineSteps, type MonthCount, type TimelineStep } from '../core/algorithms/time.ts';
import { buildGraph, buildGraphInSlices, type SanctionsGraph } from '../core/graph/build.ts';
import { createDatasetIndex, type DatasetIndex } from '../core/graph/datasetIndex.ts';
import { datasetForView, mergedInto, type IdentityView } from '../core/graph/identities.ts';
import type { Dataset } from '../core/model/schema.ts';
import type { KnownData } from '../core/view/viewState.ts';
import { nextTask } from '../core/runToEnd.ts';

export type DataOrigin = { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

export interface LoadedData {
  /** The dataset as shown: identity judgements applied as `identities` says. */
  dataset: Dataset;
  /** The dataset as recorded, before identity judgements are applied (for the panels and to split again). */
  recorded: Dataset;
  /** Whether judged-same nodes are shown as one node. */
  identities: IdentityView;
  graph: SanctionsGraph;
  index: DatasetIndex;
  filterIndex: FilterIndex;
  /** The time bar's steps and histogram: fixed per dataset. */
  timeline: { steps: TimelineStep[]; histogram: MonthCount[] };
  origin: DataOrigin;
}

function timelineOf(graph: SanctionsGraph, dataset: Dataset): LoadedData['timeline'] {
  return { steps: timelineSteps(graph, dataset.actions), histogram: measureHistogram(graph) };
}

export function prepareData(recorded: Dataset, origin: DataOrigin, identities: IdentityView = 'merged'): LoadedData {
  const dataset = datasetForView(recorded, identities);
  const graph = buildGraph(dataset);
  return {
    dataset,
    recorded,
    identities,
    graph,
    index: createDatasetIndex(dataset),
    filterIndex: buildFilterIndex(graph),
    timeline: timelineOf(graph, dataset),
    origin,
  };
}

const known = new WeakMap<LoadedData, KnownData>();

/**
 * What a view may name in this data (its node and edge ids, the nodes judgements merge, its version): built
 * once per data, then kept.
 */
export function knownData(data: LoadedData): KnownData {
  let found = known.get(data);
  if (!found) {
    found = {
      nodeIds: new Set(data.graph.nodes()),
      edgeIds: new Set(data.graph.edges()),
      datasetVersion: data.dataset.info.version,
      // A view may name a node merged into another (a link made with judged-same nodes split).
      mergedAway: mergedInto(data.recorded),
    };
    known.set(data, found);
  }
  return found;
}

/**
 * Records per step on the page: on a busy two-core machine (`npm run bench:open`), building the graph of a
 * 100,000-entity file 20,000 records at a time took tasks of 0.2 to 0.3 s, 10,000 at a time up to 0.16 s.
 */
const PAGE_SLICE = 5000;

/** Runs a sliced build, one task per slice. */
export async function inTasks<T>(slices: Generator<void, T>): Promise<T> {
  let slice = slices.next();
  while (!slice.done) {
    await nextTask();
    slice = slices.next();
  }
  return slice.value;
}

/**
 * prepareData in steps (graph and filter index in slices, id index, timeline steps, histogram), each its own
 * task: for data opened by the user, so that a large dataset does not hold the page in one long task.
 */
export async function prepareDataInSteps(
  recorded: Dataset,
  origin: DataOrigin,
  identities: IdentityView = 'merged',
): Promise<LoadedData> {
  const dataset = datasetForView(recorded, identities);
  const graph = await inTasks(buildGraphInSlices(dataset, PAGE_SLICE));
  await nextTask();
  const index = createDatasetIndex(dataset);
  const filterIndex = await inTasks(buildFilterIndexInSlices(graph, PAGE_SLICE));
  await nextTask();
  const steps = timelineSteps(graph, dataset.actions);
  await nextTask();
  const histogram = measureHistogram(graph);
  await nextTask();
  return { dataset, recorded, identities, graph, index, filterIndex, timeline: { steps, histogram }, origin };
}
