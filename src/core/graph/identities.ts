// Identity judgements applied to a dataset: nodes judged to be one body under two names become one node (the
// first id's record leads) that keeps every name, every measure and every source, unless the view splits them.
import type { Alias, Dataset, EntityNode, Identity } from '../model/schema.ts';

/** How identity judgements are shown: judged-same nodes as one node (default) or each as recorded. */
export type IdentityView = 'merged' | 'split';

/** A node's identity judgement, as a panel tells it: the judgement, and every node it joins. */
export interface IdentityOfNode {
  identity: Identity;
  /** The nodes the judgement joins, as recorded (the first leads a merged node). */
  members: EntityNode[];
  /** True when the shown graph holds them as one node. */
  merged: boolean;
}

/** The node each merged-away id now belongs to (the judgement's first node), for judged-same identities. */
export function mergedInto(dataset: Dataset): Map<string, string> {
  const into = new Map<string, string>();
  for (const identity of dataset.identities ?? []) {
    if (identity.judgement !== 'same') continue;
    const [lead, ...others] = identity.nodes;
    if (lead === undefined) continue;
    for (const other of others) if (other !== lead) into.set(other, lead);
  }
  return into;
}

/** Merges the alias lists of a lead node and the nodes joined to it: each other's name becomes an alias. */
function mergedAliases(lead: EntityNode, others: readonly EntityNode[]): Alias[] {
  const aliases: Alias[] = [...lead.aliases];
  const seen = new Set([lead.name, ...aliases.map((a) => a.name)]);
  const add = (alias: Alias) => {
    if (seen.has(alias.name)) return;
    seen.add(alias.name);
    aliases.push(alias);
  };
  for (const other of others) {
    add({ name: other.name, note: 'another name of this body, recorded apart and judged the same body' });
    for (const alias of other.aliases) add(alias);
  }
  return aliases;
}

/**
 * The dataset with every judged-same group of nodes as one node: the lead keeps its record and gains the
 * others' names as aliases, their sources and their notes; every measure, role, action and link that
 * named another member names the lead. Returns the dataset itself when there is nothing to merge.
 */
export function mergeIdentities(dataset: Dataset): Dataset {
  const into = mergedInto(dataset);
  if (into.size === 0) return dataset;
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const othersOf = new Map<string, EntityNode[]>();
  for (const [other, lead] of into) {
    const node = byId.get(other);
    if (node) othersOf.set(lead, [...(othersOf.get(lead) ?? []), node]);
  }
  const judgementSources = new Map<string, string[]>();
  for (const identity of dataset.identities ?? []) {
    const lead = identity.nodes[0];
    if (identity.judgement === 'same' && lead !== undefined) judgementSources.set(lead, identity.sources);
  }
  const to = (id: string): string => into.get(id) ?? id;
  const union = (...lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

  const nodes = dataset.nodes
    .filter((n) => !into.has(n.id))
    .map((node) => {
      const others = othersOf.get(node.id);
      if (!others) return node;
      return {
        ...node,
        aliases: mergedAliases(node, others),
        notes: union(node.notes, ...others.map((o) => o.notes)),
        sources: union(node.sources, ...others.map((o) => o.sources), judgementSources.get(node.id) ?? []),
      };
    });
  return {
    ...dataset,
    nodes,
    measures: dataset.measures.map((m) =>
      into.has(m.body) || into.has(m.target) ? { ...m, body: to(m.body), target: to(m.target) } : m,
    ),
    roles: dataset.roles.map((r) =>
      into.has(r.person) || into.has(r.organization)
        ? { ...r, person: to(r.person), organization: to(r.organization) }
        : r,
    ),
    actions: dataset.actions.map((a) => (into.has(a.body) ? { ...a, body: to(a.body) } : a)),
    links: dataset.links.map((l) =>
      into.has(l.source) || into.has(l.target) ? { ...l, source: to(l.source), target: to(l.target) } : l,
    ),
  };
}

/** The dataset as a view shows it: merged (the default) or as recorded. */
export function datasetForView(dataset: Dataset, view: IdentityView): Dataset {
  return view === 'split' ? dataset : mergeIdentities(dataset);
}

/**
 * The identity judgement about a node of the shown graph, if any: `original` is the dataset as recorded,
 * `shownIds` tells which node ids the shown graph holds (a merged-away id is not among them).
 */
export function identityOfNode(
  original: Dataset,
  nodeId: string,
  shownIds: { has(id: string): boolean },
): IdentityOfNode | null {
  const identity = (original.identities ?? []).find((j) => j.nodes.includes(nodeId));
  if (!identity) return null;
  const byId = new Map(original.nodes.map((n) => [n.id, n]));
  const members = identity.nodes.flatMap((id) => {
    const node = byId.get(id);
    return node ? [node] : [];
  });
  const merged = identity.judgement === 'same' && identity.nodes.slice(1).every((id) => !shownIds.has(id));
  return { identity, members, merged };
}
