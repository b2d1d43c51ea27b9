// Seeded synthetic datasets for the benchmark, written as dataset bundles into the served folder, with the
// few ids and texts the driver needs (nodes to click, a name to type, a date to set, a filter to toggle),
// and beside each the ids the app hides for that filter and date, which the bare page hides in turn.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeDatasetBundle } from '../../../src/core/data/import/bundle.ts';
import { generateDataset } from '../synthetic.ts';
import { NODE_KINDS, type NodeKind } from '../../../src/core/model/kinds.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';
import { selectVisible } from '../../../src/state/derived.ts';
import { prepareData, type LoadedData } from '../../../src/state/loadedData.ts';
import { setAsOf, toggleFilter } from '../../../src/state/transitions.ts';

export interface BenchDataset {
  /** The size asked for (nodes). */
  size: number;
  nodes: number;
  edges: number;
  /** File name inside the data folder. */
  file: string;
  /** File name (same folder) of the ids the app hides for the probe's filter and date: HiddenIds. */
  hiddenFile: string;
  bytes: number;
  /** What the driver does on it. */
  probe: DatasetProbe;
}

export interface DatasetProbe {
  /** Nodes to click, in order of preference (each with a few relations, not a sanctioning body). */
  selectIds: string[];
  /** A name prefix typed into the search box, one key at a time. */
  searchText: string;
  /** An "as of" date in the middle of the measures' dates. */
  asOf: string;
  /** A filter checkbox toggled off and on again (data-filter attribute of the filter panel). */
  filter: string;
}

/** What the driver clicks, types and sets on this dataset. Pure. */
export function probeDataset(dataset: Dataset): DatasetProbe {
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const m of dataset.measures) { bump(m.body); bump(m.target); }
  for (const r of dataset.roles) { bump(r.person); bump(r.organization); }
  for (const l of dataset.links) { bump(l.source); bump(l.target); }
  const selectIds = dataset.nodes
    .filter((n) => n.kind !== 'sanctioningBody' && (degree.get(n.id) ?? 0) >= 2 && (degree.get(n.id) ?? 0) <= 6)
    .slice(0, 8)
    .map((n) => n.id);
  const person = dataset.nodes.find((n) => n.kind === 'person' && /^\S+ \S{3,}/.test(n.name)) ?? dataset.nodes[0];
  const searchText = (person?.name ?? 'a').slice(0, 8).trimEnd();
  const dates = dataset.measures.map((m) => m.announced).sort();
  const asOf = dates[Math.floor(dates.length / 2)] ?? '2020-01-01';
  return { selectIds, searchText, asOf, filter: 'nodeKinds:company' };
}

/** Ids (nodes and edges together) the app hides when the probe's filter is unticked, or its date set. */
export interface HiddenIds {
  filter: string[];
  asOf: string[];
}

/** The view after unticking a filter of the panel ("list:value"); only entity kinds are probed today. */
function untick(view: ViewState, filter: string): ViewState {
  const [list, value] = filter.split(':');
  const kind = NODE_KINDS.find((k): k is NodeKind => k === value);
  if (list !== 'nodeKinds' || !kind) throw new Error(`bench: unsupported probe filter "${filter}"`);
  return toggleFilter(view, 'nodeKinds', kind);
}

/** What the app's canvas hides for a view: every graph id selectVisible leaves out. */
function hiddenFor(data: LoadedData, view: ViewState): string[] {
  const visible = selectVisible(data, view);
  return [...data.graph.nodes().filter((id) => !visible.nodes.has(id)), ...data.graph.edges().filter((id) => !visible.edges.has(id))];
}

/** The ids the app hides for the probe's filter and for its date, each from the default view. */
export function hiddenIds(dataset: Dataset, probe: DatasetProbe): HiddenIds {
  const data = prepareData(dataset, { kind: 'url', url: 'bench' });
  const view = defaultViewState();
  return { filter: hiddenFor(data, untick(view, probe.filter)), asOf: hiddenFor(data, setAsOf(view, probe.asOf)) };
}

/** Generates the dataset of each size (seeded) and writes it as a compact bundle into `dir`, with its HiddenIds. */
export function writeDatasets(dir: string, sizes: readonly number[], seed: number): BenchDataset[] {
  mkdirSync(dir, { recursive: true });
  return sizes.map((size) => {
    const dataset = generateDataset({ seed, nodes: size });
    const text = serializeDatasetBundle(dataset, { indent: 0 });
    const file = `synthetic-${seed}-${size}.json`;
    writeFileSync(join(dir, file), text);
    const probe = probeDataset(dataset);
    const hiddenFile = `synthetic-${seed}-${size}.hidden.json`;
    writeFileSync(join(dir, hiddenFile), JSON.stringify(hiddenIds(dataset, probe)));
    return {
      size,
      nodes: dataset.nodes.length,
      edges: dataset.measures.length + dataset.roles.length + dataset.links.length,
      file,
      hiddenFile,
      bytes: Buffer.byteLength(text),
      probe,
    };
  });
}
