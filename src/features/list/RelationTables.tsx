// The List view's relation tables: the visible links, one table per FtM relation (ownership, family,
// directorship, payments...), each row naming both ends as links, the relationship, its dates and facts.
import { readableFactValue } from '../../core/text/countryName.ts';
import { useMemo } from 'react';
import { formatTenure } from '../../core/graph/dates.ts';
import type { EntityNode, Link } from '../../core/model/schema.ts';
import type { SanctionsGraph } from '../../core/graph/build.ts';
import { goToEdge, goToNode } from '../../state/commands.ts';

/** Rows rendered per table; the caption says how many more there are. */
const MAX_ROWS = 500;

interface RelationRow {
  link: Link;
  source: EntityNode;
  target: EntityNode;
}

/** Visible links grouped by relation (their FtM schema; "Link" for curated links), largest group first. */
export function relationGroups(
  graph: SanctionsGraph,
  edges: ReadonlySet<string>,
): { relation: string; rows: RelationRow[] }[] {
  const groups = new Map<string, RelationRow[]>();
  for (const id of edges) {
    const attributes = graph.getEdgeAttributes(id);
    if (attributes.kind !== 'link') continue;
    const link = attributes.record;
    const relation = link.relation ?? 'Link';
    const rows = groups.get(relation) ?? [];
    rows.push({ link, source: graph.getNodeAttributes(link.source), target: graph.getNodeAttributes(link.target) });
    groups.set(relation, rows);
  }
  return [...groups]
    .map(([relation, rows]) => ({
      relation,
      rows: rows.sort(
        (a, b) => a.source.name.localeCompare(b.source.name) || a.target.name.localeCompare(b.target.name),
      ),
    }))
    .sort((a, b) => b.rows.length - a.rows.length || a.relation.localeCompare(b.relation));
}

function NodeButton({ node }: { node: EntityNode }) {
  return (
    <button type="button" className="link" onClick={() => goToNode(node.id)}>
      {node.name}
    </button>
  );
}

export function RelationTables({ graph, edges }: { graph: SanctionsGraph; edges: ReadonlySet<string> }) {
  const groups = useMemo(() => relationGroups(graph, edges), [graph, edges]);
  return (
    <>
      {groups.map(({ relation, rows }) => (
        <table key={relation} aria-label={`Relations: ${relation}`} data-relation-table={relation}>
          <caption>
            {relation} ({rows.length}
            {rows.length > MAX_ROWS ? `, the first ${MAX_ROWS} shown` : ''})
          </caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Relationship</th>
              <th scope="col">To</th>
              <th scope="col">Dates</th>
              <th scope="col">Facts</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS).map(({ link, source, target }) => (
              <tr key={link.id} data-link-row={link.id}>
                <td>
                  <NodeButton node={source} />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => goToEdge(link.id)}>
                    {link.label}
                  </button>
                </td>
                <td>
                  <NodeButton node={target} />
                </td>
                <td>
                  {link.start !== undefined || link.end !== undefined
                    ? formatTenure({ start: link.start ?? 'unknown', end: link.end, status: 'unknown' })
                    : ''}
                </td>
                <td>
                  {(link.facts ?? []).map((f) => `${f.label}: ${readableFactValue(f.label, f.value)}`).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
