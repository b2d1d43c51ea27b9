// Maps FollowTheMoney entities onto our Dataset, in passes: parties and assets become nodes; Address,
// Identification and Passport become facts of their entity; Sanctions become measures (grouped into
// actions); every FtM edge schema becomes a typed role or link. Nothing is left out without a report line.
import type { Action, Dataset, EntityNode, Measure } from '../../model/schema.ts';
import { ATTACHED_SCHEMATA, attachFacts } from './attached.ts';
import { addAsset, ASSET_SCHEMATA } from './assets.ts';
import { FtmEntityCollection, type Collected } from './collection.ts';
import { MappingContext, type FtmMappingOptions } from './context.ts';
import { addParty, NODE_KIND_BY_SCHEMA } from './parties.ts';
import { edgeEnds, Relations } from './relations.ts';
import type { ReportBuilder } from './report.ts';
import { addSanction, Bodies, NO_LEGAL_BASIS } from './sanctions.ts';
import { shortHash, slugify } from './text.ts';
import { OPENSANCTIONS_CREDIT } from '../about.ts';
import { DATASET_LIST_TYPES } from './lists.ts';
import { SOURCE_LIST } from './conventions.ts';

export { FtmEntityCollection, type FtmMappingOptions };

export interface FtmMappingResult {
  dataset: Dataset;
  /** Entities that became part of the dataset (a node, an edge, a fact or a post's title). */
  entitiesKept: number;
}

/** What an action is grouped by besides body and date: the program id, else the program text. */
function programOf(m: Measure): string | undefined {
  return m.program ?? (m.legalBasis === NO_LEGAL_BASIS ? undefined : m.legalBasis);
}

/** One action per (body, announced date, program): FtM has no announcements, so they are synthesised. */
function groupActions(ctx: MappingContext): Action[] {
  const groups = new Map<string, Measure[]>();
  for (const m of ctx.measures) {
    const dating = m.undated === true ? 'undated' : m.announcedBy === true ? 'seen-by' : '';
    const key = `${m.body}|${m.announced}|${dating}|${programOf(m) ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const actionIds = new Set<string>();
  const actions: Action[] = [];
  for (const [key, measures] of groups) {
    const [m] = measures;
    if (m === undefined) continue;
    const program = programOf(m);
    const programSlug = program === undefined ? '' : slugify(program, 30);
    let id = `act-${m.announced}-${m.body}${programSlug === '' ? '' : `-${programSlug}`}`;
    if (actionIds.has(id)) id = `${id}-${shortHash(key)}`;
    for (let n = 2; actionIds.has(id); n++) id = `${id}-${n}`;
    actionIds.add(id);
    const bodyName = ctx.nodes.get(m.body)?.name ?? m.body;
    const targets = new Set(measures.map((x) => x.target)).size;
    const dateText =
      m.undated === true
        ? 'on an unknown date'
        : m.announcedBy === true
          ? `by ${m.announced} (not dated in the file; first seen listed then)`
          : `on ${m.announced}`;
    const under = program === undefined ? '' : ` under ${program}`;
    actions.push({
      id,
      date: m.announced,
      title: `${bodyName}: ${targets} ${targets === 1 ? 'target' : 'targets'}${under}${m.announcedBy === true ? ' (not dated; first seen then)' : ''}`,
      body: m.body,
      description:
        `${measures.length} ${measures.length === 1 ? 'listing' : 'listings'} by ${bodyName} ${dateText}${under}. ` +
        `Grouped on import from ${ctx.fileName}: FollowTheMoney has no announcements, so the listings of one ` +
        'authority, date and program are taken as one action.',
      respondsTo: [],
      confidence: m.undated === true ? 'unverified' : 'inference',
      notes: [],
      sources: ctx.sources,
    });
    for (const x of measures) x.action = id;
  }
  return actions;
}

/**
 * Maps the collected entities of one file onto a Dataset. Every record cites one Source, "Imported from
 * <file name>". Entities that cannot be placed are reported, never dropped silently. Returns a dataset that
 * passes validateDataset.
 */
export function mapFtmEntities(
  collection: FtmEntityCollection,
  report: ReportBuilder,
  options: FtmMappingOptions,
  onLinked?: (linked: number) => void,
): FtmMappingResult {
  const ctx = new MappingContext(report, options);
  const relations = new Relations(ctx);
  const bodies = new Bodies(ctx);
  const edges: { c: Collected; ends: { source: string; target: string } | undefined }[] = [];
  const attached: Collected[] = [];
  const parents: Collected[] = [];
  let linked = 0;
  const step = () => {
    linked++;
    if (onLinked !== undefined && linked % 1000 === 0) onLinked(linked);
  };
  // Pass 1: ids for every entity (so that nodes keep their own ids), then the nodes.
  for (const c of collection.entries()) ctx.ids.forFtm(c.entity.id);
  for (const c of collection.entries()) {
    const { schema } = c.entity;
    const kind = NODE_KIND_BY_SCHEMA[schema];
    if (kind !== undefined) {
      addParty(ctx, c, kind);
      parents.push(c);
      step();
    } else if (ASSET_SCHEMATA.has(schema)) {
      addAsset(ctx, c);
      parents.push(c);
      step();
    } else {
      ctx.otherSchema.set(c.entity.id, schema);
      if (schema === 'Position') relations.positions.set(c.entity.id, c);
      else if (ATTACHED_SCHEMATA.has(schema)) attached.push(c);
      else if (schema === 'Sanction' || schema === 'Occupancy' || schema === 'Payment') edges.push({ c, ends: undefined });
      else {
        const ends = edgeEnds(schema);
        if (ends !== undefined) edges.push({ c, ends });
        else ctx.unsupported(c);
      }
    }
  }
  attachFacts(ctx, attached, parents);
  // Pass 2: relationships, in file order.
  for (const { c, ends } of edges) {
    const { schema } = c.entity;
    if (schema === 'Sanction') addSanction(ctx, bodies, c);
    else if (schema === 'Occupancy') relations.addOccupancy(c);
    else if (schema === 'Payment') relations.addPayment(c);
    else if (ends !== undefined) relations.addEdge(c, ends);
    step();
  }
  relations.addUnusedPositions();
  ctx.finishReport();
  const actions = groupActions(ctx);
  const nodes = [...ctx.nodes.values()];
  const dataset: Dataset = {
    info: {
      id: ctx.source.id,
      title: ctx.source.title,
      version: options.version ?? `ftm-${shortHash(nodes.map((n) => n.id).join('\n'))}-${ctx.measures.length}`,
      description: `FollowTheMoney entities imported from ${ctx.fileName}.`,
      // Records from OpenSanctions' lists (their dataset ids) carry its licence's credit, exports too.
      ...(fromOpenSanctions(ctx.measures, nodes) ? { credits: [OPENSANCTIONS_CREDIT] } : {}),
    },
    sources: [ctx.source],
    nodes,
    roles: ctx.roles,
    measures: ctx.measures,
    actions,
    links: ctx.links,
  };
  return { dataset, entitiesKept: ctx.kept };
}

/** Whether records name OpenSanctions' source lists (dataset ids it publishes, such as us_ofac_sdn). */
function fromOpenSanctions(measures: readonly Measure[], nodes: readonly EntityNode[]): boolean {
  return (
    measures.some((m) => m.datasets?.some((d) => DATASET_LIST_TYPES.has(d))) ||
    nodes.some((n) => n.facts?.some((f) => f.label === SOURCE_LIST && DATASET_LIST_TYPES.has(f.value)))
  );
}
