// Maps FollowTheMoney entities onto our Dataset: parties become nodes, Sanctions become measures (grouped
// into actions), posts and memberships become roles, other relationships become links. Rules documented below.
import { MEASURE_KIND_LABEL } from '../../model/labels.ts';
import type {
  Action, Alias, Confidence, Dataset, EntityNode, Link, Measure, MeasureKind, MeasureStatus, NodeKind, PartialDate, Role, Source,
} from '../../model/schema.ts';
import { authorityKey, normaliseAuthority, type SanctioningAuthority } from './authority.ts';
import { first, values, type FtmEntity } from './entity.ts';
import type { ReportBuilder } from './report.ts';
import { isUndatedMeasure, UNDATED_ANNOUNCED, UNDATED_NOTE } from './undated.ts';
import {
  cleanText, earliestDate, isCertainlyBefore, RECORD_ID, shortHash, slugify, toCountryCode, toPartialDate,
} from './text.ts';
import { idRecord, ownValue } from '../../idRecord.ts';
import { safeHttpUrl } from '../../text/safeUrl.ts';

/** FtM schema -> node kind. */
export const NODE_KIND_BY_SCHEMA: Readonly<Record<string, NodeKind>> = {
  Person: 'person',
  PublicBody: 'agency',
  Company: 'company',
  Organization: 'organization',
  LegalEntity: 'organization',
};

/** Interest-style FtM schemata that become a role when their source is a person (a link otherwise). */
export const ROLE_SCHEMATA: Readonly<Record<string, { source: string; target: string; title: string }>> = {
  Membership: { source: 'member', target: 'organization', title: 'Member' },
  Employment: { source: 'employee', target: 'employer', title: 'Employee' },
  Directorship: { source: 'director', target: 'organization', title: 'Director' },
};

/** FtM relationship schemata that become a link, with how its label is made. */
export const LINK_SCHEMATA: Readonly<Record<string, { source: string; target: string; label: (e: FtmEntity) => string }>> = {
  Ownership: { source: 'owner', target: 'asset', label: ownershipLabel },
  Family: { source: 'person', target: 'relative', label: (e) => labelWith('family', first(e, 'relationship')) },
  Associate: { source: 'person', target: 'associate', label: (e) => labelWith('associate', first(e, 'relationship')) },
  UnknownLink: { source: 'subject', target: 'object', label: (e) => first(e, 'role') ?? 'linked' },
};

export { isUndatedMeasure, UNDATED_ANNOUNCED, UNDATED_NOTE };

/** Every schema the importer uses; other FtM schemata (Address, Vessel, Passport...) are skipped and reported. */
export const SUPPORTED_SCHEMATA: ReadonlySet<string> = new Set([
  ...Object.keys(NODE_KIND_BY_SCHEMA), ...Object.keys(ROLE_SCHEMATA), ...Object.keys(LINK_SCHEMATA),
  'Position', 'Occupancy', 'Sanction',
]);

/**
 * Measure kinds recognised in a Sanction's `provisions`, `program` and `programId`, tried in this order;
 * the first pattern that matches a text gives its kind.
 */
export const MEASURE_KIND_RULES: readonly { kind: MeasureKind; pattern: RegExp }[] = [
  { kind: 'counterSanction', pattern: /counter[- ]?(sanction|measure)|retaliat|anti-foreign sanction|\bcn-cml\b|反制/i },
  { kind: 'exportBlacklisting', pattern: /entity list|\bbis-el\b|\bexport|end[- ]user|military end|unverified list/i },
  { kind: 'investmentBan', pattern: /\bns-cmic\b|\bcmic\b|military-industrial complex|invest|securities|1260h/i },
  { kind: 'importBan', pattern: /\bimports?\b|forced labou?r|\buflpa\b|withhold release/i },
  { kind: 'visaBan', pattern: /\bvisa|travel|entry ban|from entering|admission|inadmissib|7031/i },
  { kind: 'blocking', pattern: /asset freeze|\bfreez|\bblock|\bsdn\b|glomag|magnitsky|financial sanction|\bproperty\b/i },
];

/** The kind used when neither the Sanction, its target's topics nor its authority's usual kind says anything. */
export const DEFAULT_MEASURE_KIND: MeasureKind = 'blocking';

/** `legalBasis` of a measure whose Sanction has neither `program` nor `programId`. */
export const NO_LEGAL_BASIS = 'Not stated in the source';
/** Prefix of the note that keeps an entity's FtM topics (e.g. "FtM topics: sanction, role.pep"). */
export const TOPICS_NOTE_PREFIX = 'FtM topics: ';
/** Prefix of the note that keeps an FtM id that had to be rewritten to fit our id format. */
export const FTM_ID_NOTE_PREFIX = 'FtM id: ';

/**
 * Our own FtM export writes a group node as an Organization with this summary (and "Confidence: x." notes
 * for records that are not confirmed): reading them back keeps the kind and the confidence.
 */
export const GROUP_SUMMARY = /^A group standing for targets the sources do not name one by one(?: \((\d+) of them\))?\.$/;
const CONFIDENCE_NOTE = /^Confidence: (confirmed|unverified|inference)\.$/;

/** Notes from FtM text values, with a "Confidence: x." note read as the record's confidence. */
function readNotes(texts: readonly string[]): { notes: string[]; confidence: Confidence } {
  let confidence: Confidence = 'confirmed';
  const notes: string[] = [];
  for (const text of texts) {
    const clean = cleanText(text);
    const match = CONFIDENCE_NOTE.exec(clean);
    if (match?.[1] === 'unverified' || match?.[1] === 'inference' || match?.[1] === 'confirmed') confidence = match[1];
    else if (clean !== '') notes.push(clean);
  }
  return { notes, confidence };
}

