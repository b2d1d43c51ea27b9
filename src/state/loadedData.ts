// Everything built once per dataset: the graph, the id index and the name index.
// Built when data is loaded (bundled, file or URL), never on a view change.
import { buildFilterIndex, type FilterIndex } from '../core/algorithms/filters.ts';
import { buildGraph, type SanctionsGraph } from '../core/graph/build.ts';
import { createDatasetIndex, type DatasetIndex } from '../core/graph/queries.ts';
import type { Dataset } from '../core/model/schema.ts';
import { buildNameIndex, type NameIndex } from '../core/search/nameIndex.ts';

export type DataOrigin = { kind: 'bundled' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

export interface LoadedData {
  dataset: Dataset;
  graph: SanctionsGraph;
  index: DatasetIndex;
  names: NameIndex;
  filterIndex: FilterIndex;
  origin: DataOrigin;
}

export function prepareData(dataset: Dataset, origin: DataOrigin): LoadedData {
  const graph = buildGraph(dataset);
  return { dataset, graph, index: createDatasetIndex(dataset), names: buildNameIndex(dataset.nodes), filterIndex: buildFilterIndex(graph), origin };
}
