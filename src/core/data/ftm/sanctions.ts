// FtM Sanction -> measures: one per Sanction, from the authority that imposed it, with the list type (sanctions,
// debarment, ...), every provision, the announcement date (earliest of startDate and listingDate) and
// the other dates labelled; authorities resolved to sanctioning bodies keyed by name and country.
import { MEASURE_KIND_LABEL } from '../../model/labels.ts';
import type { EntityNode, Fact, Measure, MeasureStatus, PartialDate } from '../../model/schema.ts';
import {
  authorityKey, leadAuthorityIndex, normaliseAuthority, programmeAuthority, type SanctioningAuthority,
} from './authority.ts';
import type { Collected } from './collection.ts';
import { fileIdNote, readNotes, type MappingContext } from './context.ts';
import { ALSO_NAMED_AUTHORITY, PUBLISHED_BY } from './conventions.ts';
import { first, values } from './entity.ts';
import { listTypeOf } from './lists.ts';
import { readMeasureKind } from './measureKinds.ts';
import { UNDATED_ANNOUNCED } from './undated.ts';
import { cleanText, earliestDate, isCertainlyBefore, toCountryCode, toPartialDate } from './text.ts';

/** `legalBasis` of a measure whose Sanction has neither `program` nor `programId`. */
export const NO_LEGAL_BASIS = 'Not stated in the source';

/**
 * A provision that names a legal act rather than what the measure does: "(UE) 2025/389 du 24/02/2025",
 * "Council Regulation (EU) 269/2014", "Décision 2014/145/PESC". Monaco's list, for one, gives the EU act there.
 */
const LEGAL_ACT = /\((?:UE|EU|CE|EC)\)\s*(?:n[°o]\s*)?\d{2,4}\/\d+|\b(?:regulation|decision|règlement|décision|directive|decree|ordinance)\b/i;

/** The legal basis a Sanction states: its program, else its program id, else a provision naming a legal act. */
function legalBasisOf(programTexts: readonly string[], programIds: readonly string[], provisions: readonly string[]): string {
  return programTexts[0] ?? programIds[0] ?? provisions.find((p) => LEGAL_ACT.test(p)) ?? NO_LEGAL_BASIS;
}

function mergeableIntoBody(kind: EntityNode['kind']): boolean {
  return kind === 'agency' || kind === 'organization' || kind === 'sanctioningBody';
}

/** The body a measure is drawn from, with the authority text that named it (none when the Sanction names none). */
interface SanctionBody {
  id: string;
  authority: SanctioningAuthority;
  raw: string | undefined;
}

/** Sanctioning bodies made from authority texts, keyed by authority id (name and country). */
export class Bodies {
  private readonly byAuthority = new Map<string, string>();
  private byName: Map<string, EntityNode> | null = null;

  constructor(private readonly ctx: MappingContext) {}