/** The FtM topics kept in a record's notes (see TOPICS_NOTE_PREFIX). */
export function topicsOf(record: { notes: readonly string[] }): string[] {
  const note = record.notes.find((n) => n.startsWith(TOPICS_NOTE_PREFIX));
  return note === undefined ? [] : note.slice(TOPICS_NOTE_PREFIX.length).split(', ').filter((t) => t !== '');
}

export interface FtmMappingOptions {
  /** The file's name: the dataset's one Source is "Imported from <fileName>". */
  fileName: string;
  /** Where the file was fetched from, if it came from a URL. */
  url?: string;
  /** Dataset version (e.g. a hash of the file); derived from the entity ids when absent. */
  version?: string;
  /** What to do with a Sanction that has no date at all: keep it with a placeholder date (default), or skip it. */
  undatedSanctions?: 'placeholder' | 'skip';
}

interface Collected {
  entity: FtmEntity;
  line: number;
}

/** Parent schema of each FtM schema the importer maps as a node: fragments of one entity may use either. */
const PARENT: Readonly<Record<string, string>> = {
  Person: 'LegalEntity', Organization: 'LegalEntity', Company: 'Organization', PublicBody: 'Organization',
};

function isAncestor(ancestor: string, schema: string): boolean {
  for (let s: string | undefined = PARENT[schema]; s !== undefined; s = PARENT[s]) if (s === ancestor) return true;
  return false;
}

/**
 * The entities of a file, by id, in order of first appearance. Several lines with one id are fragments of
 * one entity (as Aleph exports them): their values are merged, the more specific schema kept. Fragments
 * whose schemata cannot be one entity (a Person and a Sanction) keep the first; the later is skipped.
 */
export class FtmEntityCollection {
  private readonly byId = new Map<string, Collected>();

  add(entity: FtmEntity, line: number, report: ReportBuilder): void {
    const seen = this.byId.get(entity.id);
    if (seen === undefined) {
      this.byId.set(entity.id, { entity, line });
      return;
    }
    const a = seen.entity.schema;
    const b = entity.schema;
    if (a !== b && !isAncestor(a, b) && !isAncestor(b, a)) {
      report.skip(line, 'duplicateId', `${b} ${entity.id} has the id of the ${a} on line ${seen.line}`);
      return;
    }
    const properties = Object.assign(idRecord<string[]>(), seen.entity.properties);
    for (const [name, list] of Object.entries(entity.properties)) {
      const merged = ownValue(properties, name) ?? [];
      properties[name] = [...merged, ...list.filter((v) => !merged.includes(v))];
    }
    const schema = isAncestor(a, b) ? b : a;
    seen.entity = { ...seen.entity, schema, properties };
    report.warn(line, 'mergedFragments', `${entity.id}: merged with the fragment on line ${seen.line}`);
  }

  get size(): number {
    return this.byId.size;
  }

  entries(): IterableIterator<Collected> {
    return this.byId.values();
  }
}

/** Allocates record ids: FtM ids kept when they fit our format, rewritten (and kept unique) otherwise. */
class IdAllocator {
  private readonly byFtm = new Map<string, string>();
  readonly used = new Set<string>();
  rewritten = 0;

  forFtm(ftmId: string): string {
    const known = this.byFtm.get(ftmId);
    if (known !== undefined) return known;
    let id: string;
    if (RECORD_ID.test(ftmId) && !this.used.has(ftmId)) id = ftmId;
    else {
      this.rewritten++;
      const base = ftmId.toLowerCase().replace(/[^a-z0-9._:-]+/g, '-').replace(/^[^a-z0-9]+/, '');
      const candidate = base === '' ? `e-${shortHash(ftmId)}` : base;
      id = this.used.has(candidate) ? this.fresh(`${candidate}.${shortHash(ftmId)}`) : candidate;
    }
    this.byFtm.set(ftmId, id);
    this.used.add(id);
    return id;
  }

  /** The record id already given to an FtM id, if any. */
  lookup(ftmId: string): string | undefined {
    return this.byFtm.get(ftmId);
  }

  /** Reserves `candidate`, or `candidate-2`, `-3`... if it is taken. */
  fresh(candidate: string): string {
    let id = candidate;
    for (let n = 2; this.used.has(id); n++) id = `${candidate}-${n}`;
    this.used.add(id);
    return id;
  }
}

function labelWith(base: string, detail: string | undefined): string {
  return detail === undefined ? base : `${base}: ${detail}`;
}

function ownershipLabel(e: FtmEntity): string {
  const details: string[] = [];
  const pct = first(e, 'percentage');
  if (pct !== undefined) details.push(/^\d+(\.\d+)?$/.test(pct) ? `${pct}%` : pct);
  const type = first(e, 'ownershipType');
  if (type !== undefined) details.push(type);
  return details.length > 0 ? `owner: ${details.join(', ')}` : 'owner';
}

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

function mergeableIntoBody(kind: NodeKind): boolean {
  return kind === 'agency' || kind === 'organization' || kind === 'sanctioningBody';
}

