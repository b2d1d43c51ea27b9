// The cross-record pass of validation: duplicate ids, references to records that do not exist, and
// references to the wrong kind of node (a measure imposed by a non-sanctioning body, a role held by a non-person).
import { NODE_KINDS, type NodeKind } from '../model/kinds.ts';
import type { DATA_FILES, Dataset } from '../model/schema.ts';
import { NODE_KIND_LABEL } from '../model/labels.ts';
import type { DataProblem } from './problems.ts';

// Named from the schema, not validate.ts, which imports this file: no import cycle.
type DataFileName = keyof typeof DATA_FILES;

/** The records that passed the shape check, by file. */
export type ValidRecords = Required<Omit<Dataset, 'info'>>;

export interface ReferenceInput {
  /**
   * Every record of each array file as read, valid or not; null when the file is absent or unreadable,
   * in which case references into it are not checked (the file's own problem says why).
   */
  raw: Record<Exclude<DataFileName, 'dataset.json'>, readonly unknown[] | null>;
  valid: ValidRecords;
}

/** Node and edge ids share one namespace: graph keys, selections in links and FollowTheMoney ids. */
const GRAPH_FILES = ['nodes.json', 'roles.json', 'measures.json', 'links.json'] as const;

/** The ids of one or more files; null when one of them could not be read (references into it are not checked). */
type KnownIds = Set<string> | null;

/**
 * Duplicate ids (across all node and edge ids, and within sources and actions), dangling references
 * (measure body/target/action, role person/organization, action body/respondsTo, link source/target,
 * every `sources` id), references to nodes of the wrong kind (a measure or action whose body is not a
 * sanctioning body, a role whose person is not a person or whose organisation is), and a measure whose
 * body differs from its action's. Returns every problem found.
 */
export function checkReferences(input: ReferenceInput): DataProblem[] {
  const problems: DataProblem[] = [];
  collectIds(input.raw, GRAPH_FILES, problems);
  const sourceIds = collectIds(input.raw, ['sources.json'], problems);
  const actionIds = collectIds(input.raw, ['actions.json'], problems);
  const actions = new Map(input.valid.actions.map((a) => [a.id, a]));
  const rawNodes = input.raw['nodes.json'];
  const nodes = rawNodes === null ? null : nodeKinds(rawNodes);

  const check = (file: DataFileName, record: string, field: string, ref: string, known: KnownIds, what: string, where: string) => {
    if (known === null || known.has(ref)) return;
    problems.push({ file, record, field, message: `unknown ${what} "${ref}": no record in ${where} has this id` });
  };
  const checkNode = (file: DataFileName, record: string, field: string, ref: string): string | null => {
    if (nodes === null) return null;
    const kind = nodes.get(ref);
    if (kind === undefined) {
      problems.push({ file, record, field, message: `unknown node "${ref}": no record in nodes.json has this id` });
      return null;
    }
    return kind;
  };
  const checkSources = (file: DataFileName, record: { id: string; sources: string[] }) => {
    for (const ref of record.sources) check(file, record.id, 'sources', ref, sourceIds, 'source', 'sources.json');
  };

  for (const node of input.valid.nodes) checkSources('nodes.json', node);

  for (const role of input.valid.roles) {
    const personKind = checkNode('roles.json', role.id, 'person', role.person);
    if (personKind !== null && personKind !== 'person') {
      problems.push({
        file: 'roles.json', record: role.id, field: 'person',
        message: `"${role.person}" is ${kindPhrase(personKind)}, but a role is held by a person`,
      });
    }
    const organizationKind = checkNode('roles.json', role.id, 'organization', role.organization);
    if (organizationKind === 'person') {
      problems.push({
        file: 'roles.json', record: role.id, field: 'organization',
        message: `"${role.organization}" is a person, but a role belongs to an agency, company, body or organisation`,
      });
    }
    checkSources('roles.json', role);
  }

  for (const measure of input.valid.measures) {
    const bodyKind = checkNode('measures.json', measure.id, 'body', measure.body);
    if (bodyKind !== null && bodyKind !== 'sanctioningBody') {
      problems.push({
        file: 'measures.json', record: measure.id, field: 'body',
        message: `"${measure.body}" is ${kindPhrase(bodyKind)}, but a measure's body must be a sanctioning body`,
      });
    }
    checkNode('measures.json', measure.id, 'target', measure.target);
    check('measures.json', measure.id, 'action', measure.action, actionIds, 'action', 'actions.json');
    const action = actions.get(measure.action);
    // Only when both bodies are sanctioning bodies: otherwise the wrong kind is the problem reported.
    if (bodyKind === 'sanctioningBody' && action !== undefined && action.body !== measure.body && nodes?.get(action.body) === 'sanctioningBody') {
      problems.push({
        file: 'measures.json', record: measure.id, field: 'body',
        message: `"${measure.body}" is not the body of its action ${action.id} ("${action.body}"): a measure shares its action's body`,
      });
    }
    checkSources('measures.json', measure);
  }

  for (const action of input.valid.actions) {
    const actionBodyKind = checkNode('actions.json', action.id, 'body', action.body);
    if (actionBodyKind !== null && actionBodyKind !== 'sanctioningBody') {
      problems.push({
        file: 'actions.json', record: action.id, field: 'body',
        message: `"${action.body}" is ${kindPhrase(actionBodyKind)}, but an action is announced by a sanctioning body`,
      });
    }
    for (const ref of action.respondsTo) {
      if (ref === action.id) {
        problems.push({ file: 'actions.json', record: action.id, field: 'respondsTo', message: 'an action cannot respond to itself' });
      } else check('actions.json', action.id, 'respondsTo', ref, actionIds, 'action', 'actions.json');
    }
    checkSources('actions.json', action);
  }

  for (const link of input.valid.links) {
    checkNode('links.json', link.id, 'source', link.source);
    checkNode('links.json', link.id, 'target', link.target);
    checkSources('links.json', link);
  }

  const judged = new Map<string, string>();
  for (const identity of input.valid.identities) {
    collectIdentity(identity, judged, problems);
    identity.nodes.forEach((ref, i) => checkNode('identities.json', identity.id, `nodes.${i}`, ref));
    checkSources('identities.json', identity);
  }
  return problems;
}