  /**
   * The body that imposed a Sanction (see leadAuthorityIndex), and the other authorities it names, once each
   * and without other spellings of the body itself (those become its aliases).
   */
  forSanction(c: Collected, programIds: readonly string[]): { lead: SanctionBody; alsoNamed: string[]; publishedBy: string[] } {
    const country = toCountryCode(first(c.entity, 'country'));
    // Resolved without side effects first: only the lead becomes (or is marked as) a body.
    const named = values(c.entity, 'authority').map((raw) => {
      const authority = normaliseAuthority(raw, country);
      const entity = this.entityNamed(raw);
      return { raw, authority, entity, body: entity?.id ?? this.byAuthority.get(authority.id) ?? authority.id };
    });
    // A listing of the EU's programme is the EU's, though a member's registry names itself (programmeAuthority).
    const programme = programmeAuthority(programIds, country);
    const at = leadAuthorityIndex(
      named.map((n) => n.authority),
      named.map((n) => n.entity !== undefined || n.authority.known),
      programme,
    );
    const lead =
      at === -1 && programme !== undefined
        ? { raw: undefined, authority: programme, entity: undefined, body: this.byAuthority.get(programme.id) ?? programme.id }
        : named[at];
    if (lead === undefined) {
      const authority: SanctioningAuthority =
        country === undefined
          ? { id: 'authority-not-stated', name: 'Authority not stated', known: false }
          : {
              id: `authority-not-stated-${country.toLowerCase()}`,
              name: `Authority not stated (${country})`,
              country,
              known: false,
            };
      this.ctx.report.warn(c.line, 'missingAuthority', `Sanction ${c.entity.id} names no authority: "${authority.name}" used`);
      return { lead: { id: this.bodyNode(authority, undefined), authority, raw: undefined }, alsoNamed: [], publishedBy: [] };
    }
    // The same body as the lead: by node, or by the authority it resolves to.
    const sameBody = (n: (typeof named)[number]) => n.body === lead.body || n.authority.id === lead.authority.id;
    // Under the EU's programme, an authority the table does not know is a registry that published it; a known
    // body (the UN Security Council beside the Council) is named beside, as without the programme.
    const alsoNamed = new Map<string, string>();
    const publishedBy = new Map<string, string>();
    for (const n of named) {
      if (sameBody(n) || cleanText(n.raw) === '') continue;
      const known = n.authority.known || n.entity !== undefined || normaliseAuthority(n.raw).known;
      const to = programme && !known ? publishedBy : alsoNamed;
      if (!alsoNamed.has(n.body) && !publishedBy.has(n.body)) to.set(n.body, cleanText(n.raw));
    }
    const spellings = named.filter((n) => n !== lead && sameBody(n)).map((n) => n.raw);
    const { raw, authority, entity } = lead;
    let id: string;
    if (entity !== undefined) {
      // The file has the authority as an entity of its own (our export writes bodies so): that node is the body.
      entity.kind = 'sanctioningBody';
      if (entity.country === undefined && authority.country !== undefined) entity.country = authority.country;
      if (!this.byAuthority.has(authority.id)) this.byAuthority.set(authority.id, entity.id);
      id = entity.id;
    } else {
      if (raw !== undefined && !authority.known && !this.byAuthority.has(authority.id)) {
        this.ctx.report.warn(c.line, 'unknownAuthority', `authority "${cleanText(raw)}" is not in the table: body "${authority.id}"`);
      }
      id = this.bodyNode(authority, raw);
    }
    for (const spelling of spellings) this.addAlias(id, spelling);
    return { lead: { id, authority, raw }, alsoNamed: [...alsoNamed.values()], publishedBy: [...publishedBy.values()] };
  }

  private bodyNode(authority: SanctioningAuthority, raw: string | undefined): string {
    const existing = this.byAuthority.get(authority.id);
    if (existing !== undefined) {
      this.addAlias(existing, raw);
      return existing;
    }
    const { ctx } = this;
    let id = authority.id;
    const node = ctx.nodes.get(id);
    if (node !== undefined && mergeableIntoBody(node.kind)) {
      node.kind = 'sanctioningBody';
      if (node.country === undefined && authority.country !== undefined) node.country = authority.country;
    } else {
      if (ctx.ids.used.has(id)) id = ctx.ids.fresh(`${id}-body`);
      else ctx.ids.used.add(id);
      const body: EntityNode = {
        id,
        kind: 'sanctioningBody',
        name: authority.name,
        aliases: [],
        description: authority.known
          ? `${authority.name}, the body behind listings in ${ctx.fileName}.`
          : `Authority named in ${ctx.fileName}; not in the importer's table of known bodies.`,
        confidence: 'confirmed',
        notes: [],
        sources: ctx.sources,
      };
      if (authority.country !== undefined) body.country = authority.country;
      ctx.nodes.set(id, body);
    }
    this.byAuthority.set(authority.id, id);
    this.addAlias(id, raw);
    return id;
  }

  /** The first agency or organisation of the file whose name is the authority text (ignoring case and punctuation). */
  private entityNamed(raw: string): EntityNode | undefined {
    if (this.byName === null) {
      this.byName = new Map();
      for (const node of this.ctx.nodes.values()) {
        if (!mergeableIntoBody(node.kind)) continue;
        const key = authorityKey(node.name);
        if (!this.byName.has(key)) this.byName.set(key, node);
      }
    }
    return this.byName.get(authorityKey(raw));
  }

