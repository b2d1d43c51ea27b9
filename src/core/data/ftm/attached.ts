// FtM entities that are facts of another entity rather than nodes: Address (through `addressEntity`),
// Identification and Passport (through `holder`). Each becomes a labelled fact of the node it belongs to;
// one that belongs to no node in the file is reported, never dropped silently.
import type { Fact } from '../../model/schema.ts';
import type { Collected } from './collection.ts';
import type { MappingContext } from './context.ts';
import { first, values } from './entity.ts';
import { captionOf } from './parties.ts';
import { cleanText } from './text.ts';

/** Schemata that become facts of another entity. */
export const ATTACHED_SCHEMATA: ReadonlySet<string> = new Set(['Address', 'Identification', 'Passport']);

function addressText(c: Collected): string {
  const { entity } = c;
  const full = first(entity, 'full') ?? captionOf(entity);
  if (full !== undefined) return cleanText(full);
  const parts = ['street', 'city', 'postalCode', 'region', 'country'].map((p) => first(entity, p)).filter((p) => p !== undefined);
  return cleanText(parts.join(', ')) || `Address ${entity.id}`;
}

function identificationFact(c: Collected): Fact {
  const { entity } = c;
  const parts = [first(entity, 'number') ?? 'number not stated'];
  const details = [
    first(entity, 'type'),
    first(entity, 'country')?.toUpperCase(),
    first(entity, 'authority'),
    first(entity, 'startDate') && `issued ${first(entity, 'startDate')}`,
    first(entity, 'endDate') && `expires ${first(entity, 'endDate')}`,
  ].filter((d) => d !== undefined && d !== '');
  if (details.length > 0) parts.push(`(${details.join(', ')})`);
  return { label: entity.schema === 'Passport' ? 'Passport' : 'Identification', value: cleanText(parts.join(' ')), group: 'identifier' };
}

/** Attaches every Address, Identification and Passport to its node; reports those with no node. */
export function attachFacts(ctx: MappingContext, attached: readonly Collected[], parents: Iterable<Collected>): void {
  const addresses = new Map<string, Collected>();
  for (const c of attached) if (c.entity.schema === 'Address') addresses.set(c.entity.id, c);
  const usedAddresses = new Set<string>();
  for (const parent of parents) {
    const refs = values(parent.entity, 'addressEntity');
    if (refs.length === 0) continue;
    const node = ctx.nodeOf(parent.entity.id);
    if (node === undefined) continue;
    for (const ref of refs) {
      const address = addresses.get(ref);
      if (address === undefined) {
        ctx.report.warn(parent.line, 'missingAddress', `${parent.entity.schema} ${parent.entity.id}: address entity "${ref}" is not in the file (its text address, if any, is kept)`);
        continue;
      }
      usedAddresses.add(ref);
      node.facts = [...(node.facts ?? []), { label: 'Address', value: addressText(address), group: 'address' }];
    }
  }
  for (const c of attached) {
    if (c.entity.schema === 'Address') {
      if (usedAddresses.has(c.entity.id)) ctx.kept++;
      else ctx.report.skip(c.line, 'unattachedFact', `Address ${c.entity.id} ("${addressText(c)}") belongs to no entity in the file`);
      continue;
    }
    const holderRef = first(c.entity, 'holder');
    const holder = holderRef === undefined ? undefined : ctx.nodeOf(holderRef);
    if (holder === undefined) {
      ctx.report.skip(c.line, 'unattachedFact', `${c.entity.schema} ${c.entity.id}: holder "${holderRef ?? ''}" is not in the file`);
      continue;
    }
    holder.facts = [...(holder.facts ?? []), identificationFact(c)];
    ctx.kept++;
  }
}
