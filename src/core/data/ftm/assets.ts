// FtM assets a listing can target (Vessel, Airplane, Security, CryptoWallet, BankAccount) -> nodes of kind
// "asset", named by FtM's caption rule, with their identifiers (IMO, MMSI, registration, ISIN, address, IBAN)
// as searchable facts, so that sanctions on them are kept.
import type { EntityNode } from '../../model/schema.ts';
import type { Collected } from './collection.ts';
import { fileIdNote, readNotes, type MappingContext } from './context.ts';
import { first, values } from './entity.ts';
import { captionOf, factsOf, recordFacts } from './parties.ts';
import { cleanText, toCountryCode } from './text.ts';

export const ASSET_SCHEMATA: ReadonlySet<string> = new Set(['Vessel', 'Airplane', 'Security', 'CryptoWallet', 'BankAccount']);

const USED = new Set(['name', 'alias', 'weakAlias', 'previousName', 'country', 'topics', 'notes', 'description', 'summary', 'sourceUrl']);

export function addAsset(ctx: MappingContext, c: Collected): void {
  const { entity } = c;
  const id = ctx.ids.forFtm(entity.id);
  let name = captionOf(entity);
  if (name === undefined) {
    name = `Unnamed ${entity.schema} ${entity.id}`;
    ctx.report.warn(c.line, 'noName', `${entity.schema} ${entity.id} has no name: shown as "${name}"`);
  }
  const seen = new Set([cleanText(name).toLowerCase()]);
  const aliases = [...values(entity, 'name'), ...values(entity, 'alias'), ...values(entity, 'previousName')]
    .map(cleanText)
    .filter((n) => {
      if (n === '' || seen.has(n.toLowerCase())) return false;
      seen.add(n.toLowerCase());
      return true;
    })
    .map((n) => ({ name: n }));
  const read = readNotes(values(entity, 'notes'));
  const notes = [...read.notes];
  const description = first(entity, 'description') ?? first(entity, 'summary');
  const node: EntityNode = {
    id,
    kind: 'asset',
    name: cleanText(name),
    aliases,
    description: description === undefined ? `${entity.schema} imported from ${ctx.fileName}.` : cleanText(description),
    schema: entity.schema,
    confidence: read.confidence,
    notes,
    ...fileIdNote(id, entity.id),
    sources: ctx.sources,
  };
  const country = toCountryCode(first(entity, 'country'));
  if (country !== undefined) node.country = country;
  const topics = values(entity, 'topics');
  if (topics.length > 0) {
    node.topics = topics;
    ctx.topics.set(id, topics);
  }
  const facts = [...factsOf(ctx, c, USED), ...recordFacts(entity)];
  if (facts.length > 0) node.facts = facts;
  ctx.nodes.set(id, node);
  ctx.kept++;
}
