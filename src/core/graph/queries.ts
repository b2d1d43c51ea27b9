// The questions the panels ask of the graph: measures against a node (with the post held at the time and
// what was announced with it), posts held, what a body imposed, neighbours by kind, and the sources cited.
import type { Action, EntityNode, Measure, PartialDate, Role, Source } from '../model/schema.ts';
import { countsAsSanction } from '../model/kinds.ts';
import type { DatasetIndex } from './datasetIndex.ts';
import type { EdgeKind, SanctionsGraph } from './build.ts';
import { compareDates, daySpan, roleTenureOn, type Tenure } from './dates.ts';

/** Thrown when a query names a node the graph does not hold. */
export class GraphQueryError extends Error {
  constructor(message: string) {
    super(`queries: ${message}`);
    this.name = 'GraphQueryError';
  }
}

export { createDatasetIndex, type DatasetIndex } from './datasetIndex.ts';

function nodeOf(graph: SanctionsGraph, nodeId: string): EntityNode {
  if (!graph.hasNode(nodeId)) throw new GraphQueryError(`no node "${nodeId}" in the graph`);
  return graph.getNodeAttributes(nodeId);
}

const byName = (a: EntityNode, b: EntityNode): number => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

/** A post a person held (or may have held) on a given date. */
export interface PostAtDate {
  role: Role;
  organization: EntityNode;
  /** 'held' when the role dates cover the date for certain, 'uncertain' when they cannot tell. */
  tenure: Exclude<Tenure, 'notHeld'>;
}

/** One measure against a node, with everything the person panel shows beside it. */
export interface MeasureAgainst {
  measure: Measure;
  /** The sanctioning body that imposed it. */
  body: EntityNode;
  target: EntityNode;
  /** The announcement it was part of; undefined when the index has no such action. */
  action: Action | undefined;
  /** Posts the target held on the announcement date: the certain ones first. */
  postsHeld: PostAtDate[];
  /** When no post is certainly held on the announcement date: the post that ended last before it, if any. */
  lastPost: LastPost | null;
  /** The other targets of the same action, by name, each once. */
  announcedWith: EntityNode[];
}

/**
 * Every measure whose target is `nodeId`, oldest announcement first (then by body name), each with its
 * body, action, the posts the target held on the announcement date (derived from role dates by
 * {@link roleTenureOn}: certain and uncertain ones, never those certainly not held) and the other
 * targets announced in the same action.
 */
export function measuresAgainst(graph: SanctionsGraph, index: DatasetIndex, nodeId: string): MeasureAgainst[] {
  const target = nodeOf(graph, nodeId);
  const entries: MeasureAgainst[] = [];
  for (const edge of graph.inboundEdges(nodeId)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'measure') continue;
    const measure = attributes.record;
    const postsHeld = postsHeldOn(graph, nodeId, measure.announced);
    entries.push({
      measure,
      body: graph.getNodeAttributes(graph.source(edge)),
      target,
      action: index.actions.get(measure.action),
      postsHeld,
      lastPost: postsHeld.some((p) => p.tenure === 'held') ? null : lastPostBefore(graph, nodeId, measure.announced),
      announcedWith: otherTargets(graph, index, measure.action, nodeId),
    });
  }
  return entries.sort(
    (a, b) =>
      compareDates(a.measure.announced, b.measure.announced) ||
      byName(a.body, b.body) ||
      a.measure.id.localeCompare(b.measure.id),
  );
}

/**
 * The posts `personId` held on `date` (a day, month or year): certain ones first, each part in the
 * order of {@link rolesOf}.
 * Roles whose dates rule the date out are left out; see {@link roleTenureOn} for the rules.
 */