/** Mapping state for one file. */
class Mapper {
  readonly ids = new IdAllocator();
  readonly nodes = new Map<string, EntityNode>();
  /** Node id -> FtM topics of the entity. */
  readonly topics = new Map<string, string[]>();
  readonly roles: Role[] = [];
  readonly links: Link[] = [];
  readonly measures: Measure[] = [];
  readonly positions = new Map<string, Collected>();
  readonly usedPositions = new Set<string>();
  /** Schema of every entity that did not become a node, for the dangling-reference message. */
  readonly otherSchema = new Map<string, string>();
  readonly bodyByAuthority = new Map<string, string>();
  kept = 0;
  readonly source: Source;
  readonly fileName: string;

  constructor(
    readonly report: ReportBuilder,
    readonly options: FtmMappingOptions,
  ) {
    const fileName = cleanText(options.fileName) || 'file';
    this.fileName = fileName;
    const source: Source = {
      id: `import-${slugify(fileName, 40) || shortHash(fileName)}`,
      kind: 'reference',
      title: `Imported from ${fileName}`,
      publisher: 'unknown',
      notes: ['FollowTheMoney JSON lines opened in the explorer.'],
    };
    if (options.url !== undefined) {
      const url = safeHttpUrl(options.url);
      if (url !== null) source.url = url;
    }
    this.source = source;
  }

  get sources(): string[] {
    return [this.source.id];
  }

  // ---- nodes ----

  addNode(c: Collected, kind: NodeKind): void {
    const { entity } = c;
    const id = this.ids.forFtm(entity.id);
    const names = values(entity, 'name');
    let name = names[0];
    if (name === undefined && entity.schema === 'Person') {
      const parts = ['firstName', 'middleName', 'lastName'].map((p) => first(entity, p)).filter((p) => p !== undefined);
      if (parts.length > 0) name = parts.join(' ');
    }
    name ??= first(entity, 'alias') ?? first(entity, 'weakAlias') ?? first(entity, 'previousName');
    if (name === undefined) {
      name = `Unnamed ${entity.schema} ${entity.id}`;
      this.report.warn(c.line, 'noName', `${entity.schema} ${entity.id} has no name: shown as "${name}"`);
    }
    name = cleanText(name);

    const candidates: { name: string; note?: string }[] = [
      ...names.slice(1).map((n) => ({ name: n })),
      ...values(entity, 'alias').map((n) => ({ name: n })),
      ...values(entity, 'weakAlias').map((n) => ({ name: n, note: 'weak alias' })),
      ...values(entity, 'previousName').map((n) => ({ name: n, note: 'previous name' })),
    ];
    const seen = new Set([name.toLowerCase()]);
    let chineseName: string | undefined;
    if (!(HAN.test(name) && !LATIN.test(name))) {
      chineseName = candidates.map((a) => cleanText(a.name)).find((n) => HAN.test(n) && !LATIN.test(n));
      if (chineseName !== undefined) seen.add(chineseName.toLowerCase());
    }
    const aliases: Alias[] = [];
    for (const candidate of candidates) {
      const alias = cleanText(candidate.name);
      if (alias === '' || seen.has(alias.toLowerCase())) continue;
      seen.add(alias.toLowerCase());
      aliases.push(candidate.note === undefined ? { name: alias } : { name: alias, note: candidate.note });
    }

    const countries = [
      ...values(entity, 'country'), ...values(entity, 'nationality'), ...values(entity, 'citizenship'),
      ...values(entity, 'jurisdiction'), ...values(entity, 'mainCountry'),
    ].map(toCountryCode).filter((c): c is string => c !== undefined);
    const distinctCountries = [...new Set(countries)];

    const notes: string[] = [];
    const topics = values(entity, 'topics');
    if (topics.length > 0) {
      notes.push(`${TOPICS_NOTE_PREFIX}${topics.join(', ')}`);
      this.topics.set(id, topics);
    }
    if (distinctCountries.length > 1) notes.push(`Other countries: ${distinctCountries.slice(1).join(', ')}`);
    for (const position of values(entity, 'position')) notes.push(`Position: ${cleanText(position)}`);
    const read = readNotes(values(entity, 'notes'));
    notes.push(...read.notes);
    const sourceUrl = first(entity, 'sourceUrl');
    if (sourceUrl !== undefined) notes.push(`Source URL: ${sourceUrl}`);
    if (id !== entity.id) notes.push(`${FTM_ID_NOTE_PREFIX}${entity.id}`);

    const group = entity.schema === 'Organization' ? values(entity, 'summary').map((t) => GROUP_SUMMARY.exec(cleanText(t))).find((m) => m !== null) : undefined;
    const description = first(entity, 'description') ?? (group === undefined ? first(entity, 'summary') : undefined);
    const node: EntityNode = {
      id,
      kind: group === undefined ? kind : 'group',
      name,
      aliases,
      description: description !== undefined ? cleanText(description) : `${entity.schema} imported from ${this.fileName}.`,
      confidence: read.confidence,
      notes,
      sources: this.sources,
    };
    if (chineseName !== undefined) node.chineseName = chineseName;
    if (group?.[1] !== undefined) node.memberCount = Number(group[1]);
    if (distinctCountries[0] !== undefined) node.country = distinctCountries[0];
    if (kind === 'person') {
      const birthValues = values(entity, 'birthDate');
      const date = earliestDate(birthValues);
      if (date === undefined && birthValues.length > 0) {
        this.report.warn(c.line, 'invalidDate', `${entity.id}: birth date "${birthValues[0]}" is not a date`);
      }
      const place = first(entity, 'birthPlace');
      if (date !== undefined || place !== undefined) {
        node.birth = {};
        if (date !== undefined) node.birth.date = date;
        if (place !== undefined) node.birth.place = cleanText(place);
      }
    }
    this.nodes.set(id, node);
    this.kept++;
  }

