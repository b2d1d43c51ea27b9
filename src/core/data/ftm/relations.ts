// FtM relationships -> roles and links. Every edge schema of the FtM model (its `edge` source and target)
// becomes a typed link with its properties as labelled facts; a person's Directorship, Employment or
// Membership of an organisation, and Occupancy of a Position, become roles (posts held). Payments between
// one payer and one beneficiary are one link with a total per currency and a count.
import type { EntityNode, Fact, Link, PartialDate, Role } from '../../model/schema.ts';
import type { Collected } from './collection.ts';
import { fileIdNote, readNotes, type MappingContext } from './context.ts';
import { first, values, type FtmEntity } from './entity.ts';
import { schemaOf } from './model.ts';
import { factsOf } from './parties.ts';
import { cleanText, isCertainlyBefore, toPartialDate } from './text.ts';
import { formatDate } from '../../graph/dates.ts';
import { SOURCE_LIST } from './conventions.ts';

/** Edge schemata whose person -> organisation instances are posts (roles), with the title when no `role` says. */
export const ROLE_TITLES: Readonly<Record<string, string>> = {
  Membership: 'Member',
  Employment: 'Employee',
  Directorship: 'Director',
};

/** The label a link is drawn with: the relationship in a few words, from its FtM properties. */
export function linkLabel(entity: FtmEntity): string {
  const all = (p: string) => values(entity, p).map(cleanText).join(', ');
  const withDetail = (base: string, detail: string) => (detail === '' ? base : `${base}: ${detail}`);
  switch (entity.schema) {
    case 'Ownership': {
      const details: string[] = [];
      const pct = first(entity, 'percentage');
      if (pct !== undefined) details.push(/^\d+(\.\d+)?$/.test(pct) ? `${pct}%` : pct);
      const type = first(entity, 'ownershipType');
      if (type !== undefined) details.push(type);
      return withDetail('owner', details.join(', '));
    }
    case 'Family':
      return withDetail('family', all('relationship'));
    case 'Associate':
      return withDetail('associate', all('relationship'));
    case 'UnknownLink':
      return first(entity, 'role') ?? 'linked';
    case 'Succession':
      return 'succeeded by';
    case 'Directorship':
    case 'Employment':
    case 'Membership':
      return withDetail((ROLE_TITLES[entity.schema] ?? entity.schema).toLowerCase(), all('role'));
    default: {
      const edge = schemaOf(entity.schema)?.edge;
      return withDetail(edge?.label ?? entity.schema.toLowerCase(), all('role'));
    }
  }
}

/** Source and target properties of an edge schema, from the FtM model; undefined for other schemata. */
export function edgeEnds(schema: string): { source: string; target: string } | undefined {
  const edge = schemaOf(schema)?.edge;
  return edge === undefined ? undefined : { source: edge.source, target: edge.target };
}

function datesOf(ctx: MappingContext, c: Collected, notes: string[]) {
  const { entity } = c;
  const startRaw = first(entity, 'startDate') ?? first(entity, 'date');
  const endRaw = first(entity, 'endDate');
  const start = toPartialDate(startRaw);
  let end: Role['end'] = toPartialDate(endRaw);
  for (const raw of [startRaw, endRaw]) {
    if (raw !== undefined && toPartialDate(raw) === undefined) {
      ctx.report.warn(c.line, 'invalidDate', `${entity.schema} ${entity.id}: "${raw}" is not a date`);
    }
  }
  if (start !== undefined && end !== undefined && isCertainlyBefore(end, start)) {
    ctx.report.warn(c.line, 'invalidDate', `${entity.schema} ${entity.id}: end ${end} is before start ${start}; end left unknown`);
    notes.push(`End date given as ${end}, before the start.`);
    end = 'unknown';
  }
  return { start, end };
}

/** Facts of a relationship: every property but its two ends, the dates and the free text already used. */
function relationFacts(ctx: MappingContext, c: Collected, ends: { source: string; target: string }): Fact[] {
  const used = new Set([ends.source, ends.target, 'description', 'summary', 'startDate', 'endDate', 'sourceUrl']);
  const facts = factsOf(ctx, c, used);
  for (const url of values(c.entity, 'sourceUrl')) {
    facts.push({ label: 'Source URL', value: url, group: 'link', property: 'sourceUrl' });
  }
  for (const dataset of c.entity.datasets ?? []) facts.push({ label: SOURCE_LIST, value: dataset, group: 'record' });
  return facts;
}

/** The latest dissolution date the file gives an organisation (some give two), if any. */
function latestDissolution(organization: EntityNode): PartialDate | undefined {
  const dates = (organization.facts ?? []).flatMap((f) => {
    const date = f.property === 'dissolutionDate' ? toPartialDate(f.value) : undefined;
    return date === undefined ? [] : [date];
  });
  return dates.sort().at(-1);
}

export class Relations {
  readonly positions = new Map<string, Collected>();
  private readonly usedPositions = new Set<string>();
  private readonly payments = new Map<string, Link>();

  constructor(private readonly ctx: MappingContext) {}

