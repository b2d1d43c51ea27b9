// FtM parties (Person, Company, Organization, PublicBody, LegalEntity) -> nodes: the name by FtM's caption
// rule, aliases with their script, countries, birth, topics, and every other property as a labelled fact
// (identifiers searchable). Properties the model does not know are kept and reported by name.
import type { Alias, EntityNode, Fact, NodeKind } from '../../model/schema.ts';
import type { Collected } from './collection.ts';
import { GROUP_SUMMARY } from './conventions.ts';
import { fileIdNote, readNotes, type MappingContext } from './context.ts';
import { first, values, type FtmEntity } from './entity.ts';
import { propertyOf, schemaOf } from './model.ts';
import { chineseNameOf, scriptNote } from './scripts.ts';
import { cleanText, earliestDate, toCountryCode } from './text.ts';
import { SOURCE_LIST } from './conventions.ts';

/** FtM schema -> node kind. */
export const NODE_KIND_BY_SCHEMA: Readonly<Record<string, NodeKind>> = {
  Person: 'person',
  PublicBody: 'agency',
  Company: 'company',
  Organization: 'organization',
  LegalEntity: 'organization',
};


/** Properties a party's node uses directly; every other property becomes a fact (or, if a reference, is resolved). */
const USED = new Set([
  'name', 'alias', 'weakAlias', 'previousName', 'country', 'nationality', 'citizenship', 'jurisdiction',
  'mainCountry', 'topics', 'notes', 'description', 'summary', 'birthDate', 'birthPlace', 'sourceUrl', 'position',
]);

/** FtM property types whose values are identifiers: searchable, shown under Identifiers. */
const IDENTIFIER_TYPES = new Set(['identifier', 'checksum']);

/**
 * The name shown for an entity, by FtM's rule: its `caption` (OpenSanctions writes the best name there),
 * else the first value of the schema's caption properties in order (Person: name, lastName, email, phone;
 * Vessel: name, imoNumber), except that a person without a `name` is named by first, middle and last name
 * joined (as OpenSanctions builds names) before the last name alone; else an alias.
 */
export function captionOf(entity: FtmEntity): string | undefined {
  if (entity.caption !== undefined) return entity.caption;
  const name = first(entity, 'name');
  if (name !== undefined) return name;
  if (entity.schema === 'Person') {
    const parts = ['firstName', 'middleName', 'lastName'].map((p) => first(entity, p)).filter((p) => p !== undefined);
    if (parts.length > 0) return parts.join(' ');
  }
  for (const property of schemaOf(entity.schema)?.caption ?? []) {
    const value = first(entity, property);
    if (value !== undefined) return value;
  }
  return first(entity, 'alias') ?? first(entity, 'weakAlias') ?? first(entity, 'previousName');
}

/** Every property not used directly, as a fact labelled by the model; unknown properties reported. */
export function factsOf(ctx: MappingContext, c: Collected, used: ReadonlySet<string> = USED): Fact[] {
  const { entity } = c;
  const facts: Fact[] = [];
  for (const [name, list] of Object.entries(entity.properties)) {
    if (used.has(name)) continue;
    const property = propertyOf(entity.schema, name);
    const from = /^[A-Za-z]+$/.test(name) ? { property: name } : {};
    if (property === undefined) {
      ctx.unknownProperty(c, name);
      for (const value of list) facts.push({ label: name, value: cleanText(value), group: 'about', ...from });
      continue;
    }
    const type = property.type.name;
    if (type === 'entity') continue;
    const group: Fact['group'] = IDENTIFIER_TYPES.has(type)
      ? 'identifier'
      : type === 'url'
        ? 'link'
        : type === 'address'
          ? 'address'
          : 'about';
    for (const value of list) {
      const clean = cleanText(type === 'country' ? value.toUpperCase() : value);
      if (clean !== '') facts.push({ label: property.label, value: clean, group, ...from });
    }
  }
  return facts;
}

/** The record facts OpenSanctions adds: source URLs, source lists, first and last seen. */
export function recordFacts(entity: FtmEntity): Fact[] {
  const facts: Fact[] = values(entity, 'sourceUrl').map((url) => ({
    label: 'Source URL',
    value: url,
    group: 'link',
    property: 'sourceUrl',
  }));
  for (const dataset of entity.datasets ?? []) facts.push({ label: SOURCE_LIST, value: dataset, group: 'record' });
  if (entity.first_seen !== undefined) facts.push({ label: 'First seen', value: entity.first_seen, group: 'record' });
  if (entity.last_seen !== undefined) facts.push({ label: 'Last seen', value: entity.last_seen, group: 'record' });
  return facts;
}

