// What the server needs to know of the FollowTheMoney model, read from the model shipped in
// @alephdata/followthemoney: which schemata are parties (things with names), which properties are names,
// identifiers and entity references, and the reverse property a nested export writes a child under.
import { defaultModel } from '@alephdata/followthemoney';

interface PropertySpec {
  type: string;
  reverse?: string;
  stub?: boolean;
}
interface SchemaSpec {
  extends?: string[];
  caption?: string[];
  properties: Record<string, PropertySpec>;
}

const SCHEMATA = (defaultModel as unknown as { schemata: Record<string, SchemaSpec> }).schemata;

function ancestors(schema: string): string[] {
  const out: string[] = [];
  const queue = [schema];
  while (queue.length > 0) {
    const name = queue.shift();
    if (name === undefined || out.includes(name)) continue;
    out.push(name);
    queue.push(...(SCHEMATA[name]?.extends ?? []));
  }
  return out;
}

/** A property of a schema, looked up through the schemata it extends. */
export function propertyOf(schema: string, property: string): PropertySpec | undefined {
  for (const name of ancestors(schema)) {
    const spec = SCHEMATA[name]?.properties[property];
    if (spec !== undefined) return spec;
  }
  return undefined;
}

const partyCache = new Map<string, boolean>();
/** True for schemata that are things with names of their own (Person, Company, Vessel...), not relationships. */
export function isParty(schema: string): boolean {
  let known = partyCache.get(schema);
  if (known === undefined) {
    const chain = ancestors(schema);
    known = chain.includes('Thing') && !chain.includes('Interval');
    partyCache.set(schema, known);
  }
  return known;
}

/** Identifier properties that say where a listing comes from rather than who the party is. */
const NOT_IDENTITY = new Set(['programId', 'authorityId', 'unscId', 'callId', 'sourceUrl']);

/** True when the property's values are identifiers of the party (registration, tax, IMO, passport numbers...). */
export function isIdentifierProperty(schema: string, property: string): boolean {
  return !NOT_IDENTITY.has(property) && propertyOf(schema, property)?.type === 'identifier';
}

/** True when the property's values are names of the party. */
export function isNameProperty(schema: string, property: string): boolean {
  return propertyOf(schema, property)?.type === 'name';
}

/** The schema's caption properties in the model's order of preference ("name" first for most). */
export function captionProperties(schema: string): string[] {
  for (const name of ancestors(schema)) {
    const caption = SCHEMATA[name]?.caption;
    if (caption !== undefined && caption.length > 0) return caption;
  }
  return ['name'];
}

/**
 * For a stub property (one a nested export fills with the entities that point here, e.g. Person.sanctions),
 * the property of the child that points back (Sanction.entity); undefined for ordinary properties.
 */
export function backReference(schema: string, property: string): string | undefined {
  const spec = propertyOf(schema, property);
  return spec?.type === 'entity' && spec.stub === true ? spec.reverse : undefined;
}
