// Exports a dataset (or the visible part of it) as FollowTheMoney entities, the format of OpenSanctions and
// OCCRP Aleph: people and bodies as entities, roles as Position + Occupancy, measures as Sanction, links as UnknownLink.
import type { Confidence, Dataset, EntityNode, Fact, NodeKind, Role, Source } from '../../model/schema.ts';
import { MEASURE_KIND_LABEL, MEASURE_STATUS_LABEL } from '../../model/labels.ts';
import { mergedInto, mergeIdentities } from '../../graph/identities.ts';
import {
  ALSO_NAMED_AUTHORITY, PUBLISHED_BY, SOURCE_LIST, confidenceNote, FAMILY_SCOPE_TEXT, groupSummary, LINK_SCHEMA_ENDS, LIST_TYPE_TOPIC,
} from '../ftm/conventions.ts';
import type { FtmEntity } from '../ftm/entity.ts';
import { includesOf, type ExportSubset } from './subset.ts';

export type { FtmEntity };

/** The FtM schema each node kind becomes. Groups have no FtM schema: they become an Organization with a summary. */
export const FTM_SCHEMA_OF_KIND: Record<NodeKind, string> = {
  person: 'Person',
  agency: 'PublicBody',
  sanctioningBody: 'PublicBody',
  company: 'Company',
  organization: 'Organization',
  group: 'Organization',
  asset: 'Asset',
};

const OCCUPANCY_STATUS: Record<Role['status'], string | undefined> = {
  current: 'current',
  former: 'ended',
  unknown: undefined,
};

/**
 * The dataset as FtM entities, in a stable order: nodes, then positions, occupancies, sanctions and links.
 * With a subset, only the listed nodes and edges; an edge whose entity-typed ends are not exported is left
 * out, so every reference in the output points at an exported entity. Actions have no FtM schema: a
 * Sanction names its action in `summary`.
 */