  /** A role person -> organisation when the source is a person and the target is not; a link otherwise. */
  private addRoleOrLink(
    c: Collected,
    person: EntityNode,
    organization: EntityNode,
    title: string,
    notes: string[],
    ends: { source: string; target: string },
  ): void {
    const { ctx } = this;
    const { entity } = c;
    const id = ctx.ids.forFtm(entity.id);
    const { start, end: givenEnd } = datesOf(ctx, c, notes);
    let end = givenEnd;
    const read = readNotes([...values(entity, 'description'), ...values(entity, 'summary')]);
    notes.push(...read.notes);
    const facts = relationFacts(ctx, c, ends);
    if (person.kind === 'person' && organization.kind !== 'person') {
      const statusText = (first(entity, 'status') ?? '').toLowerCase();
      let status: Role['status'];
      if (/current|active|incumbent/.test(statusText)) status = 'current';
      else if (/end|former|past|inactive|previous/.test(statusText)) status = 'former';
      else status = end !== undefined ? 'former' : 'unknown';
      // A post with no end at an organisation the file says was dissolved ended by then at the latest.
      const dissolved = status === 'unknown' ? latestDissolution(organization) : undefined;
      if (dissolved !== undefined && end === undefined && (start === undefined || !isCertainlyBefore(dissolved, start))) {
        status = 'former';
        end = dissolved;
        notes.push(`Ended by ${formatDate(dissolved, 'en-GB')} at the latest: the file dates the organisation's dissolution then.`);
      }
      if (status === 'former' && end === undefined) end = 'unknown';
      const role: Role = {
        id,
        person: person.id,
        organization: organization.id,
        title: cleanText(title),
        start: start ?? 'unknown',
        status,
        relation: entity.schema,
        confidence: read.confidence,
        notes,
        ...fileIdNote(id, entity.id),
        sources: ctx.sources,
      };
      if (end !== undefined) role.end = end;
      if (facts.length > 0) role.facts = facts;
      ctx.roles.push(role);
    } else {
      const link: Parameters<MappingContext['pushLink']>[0] = {
        id,
        source: person.id,
        target: organization.id,
        label: linkLabel(entity),
        relation: entity.schema,
        notes,
        ...fileIdNote(id, entity.id),
        confidence: read.confidence,
      };
      if (start !== undefined) link.start = start;
      if (end !== undefined) link.end = end;
      if (facts.length > 0) link.facts = facts;
      ctx.pushLink(link);
    }
    ctx.kept++;
  }

  /** Any FtM edge schema but Occupancy and Payment (see addOccupancy, addPayment). */
  addEdge(c: Collected, ends: { source: string; target: string }): void {
    const source = this.ctx.resolve(c, ends.source);
    if (source === undefined) return;
    const target = this.ctx.resolve(c, ends.target);
    if (target === undefined) return;
    const roleTitle = ROLE_TITLES[c.entity.schema];
    if (roleTitle !== undefined) {
      this.addRoleOrLink(c, source, target, first(c.entity, 'role') ?? roleTitle, [], ends);
      return;
    }
    const { ctx } = this;
    const { entity } = c;
    const id = ctx.ids.forFtm(entity.id);
    const notes: string[] = [];
    const { start, end } = datesOf(ctx, c, notes);
    const read = readNotes([...values(entity, 'description'), ...values(entity, 'summary')]);
    notes.push(...read.notes);
    const link: Parameters<MappingContext['pushLink']>[0] = {
      id,
      source: source.id,
      target: target.id,
      label: linkLabel(entity),
      relation: entity.schema,
      notes,
      ...fileIdNote(id, entity.id),
      confidence: read.confidence,
    };
    if (start !== undefined) link.start = start;
    if (end !== undefined) link.end = end;
    const facts = relationFacts(ctx, c, ends);
    if (facts.length > 0) link.facts = facts;
    ctx.pushLink(link);
    ctx.kept++;
  }

  /** Payments: one link per payer and beneficiary, with a total per currency, a count, and each payment as a fact. */
  addPayment(c: Collected): void {
    const payer = this.ctx.resolve(c, 'payer');
    if (payer === undefined) return;
    const beneficiary = this.ctx.resolve(c, 'beneficiary');
    if (beneficiary === undefined) return;
    const { entity } = c;
    const amount = first(entity, 'amount');
    const currency = (first(entity, 'currency') ?? '').toUpperCase();
    const date = toPartialDate(first(entity, 'date') ?? first(entity, 'startDate'));
    const purpose = first(entity, 'purpose');
    const description = [amount === undefined ? 'amount not stated' : `${amount}${currency === '' ? '' : ` ${currency}`}`, purpose]
      .filter((x) => x !== undefined)
      .map((x) => cleanText(x))
      .join(' — ');
    const fact: Fact = { label: date === undefined ? 'Payment, undated' : `Payment ${date}`, value: description, group: 'about' };
    const key = `${payer.id}\u0000${beneficiary.id}`;
    const existing = this.payments.get(key);
    this.ctx.kept++;
    if (existing !== undefined) {
      existing.count = (existing.count ?? 1) + 1;
      existing.facts = [...(existing.facts ?? []), fact];
      if (date !== undefined && (existing.start === undefined || date < existing.start)) existing.start = date;
      existing.label = paymentLabel(existing.facts);
      return;
    }
    const link: Parameters<MappingContext['pushLink']>[0] = {
      id: this.ctx.ids.forFtm(entity.id),
      source: payer.id,
      target: beneficiary.id,
      label: paymentLabel([fact]),
      relation: 'Payment',
      notes: [],
      count: 1,
      facts: [fact],
    };
    if (date !== undefined) link.start = date;
    this.payments.set(key, this.ctx.pushLink(link));
  }

