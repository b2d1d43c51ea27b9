// The dataset's records by id, for what the graph does not carry on its edges (actions, sources), and the
// measures of each action. Apart from the queries (queries.ts) so that the first screen loads only this.
import type { Action, Dataset, Link, Measure, Role, Source } from '../model/schema.ts';

/**
 * Lookups by id for the records the graph does not carry on its edges (actions, sources), and measures
 * grouped by action. Build it once per dataset with {@link createDatasetIndex} and pass it to the queries.
 */
export interface DatasetIndex {
  readonly actions: ReadonlyMap<string, Action>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly roles: ReadonlyMap<string, Role>;
  readonly measures: ReadonlyMap<string, Measure>;
  readonly links: ReadonlyMap<string, Link>;
  /** Action id -> its measures, in dataset order. */
  readonly measuresByAction: ReadonlyMap<string, readonly Measure[]>;
}

/** Indexes a dataset's records by id. Does not change the dataset. */
export function createDatasetIndex(dataset: Dataset): DatasetIndex {
  const measuresByAction = new Map<string, Measure[]>();
  for (const measure of dataset.measures) {
    const list = measuresByAction.get(measure.action);
    if (list) list.push(measure);
    else measuresByAction.set(measure.action, [measure]);
  }
  return {
    actions: byId(dataset.actions),
    sources: byId(dataset.sources),
    roles: byId(dataset.roles),
    measures: byId(dataset.measures),
    links: byId(dataset.links),
    measuresByAction,
  };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}