/** Maps one party entity to a node. */
export function addParty(ctx: MappingContext, c: Collected, kind: NodeKind): void {
  const { entity } = c;
  const id = ctx.ids.forFtm(entity.id);
  let name = captionOf(entity);
  if (name === undefined) {
    name = `Unnamed ${entity.schema} ${entity.id}`;
    ctx.report.warn(c.line, 'noName', `${entity.schema} ${entity.id} has no name: shown as "${name}"`);
  }
  name = cleanText(name);

  // People: nationality before country (country may be a residence); others: country, then jurisdiction.
  const countryProperties =
    kind === 'person'
      ? ['nationality', 'citizenship', 'country', 'jurisdiction', 'mainCountry']
      : ['country', 'jurisdiction', 'mainCountry', 'nationality', 'citizenship'];
  const countries = [...new Set(countryProperties.flatMap((p) => values(entity, p)).map(toCountryCode))].filter(
    (code): code is string => code !== undefined,
  );

  const candidates: { name: string; note?: string }[] = [
    ...values(entity, 'name').map((n) => ({ name: n })),
    ...values(entity, 'alias').map((n) => ({ name: n })),
    ...values(entity, 'weakAlias').map((n) => ({ name: n, note: 'weak alias' })),
    ...values(entity, 'previousName').map((n) => ({ name: n, note: 'previous name' })),
  ];
  const seen = new Set([name.toLowerCase()]);
  const chineseName = scriptNote(name) === 'Han characters' ? undefined : chineseNameOf(candidates.map((a) => cleanText(a.name)), countries);
  if (chineseName !== undefined) seen.add(chineseName.toLowerCase());
  const aliases: Alias[] = [];
  for (const candidate of candidates) {
    const alias = cleanText(candidate.name);
    if (alias === '' || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    const note = [candidate.note, scriptNote(alias)].filter((n) => n !== undefined).join(', ');
    aliases.push(note === '' ? { name: alias } : { name: alias, note });
  }

  const notes: string[] = [];
  if (countries.length > 1) notes.push(`Other countries: ${countries.slice(1).join(', ')}`);
  for (const position of values(entity, 'position')) notes.push(`Position: ${cleanText(position)}`);
  const read = readNotes(values(entity, 'notes'));
  notes.push(...read.notes);

  const group =
    entity.schema === 'Organization'
      ? values(entity, 'summary')
          .map((t) => GROUP_SUMMARY.exec(cleanText(t)))
          .find((m) => m !== null)
      : undefined;
  const description = first(entity, 'description') ?? (group === undefined ? first(entity, 'summary') : undefined);
  const node: EntityNode = {
    id,
    kind: group === undefined ? kind : 'group',
    name,
    aliases,
    description: description !== undefined ? cleanText(description) : `${entity.schema} imported from ${ctx.fileName}.`,
    confidence: read.confidence,
    notes,
    ...fileIdNote(id, entity.id),
    sources: ctx.sources,
  };
  if (chineseName !== undefined) node.chineseName = chineseName;
  if (group?.[1] !== undefined) node.memberCount = Number(group[1]);
  if (group === undefined) node.schema = entity.schema;
  if (countries[0] !== undefined) node.country = countries[0];
  const topics = values(entity, 'topics');
  if (topics.length > 0) {
    node.topics = topics;
    ctx.topics.set(id, topics);
  }
  const facts = [...factsOf(ctx, c), ...recordFacts(entity)];
  if (kind !== 'person' && first(entity, 'birthDate') !== undefined) {
    facts.push(...values(entity, 'birthDate').map((v): Fact => ({ label: 'Birth date', value: v, group: 'about' })));
  }
  if (facts.length > 0) node.facts = facts;
  if (kind === 'person') {
    const birthValues = values(entity, 'birthDate');
    const date = earliestDate(birthValues);
    if (date === undefined && birthValues.length > 0) {
      ctx.report.warn(c.line, 'invalidDate', `${entity.id}: birth date "${birthValues[0]}" is not a date`);
    }
    const place = first(entity, 'birthPlace');
    if (date !== undefined || place !== undefined) {
      node.birth = {};
      if (date !== undefined) node.birth.date = date;
      if (place !== undefined) node.birth.place = cleanText(place);
    }
    const otherBirthDates = birthValues.filter((v) => v !== date);
    if (otherBirthDates.length > 0) {
      node.facts = [...(node.facts ?? []), ...otherBirthDates.map((v): Fact => ({ label: 'Other birth date', value: v, group: 'about' }))];
    }
  }
  ctx.nodes.set(id, node);
  ctx.kept++;
}