  /** The node an FtM reference points to, or undefined after reporting why not. */
  resolve(c: Collected, property: string): EntityNode | undefined {
    const ref = first(c.entity, property);
    if (ref === undefined) {
      this.report.skip(c.line, 'missingReference', `${c.entity.schema} ${c.entity.id} has no "${property}"`);
      return undefined;
    }
    const id = this.ids.lookup(ref);
    const node = id === undefined ? undefined : this.nodes.get(id);
    if (node === undefined) {
      const schema = this.otherSchema.get(ref);
      const why = schema === undefined ? 'not in the file' : `a ${schema}, which is not imported`;
      this.report.skip(c.line, 'danglingReference', `${c.entity.schema} ${c.entity.id}: ${property} "${ref}" is ${why}`);
      return undefined;
    }
    return node;
  }

  // ---- sanctioning bodies and measures ----

  bodyFor(c: Collected): { id: string; authority: SanctioningAuthority; raw: string | undefined } {
    const raw = first(c.entity, 'authority');
    let authority: SanctioningAuthority;
    if (raw === undefined) {
      const country = toCountryCode(first(c.entity, 'country'));
      authority = country === undefined
        ? { id: 'authority-not-stated', name: 'Authority not stated', known: false }
        : { id: `authority-not-stated-${country.toLowerCase()}`, name: `Authority not stated (${country})`, country, known: false };
      this.report.warn(c.line, 'missingAuthority', `Sanction ${c.entity.id} names no authority: "${authority.name}" used`);
    } else {
      authority = normaliseAuthority(raw);
      if (!authority.known && !this.bodyByAuthority.has(authority.id) && this.entityNamed(raw) === undefined) {
        this.report.warn(c.line, 'unknownAuthority', `authority "${cleanText(raw)}" is not in the table: body "${authority.id}"`);
      }
      if (authority.country === undefined) {
        const country = toCountryCode(first(c.entity, 'country'));
        if (country !== undefined && !authority.known) authority = { ...authority, country };
      }
    }
    const named = raw === undefined ? undefined : this.entityNamed(raw);
    if (named !== undefined) {
      // The file has the authority as an entity of its own (our export writes bodies so): that node is the body.
      named.kind = 'sanctioningBody';
      if (named.country === undefined && authority.country !== undefined) named.country = authority.country;
      if (!this.bodyByAuthority.has(authority.id)) this.bodyByAuthority.set(authority.id, named.id);
      return { id: named.id, authority, raw };
    }
    const existing = this.bodyByAuthority.get(authority.id);
    if (existing !== undefined) {
      this.addBodyAlias(existing, raw);
      return { id: existing, authority, raw };
    }
    let id = authority.id;
    const node = this.nodes.get(id);
    if (node !== undefined && mergeableIntoBody(node.kind)) {
      // The file has the body itself as an entity (as our own export writes it): that node becomes the body.
      node.kind = 'sanctioningBody';
      if (node.country === undefined && authority.country !== undefined) node.country = authority.country;
    } else {
      if (this.ids.used.has(id)) id = this.ids.fresh(`${id}-body`);
      else this.ids.used.add(id);
      const body: EntityNode = {
        id,
        kind: 'sanctioningBody',
        name: authority.name,
        aliases: [],
        description: authority.known
          ? `${authority.name}, named as the authority of sanctions in ${this.fileName}.`
          : `Authority named in ${this.fileName}; not in the importer's table of known bodies.`,
        confidence: 'confirmed',
        notes: [],
        sources: this.sources,
      };
      if (authority.country !== undefined) body.country = authority.country;
      this.nodes.set(id, body);
    }
    this.bodyByAuthority.set(authority.id, id);
    this.addBodyAlias(id, raw);
    return { id, authority, raw };
  }

  private byName: Map<string, EntityNode> | null = null;

  /** The first agency or organisation of the file whose name is the authority text (ignoring case and punctuation). */
  entityNamed(raw: string): EntityNode | undefined {
    if (this.byName === null) {
      this.byName = new Map();
      for (const node of this.nodes.values()) {
        if (!mergeableIntoBody(node.kind)) continue;
        const key = authorityKey(node.name);
        if (!this.byName.has(key)) this.byName.set(key, node);
      }
    }
    return this.byName.get(authorityKey(raw));
  }

  private addBodyAlias(id: string, raw: string | undefined): void {
    const node = this.nodes.get(id);
    if (node === undefined || raw === undefined) return;
    const alias = cleanText(raw);
    const taken = alias.toLowerCase() === node.name.toLowerCase() || node.aliases.some((a) => a.name.toLowerCase() === alias.toLowerCase());
    if (!taken && node.aliases.length < 20) node.aliases.push({ name: alias, note: 'authority as written in the file' });
  }

