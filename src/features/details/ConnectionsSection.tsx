// The node panel's Connections: every relation of the entity other than measures and posts (which have
// sections of their own), grouped by type and direction with counts ("Owns", "Owned by", "Family",
// "Paid to"...), each naming the other end as a link, with the relationship and its own facts.
import { heldAt } from '../../core/algorithms/time.ts';
import { formatTenure } from '../../core/graph/dates.ts';
import type { EntityNode, Link } from '../../core/model/schema.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { connectionHeading } from '../../core/graph/connections.ts';
import { FactList } from './FactList.tsx';
import { Fold } from './Fold.tsx';
import { NodeLink } from '../../ui/links.tsx';

export interface Connection {
  link: Link;
  other: EntityNode;
  /** 'out' when the entity is the link's source ("owns"), 'in' when it is its target ("owned by"). */
  direction: 'in' | 'out';
}

/** The entity's links grouped by relation and direction, groups by size, each group by the other end's name. */
export function connectionsOf(data: LoadedData, id: string): { label: string; connections: Connection[] }[] {
  const { graph } = data;
  const groups = new Map<string, Connection[]>();
  for (const edge of graph.edges(id)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'link') continue;
    const direction = graph.source(edge) === id ? 'out' : 'in';
    const other = graph.getNodeAttributes(direction === 'out' ? graph.target(edge) : graph.source(edge));
    const heading = connectionHeading(attributes.record.relation, attributes.record.label, direction);
    const group = groups.get(heading) ?? [];
    group.push({ link: attributes.record, other, direction });
    groups.set(heading, group);
  }
  return [...groups]
    .map(([label, connections]) => ({
      label,
      connections: connections.sort((a, b) => a.other.name.localeCompare(b.other.name)),
    }))
    .sort((a, b) => b.connections.length - a.connections.length || a.label.localeCompare(b.label));
}

function ConnectionItem({
  connection: { link, other, direction },
  asOf,
}: {
  connection: Connection;
  asOf: string | null;
}) {
  const dated = link.start !== undefined || link.end !== undefined;
  const then = asOf === null ? null : heldAt(link, asOf);
  return (
    <li data-link={link.id}>
      <span aria-label={direction === 'out' ? 'to' : 'from'}>{direction === 'out' ? '→ ' : '← '}</span>
      <NodeLink node={other} />
      {link.relation !== undefined && <span className="relation-label"> — {link.label}</span>}
      {(dated || then === 'no' || link.confidence !== 'confirmed') && (
        <span className="muted">
          {dated && ` · ${formatTenure({ start: link.start ?? 'unknown', end: link.end, status: 'unknown' })}`}
          {then === 'no' && ' · not in place then'}
          {link.confidence !== 'confirmed' && ` · ${link.confidence}`}
        </span>
      )}
      {link.facts !== undefined && link.facts.length > 0 && (
        <details className="connection-facts">
          <summary>{link.count !== undefined && link.count > 1 ? `${link.count} payments` : 'Facts'}</summary>
          <FactList facts={link.facts} />
        </details>
      )}
    </li>
  );
}

/** Every connection of the entity, grouped by type with counts. Null when it has none. */
export function ConnectionsSection({ data, id, asOf }: { data: LoadedData; id: string; asOf: string | null }) {
  const groups = connectionsOf(data, id);
  if (groups.length === 0) return null;
  const total = groups.reduce((sum, g) => sum + g.connections.length, 0);
  return (
    <Fold label="Connections" title="Connections" count={total}>
      {groups.map(({ label, connections }) => (
        <Fold key={label} label={label} title={label} count={connections.length} level={4}>
          <ul className="connections">
            {connections.map((c) => (
              <ConnectionItem key={c.link.id} connection={c} asOf={asOf} />
            ))}
          </ul>
        </Fold>
      ))}
    </Fold>
  );
}
