// The FollowTheMoney entity as it arrives on one line of a JSON-lines file, and the checks that tell an
// FtM entity from any other JSON value. No mapping here: see mapping.ts for how entities become our records.

/** One FtM entity: `{"id", "schema", "properties": {"name": ["..."], ...}}`, every property a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** OpenSanctions adds these at the top level; first_seen bounds an undated listing from above. */
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
  /** OpenSanctions' display name, chosen among the names (FtM: the caption comes first). */
  caption?: string;
  /** Ids of the OpenSanctions source lists the entity was merged from. */
  datasets?: string[];
  /** Other ids of the same entity (OpenSanctions writes the ids it merged here). */
  referents?: string[];
}

/**
 * Every schema name of the FollowTheMoney model shipped in @alephdata/followthemoney 3.8
 * (a test keeps this list equal to the model's). A name not here is an "unknown schema".
 */
export const FTM_SCHEMATA: ReadonlySet<string> = new Set([
  'Address', 'Airplane', 'Analyzable', 'Article', 'Assessment', 'Asset', 'Associate', 'Audio', 'BankAccount', 'Call',
  'CallForTenders', 'Company', 'Contract', 'ContractAward', 'CourtCase', 'CourtCaseParty', 'CryptoWallet', 'Debt',
  'Directorship', 'Document', 'Documentation', 'EconomicActivity', 'Email', 'Employment', 'Event', 'Family', 'Folder',
  'HyperText', 'Identification', 'Image', 'Interest', 'Interval', 'LegalEntity', 'License', 'Membership', 'Mention',
  'Message', 'Note', 'Occupancy', 'Organization', 'Ownership', 'Package', 'Page', 'Pages', 'Passport', 'Payment',
  'Person', 'PlainText', 'Position', 'Post', 'Project', 'ProjectParticipant', 'PublicBody', 'RealEstate',
  'Representation', 'Sanction', 'Security', 'Similar', 'Succession', 'Table', 'TaxRoll', 'Thing', 'Trip', 'UnknownLink',
  'UserAccount', 'Value', 'Vehicle', 'Vessel', 'Video', 'Workbook',
]);

/** Why a parsed JSON value is not a usable FtM entity. */
export type EntityShapeProblem = 'notAnObject' | 'missingId' | 'missingSchema' | 'unknownSchema';

export type EntityShapeResult =
  | { ok: true; entity: FtmEntity }
  | { ok: false; problem: EntityShapeProblem; detail: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entity written inside a property of another (OpenSanctions' targets.nested.json), to be read on its own. */
export interface NestedEntity {
  value: Record<string, unknown>;
  parentId: string;
  parentSchema: string;
  property: string;
}

/**
 * Property values as a list of non-empty trimmed strings: FtM writes lists, but a lone string or number is
 * accepted. A nested entity (an object with an id and a schema) stands as its id; it is handed to `nested`.
 */
function propertyValues(value: unknown, onNested: (item: Record<string, unknown>) => void): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      const trimmed = item.trim();
      if (trimmed !== '') out.push(trimmed);
    } else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
    else if (isRecord(item) && typeof item.id === 'string' && item.id.trim() !== '') {
      out.push(item.id.trim());
      if (typeof item.schema === 'string') onNested(item);
    }
  }
  return out;
}

/**
 * Checks that a parsed JSON value is an FtM entity (an object with a string id and a known schema) and
 * normalises its properties to lists of strings. Nested entities in a property stand as their ids and are
 * pushed onto `nested` (when given) to be read as entities of their own.
 */
export function toFtmEntity(value: unknown, nested?: NestedEntity[]): EntityShapeResult {
  if (!isRecord(value)) {
    return { ok: false, problem: 'notAnObject', detail: `expected a JSON object, got ${describeJsonValue(value)}` };
  }
  const id = typeof value.id === 'string' ? value.id.trim() : typeof value.id === 'number' ? String(value.id) : '';
  if (typeof value.schema !== 'string' || value.schema.trim() === '') {
    return { ok: false, problem: 'missingSchema', detail: id ? `entity ${id} has no "schema"` : 'no "schema" field' };
  }
  const schema = value.schema.trim();
  if (id === '') return { ok: false, problem: 'missingId', detail: `${schema} entity without an "id"` };
  if (!FTM_SCHEMATA.has(schema)) {
    return { ok: false, problem: 'unknownSchema', detail: `"${schema}" is not a FollowTheMoney schema (entity ${id})` };
  }
  const properties: Record<string, string[]> = {};
  if (isRecord(value.properties)) {
    for (const [name, raw] of Object.entries(value.properties)) {
      const values = propertyValues(raw, (item) => nested?.push({ value: item, parentId: id, parentSchema: schema, property: name }));
      if (values.length > 0) properties[name] = values;
    }
  }
  const entity: FtmEntity = { id, schema, properties };
  if (typeof value.first_seen === 'string') entity.first_seen = value.first_seen;
  if (typeof value.last_seen === 'string') entity.last_seen = value.last_seen;
  if (typeof value.last_change === 'string') entity.last_change = value.last_change;
  if (typeof value.caption === 'string' && value.caption.trim() !== '') entity.caption = value.caption.trim();
  if (Array.isArray(value.datasets)) {
    const datasets = value.datasets.filter((d): d is string => typeof d === 'string' && d.trim() !== '');
    if (datasets.length > 0) entity.datasets = datasets.map((d) => d.trim());
  }
  return { ok: true, entity };
}

function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The first value of a property, or undefined. */
export function first(entity: FtmEntity, property: string): string | undefined {
  return entity.properties[property]?.[0];
}

/** All values of a property (an empty list when absent). */
export function values(entity: FtmEntity, property: string): string[] {
  return entity.properties[property] ?? [];
}