  addSanction(c: Collected): void {
    const { entity } = c;
    const target = this.resolve(c, 'entity');
    if (target === undefined) return;
    const extraTargets = values(entity, 'entity').slice(1);
    if (extraTargets.length > 0) {
      this.report.warn(c.line, 'ignoredValues', `Sanction ${entity.id}: only the first of ${extraTargets.length + 1} entities is its target`);
    }

    const notes: string[] = [];
    const listing = values(entity, 'listingDate');
    const start = values(entity, 'startDate');
    const other = values(entity, 'date');
    for (const raw of [...listing, ...start, ...other]) {
      if (toPartialDate(raw) === undefined) this.report.warn(c.line, 'invalidDate', `Sanction ${entity.id}: "${raw}" is not a date`);
    }
    const listed = earliestDate(listing);
    const started = earliestDate(start);
    let announced = listed ?? started ?? earliestDate(other);
    let effective: PartialDate | undefined;
    if (started !== undefined && announced !== undefined && started !== announced) {
      if (isCertainlyBefore(started, announced)) notes.push(`Start date given as ${started}, before the listing date.`);
      else effective = started;
    }
    let confidence: Measure['confidence'] = 'confirmed';
    if (announced === undefined) {
      const seen = toPartialDate(entity.first_seen);
      if (seen !== undefined) {
        announced = seen;
        confidence = 'inference';
        notes.push(`No date in the source: ${seen} is when the publisher first saw the listing (first_seen), so it was announced by then.`);
        this.report.warn(c.line, 'inferredDate', `Sanction ${entity.id}: no date; first_seen ${seen} used`);
      } else if (this.options.undatedSanctions === 'skip') {
        this.report.skip(c.line, 'undatedSanction', `Sanction ${entity.id} has no listingDate, startDate or date`);
        return;
      } else {
        announced = UNDATED_ANNOUNCED;
        confidence = 'unverified';
        notes.push(UNDATED_NOTE);
        this.report.warn(c.line, 'placeholderDate', `Sanction ${entity.id}: no date; placeholder ${UNDATED_ANNOUNCED} used`);
      }
    }

    const body = this.bodyFor(c);
    const bodyName = this.nodes.get(body.id)?.name ?? body.authority.name;
    const provisions = values(entity, 'provisions').map(cleanText);
    const programId = first(entity, 'programId');
    const programText = first(entity, 'program');
    const { kinds, guessed } = guessMeasureKinds(entity, this.topics.get(target.id) ?? [], body.authority);
    if (guessed) {
      const label = MEASURE_KIND_LABEL[kinds[0] ?? DEFAULT_MEASURE_KIND];
      const why = body.authority.defaultMeasureKind === undefined ? 'the default kind' : `the usual kind for ${bodyName}`;
      this.report.warn(c.line, 'guessedMeasureKind', `Sanction ${entity.id}: no provisions or program say what it does; taken as ${label}`);
      notes.push(`Kind not stated in the source: taken as ${label}, ${why}.`);
    }

    const read = readNotes(values(entity, 'description'));
    notes.push(...read.notes);
    if (confidence === 'confirmed') confidence = read.confidence;
    for (const reason of values(entity, 'reason')) notes.push(`Reason: ${cleanText(reason)}`);
    if (body.raw !== undefined && cleanText(body.raw) !== bodyName) notes.push(`Authority as written: ${cleanText(body.raw)}`);
    const topics = values(entity, 'topics');
    if (topics.length > 0) notes.push(`${TOPICS_NOTE_PREFIX}${topics.join(', ')}`);
    for (const p of values(entity, 'program').slice(1)) notes.push(`Also under: ${cleanText(p)}`);
    for (const p of values(entity, 'programId').slice(1)) notes.push(`Also program: ${p}`);
    for (const [property, label] of [
      ['endDate', 'Ends'], ['duration', 'Duration'], ['authorityId', 'Listing id'], ['unscId', 'UN listing id'],
      ['status', 'Status as written'], ['sourceUrl', 'Source URL'], ['programUrl', 'Program URL'], ['summary', 'Summary'],
    ] as const) {
      for (const value of values(entity, property)) notes.push(`${label}: ${cleanText(value)}`);
    }
    if (this.ids.forFtm(entity.id) !== entity.id) notes.push(`${FTM_ID_NOTE_PREFIX}${entity.id}`);

    const statusText = (first(entity, 'status') ?? '').toLowerCase();
    let status: MeasureStatus = 'unknown';
    if (/lift|revok|delist|remov|expir|ended|inactive|terminat|suspend/.test(statusText)) status = 'lifted';
    else if (/active|in force|current|listed|designated/.test(statusText)) status = 'inForce';

    const measureId = this.ids.forFtm(entity.id);
    kinds.forEach((kind, index) => {
      const ownProvisions = kinds.length > 1 ? provisions.filter((p) => kindOfText(p) === kind) : provisions;
      const measure: Measure = {
        id: kinds.length > 1 && index > 0 ? this.ids.fresh(`${measureId}-${slugify(kind)}`) : measureId,
        kind,
        body: body.id,
        target: target.id,
        action: '',
        announced: announced,
        legalBasis: cleanText(programText ?? programId ?? NO_LEGAL_BASIS),
        description: ownProvisions.length > 0 ? ownProvisions.join('; ') : `${MEASURE_KIND_LABEL[kind]} by ${bodyName}`,
        family: familyScope(ownProvisions),
        status,
        confidence,
        notes: kinds.length > 1 ? [...notes, `One of ${kinds.length} measures read from the provisions of Sanction ${entity.id}.`] : notes,
        sources: this.sources,
      };
      if (effective !== undefined) measure.effective = effective;
      if (programId !== undefined) measure.program = cleanText(programId);
      this.measures.push(measure);
    });
    this.kept++;
  }

  // ---- roles and links ----