export function datasetToFtm(recorded: Dataset, subset?: ExportSubset): FtmEntity[] {
  // Nodes judged to be one body are one entity, as OpenSanctions merges them: the lead's id, the others in referents.
  const dataset = mergeIdentities(recorded);
  const referents = new Map<string, string[]>();
  for (const [other, lead] of mergedInto(recorded)) referents.set(lead, [...(referents.get(lead) ?? [lead]), other]);
  const includeNode = includesOf(subset?.nodeIds);
  const includeEdge = includesOf(subset?.edgeIds);
  const nodes = new Map(dataset.nodes.filter((n) => includeNode(n.id)).map((n) => [n.id, n]));
  const allNodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const actions = new Map(dataset.actions.map((a) => [a.id, a]));
  const provenance = (ids: readonly string[]) => sourceProperties(ids, sources);

  const topics = new Map<string, Set<string>>();
  for (const node of dataset.nodes) if (node.topics !== undefined) topics.set(node.id, new Set(node.topics));
  for (const m of dataset.measures) {
    const set = topics.get(m.target) ?? new Set<string>();
    const topic = m.kind === 'counterSanction' ? 'sanction.counter' : LIST_TYPE_TOPIC[m.listType ?? 'sanctions'];
    if (topic !== undefined) set.add(topic);
    topics.set(m.target, set);
  }

  const out: FtmEntity[] = [];
  for (const node of nodes.values()) {
    const entity = nodeEntity(node, [...(topics.get(node.id) ?? [])].sort(), provenance(node.sources));
    const others = referents.get(node.id);
    out.push(others ? { ...entity, referents: others } : entity);
  }

  const positions = new Map<string, FtmEntity>();
  const usedIds = new Set<string>([
    ...dataset.nodes.map((n) => n.id), ...dataset.roles.map((r) => r.id),
    ...dataset.measures.map((m) => m.id), ...dataset.links.map((l) => l.id),
  ]);
  const occupancies: FtmEntity[] = [];
  for (const role of dataset.roles) {
    const person = nodes.get(role.person);
    const organization = nodes.get(role.organization);
    if (!includeEdge(role.id) || person?.kind !== 'person' || organization === undefined || organization.kind === 'person') continue;
    const key = `${organization.id}\u0000${role.title}`;
    let position = positions.get(key);
    if (position === undefined) {
      position = {
        id: freshId(`${organization.id}.position.${slug(role.title)}`, usedIds),
        schema: 'Position',
        properties: compact({
          name: [`${role.title}, ${organization.name}`],
          organization: [organization.id],
          country: organization.country ? [organization.country.toLowerCase()] : [],
        }),
      };
      positions.set(key, position);
    }
    occupancies.push({
      id: role.id,
      schema: 'Occupancy',
      properties: compact({
        holder: [person.id],
        post: [position.id],
        startDate: knownDate(role.start),
        endDate: knownDate(role.end),
        status: optional(OCCUPANCY_STATUS[role.status]),
        description: recordNotes(role.notes, role.confidence),
        ...provenance(role.sources),
      }),
    });
  }
  out.push(...positions.values(), ...occupancies);

  for (const measure of dataset.measures) {
    if (!includeEdge(measure.id) || !nodes.has(measure.target)) continue;
    const body = allNodes.get(measure.body);
    const action = actions.get(measure.action);
    const scope = FAMILY_SCOPE_TEXT[measure.family];
    out.push({
      id: measure.id,
      schema: 'Sanction',
      // The source lists go back where OpenSanctions writes them (the list type is read from them).
      ...(measure.datasets === undefined ? {} : { datasets: [...measure.datasets] }),
      ...(measure.announcedBy === true ? { first_seen: measure.announced } : {}),
      properties: compact({
        entity: [measure.target],
        // The body first: the import takes the first authority it knows, here the body as an entity of this
        // file. Without the body's entity (a partial export) a known authority named beside it would win.
        authority: [
          ...(body ? [body.name] : []),
          ...(nodes.has(measure.body) ? (measure.facts ?? []) : [])
            .filter((f) => f.label === ALSO_NAMED_AUTHORITY || f.label === PUBLISHED_BY)
            .map((f) => f.value),
        ],
        country: body?.country ? [body.country.toLowerCase()] : [],
        program: [measure.legalBasis],
        programId: optional(measure.program),
        // Imported provisions are written as they came; our own measures as "<kind> under <legal basis>".
        provisions:
          measure.provisions?.map((p) => p.text) ??
          (measure.listType === undefined
            ? [`${MEASURE_KIND_LABEL[measure.kind]} under ${measure.legalBasis}${scope ? `; ${scope}` : ''}`]
            : []),
        reason: [measure.description],
        summary: action ? [`Announced in: ${action.title} (${action.date})`] : [],
        status: measure.status === 'unknown' ? [] : [MEASURE_STATUS_LABEL[measure.status]],
        // A listing dated only by when it was first seen gets no date here, but first_seen (above), as it came.
        startDate: measure.undated || measure.announcedBy ? [] : [measure.effective ?? measure.announced],
        listingDate: measure.undated || measure.announcedBy ? [] : [measure.announced],
        endDate: optional(measure.end),
        description: recordNotes(measure.notes, measure.confidence),
        ...provenance(measure.sources),
      }),
    });
  }

  for (const link of dataset.links) {
    if (!includeEdge(link.id) || !nodes.has(link.source) || !nodes.has(link.target)) continue;
    // An imported relationship goes back as its own schema with its properties; anything else as an UnknownLink.
    const typed = link.relation === undefined ? undefined : LINK_SCHEMA_ENDS[link.relation];
    const schema = typed === undefined ? 'UnknownLink' : (link.relation ?? 'UnknownLink');
    const ends = typed ?? { source: 'subject', target: 'object' };
    const own = factProperties(link.facts);
    out.push({
      id: link.id,
      schema,
      properties: compact({
        ...own,
        [ends.source]: [link.source],
        [ends.target]: [link.target],
        role: typed === undefined ? [link.label] : (own.role ?? []),
        startDate: knownDate(link.start),
        endDate: knownDate(link.end),
        description: recordNotes(link.notes, link.confidence),
        ...provenance(link.sources),
        sourceUrl: [...(own.sourceUrl ?? []), ...(provenance(link.sources).sourceUrl ?? [])],
      }),
      ...recordFields(link.facts),
    });
  }
  return out;
}