export function postsHeldOn(graph: SanctionsGraph, personId: string, date: PartialDate): PostAtDate[] {
  nodeOf(graph, personId);
  const posts: PostAtDate[] = [];
  for (const { role, organization } of rolesOf(graph, personId)) {
    const tenure = roleTenureOn(role, date);
    if (tenure !== 'notHeld') posts.push({ role, organization, tenure });
  }
  return posts.sort((a, b) => (a.tenure === b.tenure ? 0 : a.tenure === 'held' ? -1 : 1));
}

/** A post that had ended before a date, with the day it ended. */
export interface LastPost extends RoleOf {
  /** The role's end as recorded (a day, month or year). */
  end: PartialDate;
}

/**
 * The post `personId` left last before `date`: among posts that had certainly ended by then (a recorded
 * end before the date's first day), the one with the latest end. Null when none has a recorded end.
 */
export function lastPostBefore(graph: SanctionsGraph, personId: string, date: PartialDate): LastPost | null {
  const on = daySpan(date);
  if (!on) return null;
  let last: LastPost | null = null;
  for (const { role, organization } of rolesOf(graph, personId)) {
    const end = role.end === undefined || role.end === 'unknown' ? null : daySpan(role.end);
    if (!end || role.end === undefined || role.end === 'unknown' || end.latest >= on.earliest) continue;
    if (last === null || compareDates(role.end, last.end) > 0) last = { role, organization, end: role.end };
  }
  return last;
}

function otherTargets(graph: SanctionsGraph, index: DatasetIndex, actionId: string, exceptId: string): EntityNode[] {
  const seen = new Set<string>([exceptId]);
  const targets: EntityNode[] = [];
  for (const measure of index.measuresByAction.get(actionId) ?? []) {
    if (seen.has(measure.target) || !graph.hasNode(measure.target)) continue;
    seen.add(measure.target);
    targets.push(graph.getNodeAttributes(measure.target));
  }
  return targets.sort(byName);
}

/** A post held by a person, with the organisation it belongs to. */
export interface RoleOf {
  role: Role;
  organization: EntityNode;
}

/** Sort key of a role: its start, or its end when the start is unknown; undated roles last. */
function compareRoles(a: Role, b: Role): number {
  const keyA = a.start !== 'unknown' ? a.start : a.end;
  const keyB = b.start !== 'unknown' ? b.start : b.end;
  return compareDates(keyA, keyB) || a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
}

/** The posts `personId` held, oldest first (by start, or by end where the start is unknown). */
export function rolesOf(graph: SanctionsGraph, personId: string): RoleOf[] {
  nodeOf(graph, personId);
  const roles: RoleOf[] = [];
  for (const edge of graph.outboundEdges(personId)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'role') continue;
    roles.push({ role: attributes.record, organization: graph.getNodeAttributes(graph.target(edge)) });
  }
  return roles.sort((a, b) => compareRoles(a.role, b.role));
}

/** A person holding (or having held) a post in an organisation. */
export interface HolderOf {
  role: Role;
  person: EntityNode;
}

/** The people who held posts in the agency or organisation `orgId`, oldest post first. */
export function holdersOf(graph: SanctionsGraph, orgId: string): HolderOf[] {
  nodeOf(graph, orgId);
  const holders: HolderOf[] = [];
  for (const edge of graph.inboundEdges(orgId)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'role') continue;
    holders.push({ role: attributes.record, person: graph.getNodeAttributes(graph.source(edge)) });
  }
  return holders.sort((a, b) => compareRoles(a.role, b.role) || byName(a.person, b.person));
}

/** One measure a body imposed, with its target. */
export interface ImposedMeasure {
  measure: Measure;
  target: EntityNode;
}

/** The measures of one action, as a sanctioning body's panel lists them. */
export interface ImposedAction {
  actionId: string;
  /** Undefined when the index has no such action. */
  action: Action | undefined;
  /** The action's date, or the earliest announcement of its measures when the action is missing. */
  date: PartialDate;
  /** By target name; empty for a statement that imposed nothing. */
  measures: ImposedMeasure[];
}