  /** A role person -> organisation when the source is a person and the target is not; a link otherwise. */
  addRoleOrLink(c: Collected, person: EntityNode, organization: EntityNode, title: string, linkLabel: string, notes: string[]): void {
    const { entity } = c;
    const id = this.ids.forFtm(entity.id);
    const startRaw = first(entity, 'startDate');
    const endRaw = first(entity, 'endDate');
    const startDate = toPartialDate(startRaw);
    let end: Role['end'] = toPartialDate(endRaw);
    for (const raw of [startRaw, endRaw]) {
      if (raw !== undefined && toPartialDate(raw) === undefined) this.report.warn(c.line, 'invalidDate', `${entity.schema} ${entity.id}: "${raw}" is not a date`);
    }
    if (startDate !== undefined && end !== undefined && isCertainlyBefore(end, startDate)) {
      this.report.warn(c.line, 'invalidDate', `${entity.schema} ${entity.id}: end ${end} is before start ${startDate}; end left unknown`);
      notes.push(`End date given as ${end}, before the start.`);
      end = 'unknown';
    }
    const statusText = (first(entity, 'status') ?? '').toLowerCase();
    if (id !== entity.id) notes.push(`${FTM_ID_NOTE_PREFIX}${entity.id}`);
    const read = readNotes([...values(entity, 'description'), ...values(entity, 'summary')]);
    notes.push(...read.notes);

    if (person.kind === 'person' && organization.kind !== 'person') {
      let status: Role['status'];
      if (/current|active|incumbent/.test(statusText)) status = 'current';
      else if (/end|former|past|inactive|previous/.test(statusText)) status = 'former';
      else status = end !== undefined ? 'former' : 'unknown';
      if (status === 'former' && end === undefined) end = 'unknown';
      const role: Role = {
        id, person: person.id, organization: organization.id, title: cleanText(title),
        start: startDate ?? 'unknown', status, confidence: read.confidence, notes, sources: this.sources,
      };
      if (end !== undefined) role.end = end;
      this.roles.push(role);
    } else {
      this.pushLink(id, person.id, organization.id, linkLabel, startDate, end, notes, read.confidence);
    }
    this.kept++;
  }

  pushLink(id: string, source: string, target: string, label: string, start: Link['start'], end: Link['end'], notes: string[], confidence: Confidence = 'confirmed'): void {
    const link: Link = { id, source, target, label: cleanText(label), confidence, notes, sources: this.sources };
    if (start !== undefined) link.start = start;
    if (end !== undefined) link.end = end;
    this.links.push(link);
  }

  addOccupancy(c: Collected): void {
    const holder = this.resolve(c, 'holder');
    if (holder === undefined) return;
    const postRef = first(c.entity, 'post');
    if (postRef === undefined) {
      this.report.skip(c.line, 'missingReference', `Occupancy ${c.entity.id} has no "post"`);
      return;
    }
    const position = this.positions.get(postRef);
    if (position === undefined) {
      const schema = this.otherSchema.get(postRef);
      const why = schema === undefined ? 'not in the file' : `a ${schema}, not a Position`;
      this.report.skip(c.line, 'danglingReference', `Occupancy ${c.entity.id}: post "${postRef}" is ${why}`);
      return;
    }
    this.usedPositions.add(postRef);
    const organization = this.organizationOf(position) ?? this.positionNode(position);
    const title = postTitle(first(position.entity, 'name') ?? 'Post', organization.name);
    const notes: string[] = [];
    const topics = values(position.entity, 'topics');
    if (topics.length > 0) notes.push(`Post's ${TOPICS_NOTE_PREFIX}${topics.join(', ')}`);
    this.addRoleOrLink(c, holder, organization, title, labelWith('holds', title), notes);
  }

  /** The node of a Position's organisation, when it has one in the file that can hold posts. */
  organizationOf(position: Collected): EntityNode | undefined {
    const ref = first(position.entity, 'organization');
    if (ref === undefined) return undefined;
    const id = this.ids.lookup(ref);
    const node = id === undefined ? undefined : this.nodes.get(id);
    return node !== undefined && node.kind !== 'person' ? node : undefined;
  }

  /** A node standing for a post itself (kind agency: FtM Positions are, in practice, public offices). */
  positionNode(position: Collected, why = 'the file gives it no organisation'): EntityNode {
    const id = this.ids.forFtm(position.entity.id);
    const existing = this.nodes.get(id);
    if (existing !== undefined) return existing;
    const { entity } = position;
    const name = cleanText(first(entity, 'name') ?? `Unnamed post ${entity.id}`);
    const notes: string[] = [`A post, shown as a node: ${why}.`];
    const topics = values(entity, 'topics');
    if (topics.length > 0) notes.push(`${TOPICS_NOTE_PREFIX}${topics.join(', ')}`);
    if (id !== entity.id) notes.push(`${FTM_ID_NOTE_PREFIX}${entity.id}`);
    const node: EntityNode = {
      id, kind: 'agency', name, aliases: [],
      description: cleanText(first(entity, 'description') ?? first(entity, 'summary') ?? `Post imported from ${this.fileName}.`),
      confidence: 'confirmed', notes, sources: this.sources,
    };
    const country = toCountryCode(first(entity, 'country'));
    if (country !== undefined) node.country = country;
    this.nodes.set(id, node);
    return node;
  }

  addInterest(c: Collected, spec: { source: string; target: string; title: string }): void {
    const source = this.resolve(c, spec.source);
    if (source === undefined) return;
    const target = this.resolve(c, spec.target);
    if (target === undefined) return;
    const role = first(c.entity, 'role');
    this.addRoleOrLink(c, source, target, role ?? spec.title, labelWith(spec.title.toLowerCase(), role), []);
  }

