// The project's own data format as one file: a JSON object holding the Dataset (info, sources, nodes,
// roles, actions, measures, links), validated exactly like a data/ folder. Used to open and save data.
import type { Dataset } from '../../model/schema.ts';
import { validateDataset, type ValidationResult } from '../validate.ts';
import { cleanName, cleanText, hasControls } from '../../text/cleanText.ts';

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
 * with the part of the bundle ("nodes.json" stands for the bundle's `nodes`) and the record's id. Cleans the
 * texts of `raw` in place: pass a value of its own (a JSON.parse result).
 */
export function parseDatasetBundle(raw: unknown): BundleResult {
  const cleaned = cleanBundleText(raw);
  const value = cleaned.value;
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
  if (unknown.length === 0) return { ...result, cleaning: cleaned.cleaning };
  const problems = [
    ...result.problems,
    ...unknown.map((key) => ({ file: 'bundle', record: '', field: key, message: 'unknown field: not part of the bundle (a typo?)' })),
  ];
  return { dataset: null, problems, cleaning: cleaned.cleaning };
}

/** What cleaning changed in an opened bundle: the load report lists it. */
export interface BundleCleaning {
  /** Texts from which control or text-direction characters were removed. */
  cleanedTexts: number;
  /** Aliases left out (record id: alias as read) because nothing visible was left. */
  droppedAliases: string[];
}

export type BundleResult = ValidationResult & { cleaning?: BundleCleaning };

/**
 * Text enters here: every string of an opened bundle goes through cleanText (controls and bidi overrides
 * removed), and an alias of invisible characters only is left out. Data files in data/ are not cleaned but
 * checked: the schema reports such text there.
 */
function cleanBundleText(value: unknown): { value: unknown; cleaning: BundleCleaning } {
  const cleaning: BundleCleaning = { cleanedTexts: 0, droppedAliases: [] };
  // In place: the value is a fresh JSON.parse result, and copying every record took about as long as validating it.
  const walk = (item: unknown, key: string, owner: string): unknown => {
    if (typeof item === 'string') {
      if (!hasControls(item)) return item;
      cleaning.cleanedTexts++;
      return cleanText(item);
    }
    if (Array.isArray(item)) {
      let kept = 0;
      for (let i = 0; i < item.length; i++) {
        const element: unknown = item[i];
        if (key === 'aliases' && isRecord(element) && typeof element.name === 'string' && cleanName(element.name) === null) {
          cleaning.droppedAliases.push(`${owner}: ${JSON.stringify(element.name)}`);
          continue;
        }
        const id = isRecord(element) && typeof element.id === 'string' ? element.id : owner;
        item[kept++] = walk(element, key, id);
      }
      item.length = kept;
      return item;
    }
    if (isRecord(item)) {
      for (const field of Object.keys(item)) {
        const before = item[field];
        const after = walk(before, field, owner);
        // defineProperty: a key "__proto__" stays a key (validation then reports it as an unknown field).
        if (after !== before) Object.defineProperty(item, field, { value: after, enumerable: true, writable: true, configurable: true });
      }
      return item;
    }
    return item;
  };
  return { value: walk(value, '', ''), cleaning };
}

/** Bundle text parsed as JSON (a leading byte-order mark ignored), or why it is not JSON. */
export function readBundleJson(text: string): { value: unknown } | { error: string } {
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return { value };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'invalid JSON' };
  }
}

/** Validates what readBundleJson gave; a JSON syntax error is reported as a problem, not thrown. */
export function parseDatasetBundleJson(json: { value: unknown } | { error: string }): BundleResult {
  if ('error' in json) {
    return { dataset: null, problems: [{ file: 'bundle', record: '', field: '', message: `not valid JSON: ${json.error}` }] };
  }
  return parseDatasetBundle(json.value);
}

/** Parses and validates bundle text; a JSON syntax error is reported as a problem, not thrown. */
export function parseDatasetBundleText(text: string): BundleResult {
  return parseDatasetBundleJson(readBundleJson(text));
}
