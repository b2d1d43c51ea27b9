// The project's own data format as one file: a JSON object holding the Dataset (info, sources, nodes,
// roles, actions, measures, links), validated exactly like a data/ folder. Used to open and save data.
import type { Dataset } from '../../model/schema.ts';
import { validateDataset, type ValidationResult } from '../validate.ts';

/** Marks a bundle written by this project; optional when reading (hand-made bundles may omit it). */
export const BUNDLE_FORMAT = 'sanctions-graph-explorer/dataset@1';

/** The Dataset type serialised: one JSON object. `links` may be omitted. */
export interface DatasetBundle {
  format?: typeof BUNDLE_FORMAT;
  info: Dataset['info'];
  sources: Dataset['sources'];
  nodes: Dataset['nodes'];
  roles: Dataset['roles'];
  actions: Dataset['actions'];
  measures: Dataset['measures'];
  links?: Dataset['links'];
  identities?: Dataset['identities'];
}

/** The bundle of a dataset. */
export function toDatasetBundle(dataset: Dataset): DatasetBundle {
  return {
    format: BUNDLE_FORMAT,
    info: dataset.info,
    sources: dataset.sources,
    nodes: dataset.nodes,
    roles: dataset.roles,
    actions: dataset.actions,
    measures: dataset.measures,
    links: dataset.links,
    ...(dataset.identities && dataset.identities.length > 0 ? { identities: dataset.identities } : {}),
  };
}

/** A dataset as bundle text (indented by default, so that it diffs and reads well). */
export function serializeDatasetBundle(dataset: Dataset, options: { indent?: number } = {}): string {
  return `${JSON.stringify(toDatasetBundle(dataset), null, options.indent ?? 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a parsed bundle with the same rules as a data folder (validateDataset): every problem is named
 * with the part of the bundle ("nodes.json" stands for the bundle's `nodes`) and the record's id.
 */
export function parseDatasetBundle(value: unknown): ValidationResult {
  if (!isRecord(value)) {
    return { dataset: null, problems: [{ file: 'bundle', record: '', field: '', message: 'expected one JSON object with info, sources, nodes, roles, actions and measures' }] };
  }
  const known = new Set(['format', 'info', 'sources', 'nodes', 'roles', 'actions', 'measures', 'links', 'identities']);
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  const result = validateDataset({
    'dataset.json': value.info,
    'sources.json': value.sources,
    'nodes.json': value.nodes,
    'roles.json': value.roles,
    'actions.json': value.actions,
    'measures.json': value.measures,
    'links.json': value.links,
    'identities.json': value.identities,
  });
  if (unknown.length === 0) return result;
  const problems = [
    ...result.problems,
    ...unknown.map((key) => ({ file: 'bundle', record: '', field: key, message: 'unknown field: not part of the bundle (a typo?)' })),
  ];
  return { dataset: null, problems };
}

/** Parses and validates bundle text; a JSON syntax error is reported as a problem, not thrown. */
export function parseDatasetBundleText(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : 'invalid JSON';
    return { dataset: null, problems: [{ file: 'bundle', record: '', field: '', message: `not valid JSON: ${why}` }] };
  }
  return parseDatasetBundle(value);
}