  addLink(c: Collected, spec: { source: string; target: string; label: (e: FtmEntity) => string }): void {
    const source = this.resolve(c, spec.source);
    if (source === undefined) return;
    const target = this.resolve(c, spec.target);
    if (target === undefined) return;
    const { entity } = c;
    const id = this.ids.forFtm(entity.id);
    const start = toPartialDate(first(entity, 'startDate'));
    let end: Link['end'] = toPartialDate(first(entity, 'endDate'));
    const notes: string[] = [];
    if (start !== undefined && end !== undefined && isCertainlyBefore(end, start)) {
      this.report.warn(c.line, 'invalidDate', `${entity.schema} ${entity.id}: end ${end} is before start ${start}; end left unknown`);
      end = 'unknown';
    }
    if (id !== entity.id) notes.push(`${FTM_ID_NOTE_PREFIX}${entity.id}`);
    const read = readNotes([...values(entity, 'description'), ...values(entity, 'summary')]);
    notes.push(...read.notes);
    this.pushLink(id, source.id, target.id, spec.label(entity), start, end, notes, read.confidence);
    this.kept++;
  }

  /** Positions no Occupancy used: kept as nodes of their own, linked to their organisation. */
  addUnusedPositions(): void {
    for (const [ref, position] of this.positions) {
      if (this.usedPositions.has(ref)) continue;
      const organization = this.organizationOf(position);
      const node = this.positionNode(position, organization === undefined ? undefined : 'no one in the file holds it');
      if (organization !== undefined) {
        this.pushLink(this.ids.fresh(`${node.id}-post-in`), node.id, organization.id, 'post in', undefined, undefined, []);
      }
      this.kept++;
    }
    this.kept += this.usedPositions.size;
  }

