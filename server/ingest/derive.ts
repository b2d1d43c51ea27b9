// The rows one FtM entity gives the database: itself, its names, identifiers, edges and measures. Which
// relationships become edges, their ends and labels, and how a Sanction becomes measures are the browser
// importer's rules, imported from src/core/data/ftm (one module shared by both), never restated here.
import { first, values, type FtmEntity } from '../../src/core/data/ftm/entity.ts';
import {
  leadAuthorityIndex,
  normaliseAuthority,
  programmeAuthority,
  type SanctioningAuthority,
} from '../../src/core/data/ftm/authority.ts';
import { readMeasureKind } from '../../src/core/data/ftm/measureKinds.ts';
import { edgeEnds, linkLabel, ROLE_TITLES } from '../../src/core/data/ftm/relations.ts';
import { toCountryCode } from '../../src/core/data/ftm/text.ts';
import { captionProperties, isIdentifierProperty, isNameProperty, isParty } from './model.ts';

export interface EntityRow {
  id: string;
  schema: string;
  caption: string;
  properties: Record<string, string[]>;
  firstSeen: string | null;
  lastChange: string | null;
}
export interface NameRow {
  entityId: string;
  name: string;
  norm: string;
  property: string;
}
export interface IdentifierRow {
  entityId: string;
  scheme: string;
  value: string;
  norm: string;
}
/** One relation, written twice by the loader (once per end). */
export interface EdgeRow {
  relationId: string;
  type: string;
  sourceId: string;
  targetId: string;
  label: string | null;
  startDate: string | null;
  endDate: string | null;
}
export interface MeasureRow {
  entityId: string;
  sanctionId: string;
  kind: string;
  kindGuessed: boolean;
  authorityId: string;
  authority: string;
  program: string | null;
  startDate: string | null;
  endDate: string | null;
  listingDate: string | null;
}

export interface DerivedRows {
  entity: EntityRow;
  names: NameRow[];
  identifiers: IdentifierRow[];
  edges: EdgeRow[];
  measures: MeasureRow[];
}

/** A name as the index compares it: no accents, lower case, letters and digits separated by single spaces. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An identifier as compared: letters and digits only, upper case ("DE 123-45" and "de12345" are one). */
export function normaliseIdentifier(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The entity's display name: the first caption property of its schema that has a value, else its id. */
export function captionOf(entity: FtmEntity): string {
  for (const property of captionProperties(entity.schema)) {
    const value = first(entity, property);
    if (value !== undefined) return value;
  }
  return entity.id;
}

/** The relation type stored for a relationship schema: its name in lower camel case ("ownership", "unknownLink"). */
export function relationType(schema: string): string {
  return schema.charAt(0).toLowerCase() + schema.slice(1);
}

function dateOf(entity: FtmEntity, property: string): string | null {
  return first(entity, property) ?? null;
}

function edgesOf(entity: FtmEntity): EdgeRow[] {
  // Every edge schema of the FtM model, with the browser importer's ends and labels.
  let ends: { source: string; target: string } | undefined =
    entity.schema === 'Sanction' ? undefined : edgeEnds(entity.schema);
  const roleTitle = ROLE_TITLES[entity.schema];
  let label: string | null =
    ends === undefined ? null : roleTitle !== undefined ? (first(entity, 'role') ?? roleTitle) : linkLabel(entity);
  // Occupancy and Position are joined into a role by the browser importer; here each is its own edge
  // (holder -> post, post -> organisation) so a post's holders can be paged like any neighbours.
  if (entity.schema === 'Occupancy') ends = { source: 'holder', target: 'post' };
  else if (entity.schema === 'Position') {
    ends = { source: 'organization', target: 'id' };
    label = first(entity, 'name') ?? null;
  }
  if (ends === undefined) return [];
  const targets = ends.target === 'id' ? [entity.id] : values(entity, ends.target);
  const out: EdgeRow[] = [];
  for (const sourceId of values(entity, ends.source)) {
    for (const targetId of targets) {
      if (sourceId === targetId) continue;
      out.push({
        relationId: entity.id,
        type: relationType(entity.schema),
        sourceId,
        targetId,
        label,
        startDate: dateOf(entity, 'startDate'),
        endDate: dateOf(entity, 'endDate'),
      });
    }
  }
  return out;
}

function measuresOf(entity: FtmEntity): MeasureRow[] {
  if (entity.schema !== 'Sanction') return [];
  // One measure per target, by the authority that imposed it (the browser importer's rule, leadAuthorityIndex;
  // the server knows the table's bodies, not the file's other entities).
  const country = toCountryCode(first(entity, 'country'));
  const named = values(entity, 'authority').map((raw) => normaliseAuthority(raw, country));
  const programme = programmeAuthority(values(entity, 'programId'), country);
  const lead = leadAuthorityIndex(
    named,
    named.map((a) => a.known),
    programme,
  );
  const authority: SanctioningAuthority = (lead === -1 ? programme : named[lead]) ?? {
    id: 'authority-not-stated',
    name: 'Authority not stated',
    known: false,
  };
  const reading = readMeasureKind({
    provisions: values(entity, 'provisions'),
    programs: [...values(entity, 'programId'), ...values(entity, 'program')],
    topics: values(entity, 'topics'),
    targetTopics: [],
  });
  const out: MeasureRow[] = [];
  for (const target of values(entity, 'entity')) {
    out.push({
      entityId: target,
      sanctionId: entity.id,
      kind: reading.kind,
      kindGuessed: !reading.stated,
      authorityId: authority.id,
      authority: authority.name,
      program: first(entity, 'programId') ?? first(entity, 'program') ?? null,
      startDate: dateOf(entity, 'startDate'),
      endDate: dateOf(entity, 'endDate'),
      listingDate: dateOf(entity, 'listingDate'),
    });
  }
  return out;
}

/** Every row one entity gives; names and identifiers only for parties (people, companies, vessels...). */
export function deriveRows(entity: FtmEntity): DerivedRows {
  const names: NameRow[] = [];
  const identifiers: IdentifierRow[] = [];
  if (isParty(entity.schema)) {
    const seen = new Set<string>();
    for (const [property, list] of Object.entries(entity.properties)) {
      if (isNameProperty(entity.schema, property)) {
        for (const name of list) {
          const norm = normaliseName(name);
          if (norm === '' || seen.has(norm)) continue;
          seen.add(norm);
          names.push({ entityId: entity.id, name, norm, property });
        }
      } else if (isIdentifierProperty(entity.schema, property)) {
        for (const value of list) {
          const norm = normaliseIdentifier(value);
          if (norm !== '') identifiers.push({ entityId: entity.id, scheme: property, value, norm });
        }
      }
    }
  } else if (entity.schema === 'Identification' || entity.schema === 'Passport') {
    // An identity document is the holder's identifier.
    for (const holder of values(entity, 'holder')) {
      for (const value of values(entity, 'number')) {
        const norm = normaliseIdentifier(value);
        if (norm !== '')
          identifiers.push({ entityId: holder, scheme: first(entity, 'type') ?? entity.schema, value, norm });
      }
    }
  }
  return {
    entity: {
      id: entity.id,
      schema: entity.schema,
      caption: captionOf(entity),
      properties: entity.properties,
      firstSeen: entity.first_seen ?? null,
      lastChange: entity.last_change ?? null,
    },
    names,
    identifiers,
    edges: edgesOf(entity),
    measures: measuresOf(entity),
  };
}