  private addAlias(id: string, raw: string | undefined): void {
    const node = this.ctx.nodes.get(id);
    if (node === undefined || raw === undefined) return;
    const alias = cleanText(raw);
    const lower = alias.toLowerCase();
    const taken = lower === node.name.toLowerCase() || node.aliases.some((a) => a.name.toLowerCase() === lower);
    if (!taken && node.aliases.length < 20) node.aliases.push({ name: alias, note: 'authority as written in the file' });
  }
}

/** Dates of a Sanction: announced = earliest of startDate and listingDate; the others kept as labelled facts. */
function readDates(ctx: MappingContext, c: Collected) {
  const { entity } = c;
  const facts: Fact[] = [];
  const notes: string[] = [];
  const listing = values(entity, 'listingDate');
  const start = values(entity, 'startDate');
  const other = values(entity, 'date');
  for (const raw of [...listing, ...start, ...other, ...values(entity, 'endDate')]) {
    if (toPartialDate(raw) === undefined) ctx.report.warn(c.line, 'invalidDate', `Sanction ${entity.id}: "${raw}" is not a date`);
  }
  let announced = earliestDate([...start, ...listing]) ?? earliestDate(other);
  let effective: PartialDate | undefined;
  const started = earliestDate(start);
  if (started !== undefined && announced !== undefined && started !== announced && !isCertainlyBefore(started, announced)) {
    effective = started;
  }
  for (const [property, label] of [['listingDate', 'Listing date'], ['startDate', 'Start date'], ['date', 'Date']] as const) {
    for (const raw of values(entity, property)) {
      const date = toPartialDate(raw);
      if (date !== undefined && date !== announced && date !== effective) facts.push({ label, value: date, group: 'record' });
    }
  }
  for (const property of ['modifiedAt', 'createdAt'] as const) {
    for (const raw of values(entity, property)) facts.push({ label: property === 'modifiedAt' ? 'Modified' : 'Created', value: raw, group: 'record' });
  }
  const end = earliestDate(values(entity, 'endDate'));
  let confidence: Measure['confidence'] = 'confirmed';
  let undated = false;
  let seenBy = false;
  if (announced === undefined) {
    const seen = toPartialDate(entity.first_seen);
    if (seen !== undefined) {
      announced = seen;
      seenBy = true;
      confidence = 'inference';
      notes.push(`No date in the source: ${seen} is when the publisher first saw the listing (first_seen), so it was announced by then.`);
      ctx.report.warn(c.line, 'inferredDate', `Sanction ${entity.id}: no date; first_seen ${seen} used`);
    } else if (ctx.options.undatedSanctions !== 'skip') {
      announced = UNDATED_ANNOUNCED;
      confidence = 'unverified';
      undated = true;
      ctx.report.warn(c.line, 'placeholderDate', `Sanction ${entity.id}: no date; shown as undated`);
    }
  }
  return { announced, effective, end, facts, notes, confidence, undated, seenBy };
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

function statusOf(text: string): MeasureStatus {
  const lower = text.toLowerCase();
  // A listing whose term ran out (Ukraine's are for three or ten years) is not one lifted by a decision.
  if (/expir|lapsed/.test(lower)) return 'expired';
  if (/lift|revok|delist|remov|ended|inactive|terminat|suspend/.test(lower)) return 'lifted';
  if (/active|in force|current|listed|designated/.test(lower)) return 'inForce';
  return 'unknown';
}

/** Maps one Sanction to one measure; a Sanction whose target is missing is reported, never drawn. */
export function addSanction(ctx: MappingContext, bodies: Bodies, c: Collected): void {
  const { entity } = c;
  const target = ctx.resolve(c, 'entity');
  if (target === undefined) return;
  const extraTargets = values(entity, 'entity').slice(1);
  if (extraTargets.length > 0) {
    ctx.report.warn(c.line, 'ignoredValues', `Sanction ${entity.id}: only the first of ${extraTargets.length + 1} entities is its target`);
  }
  const dates = readDates(ctx, c);
  if (dates.announced === undefined) {
    ctx.report.skip(c.line, 'undatedSanction', `Sanction ${entity.id} has no listingDate, startDate or date`);
    return;
  }
  const programIds = values(entity, 'programId').map(cleanText);
  const programTexts = values(entity, 'program').map(cleanText);
  const targetTopics = ctx.topics.get(target.id) ?? [];
  const reading = readMeasureKind({
    provisions: values(entity, 'provisions').map(cleanText),
    programs: [...programIds, ...programTexts],
    topics: values(entity, 'topics'),
    targetTopics,
  });
  if (!reading.stated) {
    ctx.report.warn(c.line, 'guessedMeasureKind', `Sanction ${entity.id}: no provision or program says what it does; shown as "${MEASURE_KIND_LABEL.listing}"`);
  }
  const listType = listTypeOf(entity.datasets ?? [], programIds, values(entity, 'topics'), targetTopics);

  const notes = [...dates.notes];
  const read = readNotes(values(entity, 'description'));
  notes.push(...read.notes);
  const confidence = dates.confidence === 'confirmed' ? read.confidence : dates.confidence;
  for (const reason of values(entity, 'reason')) notes.push(`Reason: ${cleanText(reason)}`);
  const facts: Fact[] = [...dates.facts];
  for (const p of programTexts.slice(1)) facts.push({ label: 'Also under', value: p, group: 'about' });
  for (const p of programIds.slice(1)) facts.push({ label: 'Also program', value: p, group: 'about' });
  for (const [property, label] of [
    ['duration', 'Duration'], ['authorityId', 'Listing id'], ['unscId', 'UN listing id'], ['status', 'Status as written'],
    ['summary', 'Summary'], ['country', 'Country'],
  ] as const) {
    for (const value of values(entity, property)) facts.push({ label, value: cleanText(value), group: 'about' });
  }
  // Once each: Ukraine's listings give the same address as source and as program.
  for (const url of new Set([...values(entity, 'sourceUrl'), ...values(entity, 'programUrl')])) {
    facts.push({ label: 'Source URL', value: url, group: 'link' });
  }
  const measureId = ctx.ids.forFtm(entity.id);
  const provisionTexts = reading.provisions.map((p) => p.text);
  const { lead: body, alsoNamed, publishedBy } = bodies.forSanction(c, programIds);
  for (const name of alsoNamed) facts.push({ label: ALSO_NAMED_AUTHORITY, value: name, group: 'about' });
  for (const name of publishedBy) facts.push({ label: PUBLISHED_BY, value: name, group: 'about' });
  const bodyName = ctx.nodes.get(body.id)?.name ?? body.authority.name;
  if (body.raw !== undefined && cleanText(body.raw) !== bodyName) notes.push(`Authority as written: ${cleanText(body.raw)}`);
  const measure: Measure = {
    id: measureId,
    kind: reading.kind,
    body: body.id,
    target: target.id,
    action: '',
    announced: dates.announced ?? UNDATED_ANNOUNCED,
    legalBasis: legalBasisOf(programTexts, programIds, provisionTexts),
    description: provisionTexts.length > 0 ? provisionTexts.join('; ') : `${MEASURE_KIND_LABEL[reading.kind]} by ${bodyName}`,
    family: familyScope(provisionTexts),
    status: statusOf(first(entity, 'status') ?? ''),
    listType,
    confidence,
    // Once each: a file may give one reason twice, differing only in white space.
    notes: [...new Set(notes)],
    ...fileIdNote(measureId, entity.id),
    sources: ctx.sources,
  };
  if (dates.effective !== undefined) measure.effective = dates.effective;
  if (dates.end !== undefined) measure.end = dates.end;
  if (dates.undated) measure.undated = true;
  if (dates.seenBy) measure.announcedBy = true;
  if (programIds[0] !== undefined) measure.program = programIds[0];
  if (reading.provisions.length > 0) measure.provisions = reading.provisions;
  if (facts.length > 0) measure.facts = facts;
  if (entity.datasets !== undefined) measure.datasets = [...entity.datasets];
  ctx.measures.push(measure);
  ctx.kept++;
}