/** FtM JSON lines: one entity per line, each line ending in a newline. */
export function ftmToJsonLines(entities: readonly FtmEntity[]): string {
  return entities.map((e) => `${JSON.stringify(e)}\n`).join('');
}

/** Imported facts that came from an FtM property, by property: the export writes them back there. */
function factProperties(facts: readonly Fact[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const fact of facts ?? []) {
    if (fact.property === undefined) continue;
    // Country codes were shown upper case; FtM writes them lower case.
    const value = /^[A-Z]{2}$/.test(fact.value) ? fact.value.toLowerCase() : fact.value;
    (out[fact.property] ??= []).push(value);
  }
  return out;
}

/** OpenSanctions' record fields kept as facts: source lists, first and last seen. */
function recordFields(facts: readonly Fact[] | undefined): Partial<FtmEntity> {
  const out: Partial<FtmEntity> = {};
  const datasets = (facts ?? []).filter((f) => f.label === SOURCE_LIST && f.group === 'record').map((f) => f.value);
  if (datasets.length > 0) out.datasets = datasets;
  const seen = (label: string) => (facts ?? []).find((f) => f.label === label && f.group === 'record')?.value;
  const first = seen('First seen');
  const last = seen('Last seen');
  if (first !== undefined) out.first_seen = first;
  if (last !== undefined) out.last_seen = last;
  return out;
}

function nodeEntity(node: EntityNode, topics: string[], provenance: Record<string, string[]>): FtmEntity {
  const notes = recordNotes(node.notes, node.confidence);
  const summary: string[] = [];
  if (node.kind === 'group') {
    summary.push(groupSummary(node.memberCount));
  }
  const isPerson = node.kind === 'person';
  const own = factProperties(node.facts);
  const addresses = (node.facts ?? []).filter((f) => f.group === 'address' && f.property === undefined);
  return {
    id: node.id,
    schema: node.schema ?? FTM_SCHEMA_OF_KIND[node.kind],
    ...recordFields(node.facts),
    properties: compact({
      ...own,
      ...(addresses.length > 0 && node.kind !== 'asset' ? { address: [...(own.address ?? []), ...addresses.map((a) => a.value)] } : {}),
      name: [node.name],
      alias: [...(node.chineseName ? [node.chineseName] : []), ...node.aliases.map((a) => a.name)],
      country: node.country ? [node.country.toLowerCase()] : [],
      birthDate: isPerson ? knownDate(node.birth?.date) : [],
      birthPlace: isPerson ? optional(node.birth?.place) : [],
      description: [node.description],
      summary,
      notes,
      topics,
      ...provenance,
      sourceUrl: [...(own.sourceUrl ?? []), ...(provenance.sourceUrl ?? [])],
    }),
  };
}

/**
 * `publisher` and `sourceUrl` from the cited sources ("unknown" publishers left out). Where the address is a
 * copy on another site, its publisher is whoever published the copy (`copyBy`), not the official body.
 */
function sourceProperties(ids: readonly string[], sources: ReadonlyMap<string, Source>): Record<string, string[]> {
  const cited = ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
  return {
    publisher: cited.map((s) => (s.url && s.copyBy ? s.copyBy : s.publisher)).filter((p) => p !== 'unknown'),
    sourceUrl: cited.flatMap((s) => (s.url ? [s.url] : [])),
  };
}

function recordNotes(notes: readonly string[], confidence: Confidence): string[] {
  return confidence === 'confirmed' ? [...notes] : [confidenceNote(confidence), ...notes];
}

function knownDate(date: string | undefined): string[] {
  return date === undefined || date === 'unknown' ? [] : [date];
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

/** Drops empty properties and repeated values, keeping the first occurrence's order. */
function compact(properties: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(properties)) {
    const unique = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
    if (unique.length > 0) out[name] = unique;
  }
  return out;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'post';
}

/** `base`, or `base-2`, `base-3`... whichever is not yet used; marks it used. */
function freshId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