/** A node may belong to one identity judgement only, once: otherwise which merged node it joins is unclear. */
function collectIdentity(identity: { id: string; nodes: string[] }, judged: Map<string, string>, problems: DataProblem[]): void {
  identity.nodes.forEach((ref, i) => {
    const earlier = judged.get(ref);
    if (earlier !== undefined) {
      problems.push({
        file: 'identities.json', record: identity.id, field: `nodes.${i}`,
        message: `"${ref}" is already joined to another node by ${earlier}: a node belongs to one identity judgement`,
      });
    } else judged.set(ref, identity.id);
  });
}

/** Collects the ids of the files; a later record with an id already seen is a problem naming the first. */
function collectIds(
  raw: ReferenceInput['raw'],
  files: readonly Exclude<DataFileName, 'dataset.json'>[],
  problems: DataProblem[],
): KnownIds {
  const first = new Map<string, string>();
  let readable = true;
  for (const file of files) {
    const records = raw[file];
    if (records === null) { readable = false; continue; }
    records.forEach((record, index) => {
      const id = idOf(record);
      if (id === null) return;
      const seen = first.get(id);
      if (seen !== undefined) {
        problems.push({ file, record: id, field: 'id', message: `duplicate id: already used by ${seen}` });
      } else first.set(id, `${file} #${index}`);
    });
  }
  return readable ? new Set(first.keys()) : null;
}

/** Node id -> kind as written (first record wins), for records with a string id. */
function nodeKinds(records: readonly unknown[]): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const record of records) {
    const id = idOf(record);
    if (id === null || kinds.has(id)) continue;
    const kind = record !== null && typeof record === 'object' && 'kind' in record && typeof record.kind === 'string' ? record.kind : '';
    kinds.set(id, kind);
  }
  return kinds;
}

function idOf(record: unknown): string | null {
  if (record !== null && typeof record === 'object' && 'id' in record && typeof record.id === 'string') return record.id;
  return null;
}

/** "an agency", "a company", "a sanctioning body", or the kind as written when it is not a known kind. */
function kindPhrase(kind: string): string {
  if (!isNodeKind(kind)) return `a node of kind "${kind}"`;
  const label = NODE_KIND_LABEL[kind].toLowerCase();
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

function isNodeKind(kind: string): kind is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(kind);
}
