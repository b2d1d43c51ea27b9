// The facts an imported entity brings (identifiers, addresses, details, links, source lists and dates),
// grouped, each labelled as the FtM model labels it. Nothing for curated nodes, which have none.
import type { EntityNode, Fact } from '../../core/model/schema.ts';
import { FactList } from './FactList.tsx';
import { Fold } from './Fold.tsx';

const GROUPS: readonly { group: NonNullable<Fact['group']>; title: string }[] = [
  { group: 'identifier', title: 'Identifiers' },
  { group: 'about', title: 'Details' },
  { group: 'address', title: 'Addresses' },
  { group: 'link', title: 'Web and source addresses' },
  { group: 'record', title: 'Source lists and dates' },
];

export function EntityFacts({ node }: { node: EntityNode }) {
  const facts = node.facts ?? [];
  if (facts.length === 0 && (node.topics ?? []).length === 0) return null;
  return (
    <section aria-label="Facts from the file" className="entity-facts">
      <h3>Facts from the file</h3>
      {node.topics !== undefined && node.topics.length > 0 && (
        <p>
          <span className="muted">Topics: </span>
          {node.topics.join(', ')}
        </p>
      )}
      {GROUPS.map(({ group, title }) => {
        const list = facts.filter((f) => (f.group ?? 'about') === group);
        return list.length === 0 ? null : (
          <Fold key={group} label={title} title={title} count={list.length} level={4}>
            <FactList facts={list} />
          </Fold>
        );
      })}
    </section>
  );
}