/** Options for {@link imposedBy}. */
export interface ImposedByOptions {
  /** Also list the body's actions that imposed no measure (statements), with empty `measures`. */
  includeStatements?: boolean;
}

/**
 * Everything the sanctioning body `bodyId` imposed, grouped by action, oldest action first;
 * within an action, measures by target name (then measure id).
 */
export function imposedBy(
  graph: SanctionsGraph,
  index: DatasetIndex,
  bodyId: string,
  options: ImposedByOptions = {},
): ImposedAction[] {
  nodeOf(graph, bodyId);
  const groups = new Map<string, ImposedAction>();
  for (const edge of graph.outboundEdges(bodyId)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'measure') continue;
    const measure = attributes.record;
    let group = groups.get(measure.action);
    if (!group) {
      const action = index.actions.get(measure.action);
      group = { actionId: measure.action, action, date: action?.date ?? measure.announced, measures: [] };
      groups.set(measure.action, group);
    } else if (!group.action && compareDates(measure.announced, group.date) < 0) {
      group.date = measure.announced;
    }
    group.measures.push({ measure, target: graph.getNodeAttributes(graph.target(edge)) });
  }
  if (options.includeStatements) {
    for (const action of index.actions.values()) {
      if (action.body === bodyId && !groups.has(action.id)) {
        groups.set(action.id, { actionId: action.id, action, date: action.date, measures: [] });
      }
    }
  }
  for (const group of groups.values()) {
    group.measures.sort((a, b) => byName(a.target, b.target) || a.measure.id.localeCompare(b.measure.id));
  }
  return [...groups.values()].sort((a, b) => compareDates(a.date, b.date) || a.actionId.localeCompare(b.actionId));
}

/** Which way an edge runs from the node asked about. */
export type EdgeDirection = 'in' | 'out';

/** The neighbours of a node reached by one kind of edge in one direction. */
export interface NeighbourGroup {
  kind: EdgeKind;
  direction: EdgeDirection;
  /** "measures against", "measures imposed", "posts held", "post holders", "links to", "links from". */
  label: string;
  /** Number of edges (a body with two measures on one target counts two). */
  edgeCount: number;
  /** Distinct neighbours, by name, each with the ids of the edges that join it to the node. */
  neighbours: { node: EntityNode; edges: string[] }[];
}

const GROUP_ORDER: readonly { kind: EdgeKind; direction: EdgeDirection; label: string }[] = [
  { kind: 'measure', direction: 'in', label: 'measures against' },
  { kind: 'measure', direction: 'out', label: 'measures imposed' },
  { kind: 'role', direction: 'out', label: 'posts held' },
  { kind: 'role', direction: 'in', label: 'post holders' },
  { kind: 'link', direction: 'out', label: 'links to' },
  { kind: 'link', direction: 'in', label: 'links from' },
];

/**
 * The neighbours of `nodeId` grouped by edge kind and direction, with counts, in a fixed order
 * (measures against, measures imposed, posts held, post holders, links); empty groups are left out.
 */
export function neighboursByKind(graph: SanctionsGraph, nodeId: string): NeighbourGroup[] {
  nodeOf(graph, nodeId);
  const groups = GROUP_ORDER.map((g) => ({ ...g, edgeCount: 0, byNeighbour: new Map<string, string[]>() }));
  const add = (edge: string, direction: EdgeDirection, neighbour: string): void => {
    const kind = graph.getEdgeAttribute(edge, 'kind');
    const group = groups.find((g) => g.kind === kind && g.direction === direction);
    if (!group) return;
    group.edgeCount += 1;
    const edges = group.byNeighbour.get(neighbour);
    if (edges) edges.push(edge);
    else group.byNeighbour.set(neighbour, [edge]);
  };
  for (const edge of graph.inboundEdges(nodeId)) add(edge, 'in', graph.source(edge));
  for (const edge of graph.outboundEdges(nodeId)) add(edge, 'out', graph.target(edge));
  return groups
    .filter((g) => g.edgeCount > 0)
    .map(({ kind, direction, label, edgeCount, byNeighbour }) => ({
      kind,
      direction,
      label,
      edgeCount,
      neighbours: [...byNeighbour]
        .map(([id, edges]) => ({ node: graph.getNodeAttributes(id), edges }))
        .sort((a, b) => byName(a.node, b.node)),
    }));
}