  addOccupancy(c: Collected): void {
    const { ctx } = this;
    const holder = ctx.resolve(c, 'holder');
    if (holder === undefined) return;
    const postRef = first(c.entity, 'post');
    if (postRef === undefined) {
      ctx.report.skip(c.line, 'missingReference', `Occupancy ${c.entity.id} has no "post"`);
      return;
    }
    const position = this.positions.get(postRef);
    if (position === undefined) {
      const schema = ctx.otherSchema.get(postRef);
      const why = schema === undefined ? 'not in the file' : `a ${schema}, not a Position`;
      ctx.report.skip(c.line, 'danglingReference', `Occupancy ${c.entity.id}: post "${postRef}" is ${why}`);
      return;
    }
    this.usedPositions.add(postRef);
    const organization = this.organizationOf(position) ?? this.positionNode(position);
    const title = postTitle(first(position.entity, 'name') ?? 'Post', organization.name);
    const notes: string[] = [];
    const topics = values(position.entity, 'topics');
    if (topics.length > 0) notes.push(`Post's FtM topics: ${topics.join(', ')}`);
    this.addRoleOrLink(c, holder, organization, title, notes, { source: 'holder', target: 'post' });
  }

  /** The node of a Position's organisation, when it has one in the file that can hold posts. */
  private organizationOf(position: Collected): EntityNode | undefined {
    const ref = first(position.entity, 'organization');
    const node = ref === undefined ? undefined : this.ctx.nodeOf(ref);
    return node !== undefined && node.kind !== 'person' ? node : undefined;
  }

  /** A node standing for a post itself (kind agency: FtM Positions are, in practice, public offices). */
  private positionNode(position: Collected, why = 'the file gives it no organisation'): EntityNode {
    const { ctx } = this;
    const id = ctx.ids.forFtm(position.entity.id);
    const existing = ctx.nodes.get(id);
    if (existing !== undefined) return existing;
    const { entity } = position;
    const name = cleanText(first(entity, 'name') ?? `Unnamed post ${entity.id}`);
    const notes: string[] = [`A post, shown as a node: ${why}.`];
    const node: EntityNode = {
      id,
      kind: 'agency',
      name,
      aliases: [],
      description: cleanText(first(entity, 'description') ?? first(entity, 'summary') ?? `Post imported from ${ctx.fileName}.`),
      confidence: 'confirmed',
      notes,
      ...fileIdNote(id, entity.id),
      sources: ctx.sources,
    };
    const topics = values(entity, 'topics');
    if (topics.length > 0) node.topics = topics;
    const country = first(entity, 'country')?.toUpperCase();
    if (country !== undefined && /^[A-Z]{2}$/.test(country) && country !== 'ZZ') node.country = country;
    ctx.nodes.set(id, node);
    return node;
  }

  /** Positions no Occupancy used: kept as nodes of their own, linked to their organisation. */
  addUnusedPositions(): void {
    const { ctx } = this;
    for (const [ref, position] of this.positions) {
      if (this.usedPositions.has(ref)) continue;
      const organization = this.organizationOf(position);
      const node = this.positionNode(position, organization === undefined ? undefined : 'no one in the file holds it');
      if (organization !== undefined) {
        ctx.pushLink({ id: ctx.ids.fresh(`${node.id}-post-in`), source: node.id, target: organization.id, label: 'post in', notes: [] });
      }
      ctx.kept++;
    }
    ctx.kept += this.usedPositions.size;
  }
}

/** "paid 1000 EUR" for one payment; "3 payments: 1500 EUR" for several (totals per currency). */
function paymentLabel(facts: readonly Fact[]): string {
  const totals = new Map<string, number>();
  let unknown = 0;
  for (const fact of facts) {
    const match = /^(-?\d+(?:\.\d+)?)(?: ([A-Z]{3}))?/.exec(fact.value.replace(/,/g, ''));
    if (match?.[1] === undefined) unknown++;
    else totals.set(match[2] ?? '', (totals.get(match[2] ?? '') ?? 0) + Number(match[1]));
  }
  const sums = [...totals].map(([cur, sum]) => `${Number(sum.toFixed(2))}${cur === '' ? '' : ` ${cur}`}`);
  if (unknown > 0) sums.push(`${unknown} of unstated amount`);
  return facts.length === 1 ? `paid ${sums.join('')}` : `${facts.length} payments: ${sums.join(', ')}`;
}

/** A post's name as a role title: "Chair, USCIRF" in USCIRF is "Chair" (our export names posts so). */
function postTitle(name: string, organizationName: string): string {
  const suffix = `, ${organizationName}`;
  return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : name;
}