  /** One action per (body, announced date, program): FtM has no announcements, so they are synthesised. */
  actions(): Action[] {
    const groups = new Map<string, Measure[]>();
    for (const m of this.measures) {
      const key = `${m.body}|${m.announced}|${programOf(m) ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(m);
      else groups.set(key, [m]);
    }
    const actionIds = new Set<string>();
    const actions: Action[] = [];
    const fileName = this.fileName;
    for (const [key, measures] of groups) {
      const [m] = measures;
      if (m === undefined) continue;
      const program = programOf(m);
      const programSlug = program === undefined ? '' : slugify(program, 30);
      let id = `act-${m.announced}-${m.body}${programSlug === '' ? '' : `-${programSlug}`}`;
      if (actionIds.has(id)) id = `${id}-${shortHash(key)}`;
      for (let n = 2; actionIds.has(id); n++) id = `${id}-${n}`;
      actionIds.add(id);
      const bodyName = this.nodes.get(m.body)?.name ?? m.body;
      const targets = new Set(measures.map((x) => x.target)).size;
      const dateText = isUndatedMeasure(m) ? 'on an unknown date' : `on ${m.announced}`;
      actions.push({
        id,
        date: m.announced,
        title: `${bodyName}: ${targets} ${targets === 1 ? 'target' : 'targets'}${program === undefined ? '' : ` under ${program}`}`,
        body: m.body,
        description: `${measures.length} ${measures.length === 1 ? 'measure' : 'measures'} listed by ${bodyName} ${dateText}` +
          `${program === undefined ? '' : ` under ${program}`}. Grouped on import from ${fileName}: FollowTheMoney has no ` +
          'announcements, so the measures of one authority, date and program are taken as one action.',
        respondsTo: [],
        confidence: isUndatedMeasure(m) ? 'unverified' : 'inference',
        notes: [],
        sources: this.sources,
      });
      for (const x of measures) x.action = id;
    }
    return actions;
  }
}

/** A post's name as a role title: "Chair, USCIRF" in USCIRF is "Chair" (our export names posts so). */
function postTitle(name: string, organizationName: string): string {
  const suffix = `, ${organizationName}`;
  return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : name;
}

/**
 * Whether provisions extend a measure to family: "does not extend to family" -> no; "may extend..." -> possibly;
 * any other mention of family -> included; none -> unknown.
 */
function familyScope(provisions: readonly string[]): Measure['family'] {
  const text = provisions.join(' ');
  if (!/famil/i.test(text)) return 'unknown';
  if (/\b(not|no|excludes?|excluding)\b[^.;]*famil/i.test(text)) return 'no';
  return /\b(may|possibly|might)\b/i.test(text) ? 'possibly' : 'included';
}

/** What an action is grouped by besides body and date: the program id, else the program text. */
function programOf(m: Measure): string | undefined {
  return m.program ?? (m.legalBasis === NO_LEGAL_BASIS ? undefined : m.legalBasis);
}

const KIND_BY_LABEL = (Object.entries(MEASURE_KIND_LABEL) as [MeasureKind, string][]).map(([kind, label]) => ({ kind, label: label.toLowerCase() }));

/**
 * The kind of a provisions or program text: the kind whose label (MEASURE_KIND_LABEL) the text starts with,
 * as our own export writes it ("Visa ban under ..."); else the first matching rule of MEASURE_KIND_RULES.
 */
export function kindOfText(text: string): MeasureKind | undefined {
  return labelKind(text) ?? MEASURE_KIND_RULES.find((rule) => rule.pattern.test(text))?.kind;
}

function labelKind(text: string): MeasureKind | undefined {
  const lower = text.trim().toLowerCase();
  return KIND_BY_LABEL.find((k) => lower.startsWith(k.label))?.kind;
}

/**
 * The measure kinds of a Sanction, documented in order:
 * 0. provisions that start with a kind's label (MEASURE_KIND_LABEL, as our own export writes them) -> that kind;
 * 1. the Sanction's topics include `sanction.counter`, or its provisions or program read as a counter-measure
 *    -> counterSanction;
 * 2. each of its `provisions` values read by MEASURE_KIND_RULES: one measure per distinct kind found
 *    (a UK listing with "Asset freeze" and "Travel ban" becomes a blocking and a visa ban);
 * 3. its `programId` and `program` read by the same rules (US-NS-CMIC -> investmentBan, US-BIS-EL -> export...);
 * 4. the target's topics include `sanction.counter` -> counterSanction;
 * 5. guessed: the authority's usual kind (KNOWN_AUTHORITIES), else DEFAULT_MEASURE_KIND (blocking).
 */
export function guessMeasureKinds(
  sanction: FtmEntity,
  targetTopics: readonly string[],
  authority: Pick<SanctioningAuthority, 'defaultMeasureKind'>,
): { kinds: MeasureKind[]; guessed: boolean } {
  const provisions = values(sanction, 'provisions');
  const labelled = [...new Set(provisions.map(labelKind).filter((k): k is MeasureKind => k !== undefined))];
  if (labelled.length > 0) return { kinds: labelled, guessed: false };
  const program = [...values(sanction, 'programId'), ...values(sanction, 'program')].join(' ');
  const counter = MEASURE_KIND_RULES[0]?.pattern;
  if (values(sanction, 'topics').includes('sanction.counter') || (counter !== undefined && [...provisions, program].some((t) => counter.test(t)))) {
    return { kinds: ['counterSanction'], guessed: false };
  }
  const fromProvisions = [...new Set(provisions.map(kindOfText).filter((k): k is MeasureKind => k !== undefined))];
  if (fromProvisions.length > 0) return { kinds: fromProvisions, guessed: false };
  const fromProgram = program === '' ? undefined : kindOfText(program);
  if (fromProgram !== undefined) return { kinds: [fromProgram], guessed: false };
  if (targetTopics.includes('sanction.counter')) return { kinds: ['counterSanction'], guessed: false };
  return { kinds: [authority.defaultMeasureKind ?? DEFAULT_MEASURE_KIND], guessed: true };
}

export interface FtmMappingResult {
  dataset: Dataset;
  /** Entities that became part of the dataset. */
  entitiesKept: number;
}

/**
 * Maps the collected entities of one file onto a Dataset (see the rules on each constant above). Every
 * record cites one Source, "Imported from <file name>". Entities that cannot be placed are reported, never
 * dropped silently. Returns a dataset that passes validateDataset.
 */
export function mapFtmEntities(
  collection: FtmEntityCollection,
  report: ReportBuilder,
  options: FtmMappingOptions,
  onLinked?: (linked: number) => void,
): FtmMappingResult {
  const mapper = new Mapper(report, options);
  const edges: { c: Collected; schema: string }[] = [];
  let linked = 0;
  const step = () => {
    linked++;
    if (onLinked !== undefined && linked % 1000 === 0) onLinked(linked);
  };
  // Pass 1: ids for every entity (so that nodes keep their own ids), then the nodes.
  for (const c of collection.entries()) mapper.ids.forFtm(c.entity.id);
  for (const c of collection.entries()) {
    const { schema } = c.entity;
    const kind = NODE_KIND_BY_SCHEMA[schema];
    if (kind !== undefined) {
      mapper.addNode(c, kind);
      step();
    }
    else {
      mapper.otherSchema.set(c.entity.id, schema);
      if (schema === 'Position') mapper.positions.set(c.entity.id, c);
      else if (SUPPORTED_SCHEMATA.has(schema)) edges.push({ c, schema });
      else report.skip(c.line, 'unsupportedSchema', `${schema} ${c.entity.id}: ${schema} entities are not shown in this graph`);
    }
  }
  // Pass 2: relationships, in file order.
  for (const { c, schema } of edges) {
    const roleSpec = ROLE_SCHEMATA[schema];
    const linkSpec = LINK_SCHEMATA[schema];
    if (schema === 'Sanction') mapper.addSanction(c);
    else if (schema === 'Occupancy') mapper.addOccupancy(c);
    else if (roleSpec !== undefined) mapper.addInterest(c, roleSpec);
    else if (linkSpec !== undefined) mapper.addLink(c, linkSpec);
    step();
  }
  mapper.addUnusedPositions();
  if (mapper.ids.rewritten > 0) {
    report.warn(0, 'renamedId', `${mapper.ids.rewritten} ids did not fit the id format (lower-case letters, digits, . _ : -) and were rewritten; each keeps its FtM id in a note`);
  }
  const actions = mapper.actions();
  const fileName = mapper.fileName;
  const nodes = [...mapper.nodes.values()];
  const dataset: Dataset = {
    info: {
      id: mapper.source.id,
      title: mapper.source.title,
      version: options.version ?? `ftm-${shortHash(nodes.map((n) => n.id).join('\n'))}-${mapper.measures.length}`,
      description: `FollowTheMoney entities imported from ${fileName}.`,
    },
    sources: [mapper.source],
    nodes,
    roles: mapper.roles,
    measures: mapper.measures,
    actions,
    links: mapper.links,
  };
  return { dataset, entitiesKept: mapper.kept };
}