/** What a status line says about the measures against a node. */
export interface SanctionSummary {
  /** Number of distinct sanctioning bodies with a measure against the node. */
  bodies: number;
  /** Their ids, sorted. */
  bodyIds: string[];
  /** The earliest announcement, or null when there is no measure. */
  since: PartialDate | null;
  /** True when `since` is only when the earliest listing was first seen (announcedBy): it may be earlier. */
  sinceAtLatest: boolean;
  measureCount: number;
}

/**
 * Counts the sanctions against `nodeId`, the distinct bodies behind them and the earliest announcement.
 * Listings of other kinds (debarment, director disqualification, export control...) are not counted.
 */
export function sanctionSummary(graph: SanctionsGraph, nodeId: string): SanctionSummary {
  nodeOf(graph, nodeId);
  const measures: Measure[] = [];
  for (const edge of graph.inboundEdges(nodeId)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind === 'measure' && countsAsSanction(attributes.record.listType)) measures.push(attributes.record);
  }
  return summariseMeasures(measures);
}

/** The same summary over a chosen set of measures, e.g. those announced by an "as of" date. */
export function summariseMeasures(
  measures: readonly Pick<Measure, 'body' | 'announced' | 'undated' | 'announcedBy'>[],
): SanctionSummary {
  const bodyIds = new Set<string>();
  let since: PartialDate | null = null;
  let sinceAtLatest = false;
  for (const measure of measures) {
    bodyIds.add(measure.body);
    // An undated listing's placeholder year is no date: it never sets "since".
    if (measure.undated === true) continue;
    const order = since === null ? -1 : compareDates(measure.announced, since);
    const atLatest = measure.announcedBy === true;
    // A dated listing on the same day as one only seen by then settles the day.
    if (order < 0 || (order === 0 && sinceAtLatest && !atLatest)) {
      since = measure.announced;
      sinceAtLatest = atLatest;
    }
  }
  return { bodies: bodyIds.size, bodyIds: [...bodyIds].sort(), since, sinceAtLatest, measureCount: measures.length };
}

/** The status line: "sanctioned by 2 bodies since 2020-07-09", or "no measures recorded". */
export function describeSanctionSummary(summary: SanctionSummary): string {
  if (summary.measureCount === 0 || summary.since === null) return 'no measures recorded';
  const bodies = summary.bodies === 1 ? '1 body' : `${summary.bodies} bodies`;
  return `sanctioned by ${bodies} since ${summary.since}`;
}

/**
 * The Source records a record cites, in its order, each once. Ids the index does not know are
 * skipped (the data check reports them as dangling references).
 */
export function sourcesOf(index: DatasetIndex, record: { sources: readonly string[] }): Source[] {
  const seen = new Set<string>();
  const found: Source[] = [];
  for (const id of record.sources) {
    const source = index.sources.get(id);
    if (!source || seen.has(id)) continue;
    seen.add(id);
    found.push(source);
  }
  return found;
}

/**
 * Every source behind what a node's panel shows: the node itself, its posts (either side) and the
 * measures against it or by it, each source once, the node's own first.
 */
export function sourcesAbout(graph: SanctionsGraph, index: DatasetIndex, nodeId: string): Source[] {
  const node = nodeOf(graph, nodeId);
  const ids: string[] = [...node.sources];
  for (const edge of graph.edges(nodeId)) ids.push(...graph.getEdgeAttributes(edge).record.sources);
  return sourcesOf(index, { sources: ids });
}
