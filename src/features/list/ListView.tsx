import { useMemo, useState } from 'react';
import { formatDate } from '../../core/graph/dates.ts';
import { MEASURE_KIND_LABEL, NODE_KIND_LABEL } from '../../core/model/labels.ts';
import { goToEdge, goToNode } from '../../state/commands.ts';
import { useVisible } from '../../state/derived.ts';
import { useData } from '../../state/store.ts';

type Dir = 'asc' | 'desc';
interface Sort<K extends string> {
  key: K;
  dir: Dir;
}

function useSorted<T, K extends string>(rows: T[], sort: Sort<K>, value: (row: T, key: K) => string | number): T[] {
  return useMemo(() => {
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = value(a, sort.key);
      const vb = value(b, sort.key);
      return sign * (typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb)));
    });
  }, [rows, sort, value]);
}

function SortHeader<K extends string>({ label, k, sort, onSort }: { label: string; k: K; sort: Sort<K>; onSort(s: Sort<K>): void }) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => onSort({ key: k, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

type NodeKey = 'name' | 'kind' | 'country' | 'measures';
type MeasureKey = 'date' | 'body' | 'target' | 'kind' | 'basis';

/** The same visible elements as the canvas, as two sortable tables: an alternative to the drawing. */
export function ListView() {
  const data = useData();
  const visible = useVisible();
  const [nodeSort, setNodeSort] = useState<Sort<NodeKey>>({ key: 'name', dir: 'asc' });
  const [measureSort, setMeasureSort] = useState<Sort<MeasureKey>>({ key: 'date', dir: 'asc' });

  const nodes = useMemo(() => {
    if (!data) return [];
    return [...visible.nodes].map((id) => {
      const node = data.graph.getNodeAttributes(id);
      const measures = data.graph.inEdges(id).filter((e) => visible.edges.has(e) && data.graph.getEdgeAttribute(e, 'kind') === 'measure').length;
      return { node, measures };
    });
  }, [data, visible]);
  const measures = useMemo(() => {
    if (!data) return [];
    return [...visible.edges].flatMap((id) => {
      const attrs = data.graph.getEdgeAttributes(id);
      if (attrs.kind !== 'measure') return [];
      return [{ id, measure: attrs.record, body: data.graph.getNodeAttributes(attrs.record.body), target: data.graph.getNodeAttributes(attrs.record.target) }];
    });
  }, [data, visible]);

  const sortedNodes = useSorted(nodes, nodeSort, nodeValue);
  const sortedMeasures = useSorted(measures, measureSort, measureValue);
  if (!data) return null;

  return (
    <div className="list-view">
      <table aria-label="Entities">
        <caption>Entities ({sortedNodes.length})</caption>
        <thead>
          <tr>
            <SortHeader label="Name" k="name" sort={nodeSort} onSort={setNodeSort} />
            <SortHeader label="Kind" k="kind" sort={nodeSort} onSort={setNodeSort} />
            <SortHeader label="Country" k="country" sort={nodeSort} onSort={setNodeSort} />
            <SortHeader label="Measures against" k="measures" sort={nodeSort} onSort={setNodeSort} />
          </tr>
        </thead>
        <tbody>
          {sortedNodes.map(({ node, measures: count }) => (
            <tr key={node.id} data-node-row={node.id}>
              <td>
                <button type="button" className="link" onClick={() => goToNode(node.id)}>
                  {node.name}
                </button>
              </td>
              <td>{NODE_KIND_LABEL[node.kind]}</td>
              <td>{node.country ?? ''}</td>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label="Measures">
        <caption>Measures ({sortedMeasures.length})</caption>
        <thead>
          <tr>
            <SortHeader label="Date" k="date" sort={measureSort} onSort={setMeasureSort} />
            <SortHeader label="By" k="body" sort={measureSort} onSort={setMeasureSort} />
            <SortHeader label="On" k="target" sort={measureSort} onSort={setMeasureSort} />
            <SortHeader label="Measure" k="kind" sort={measureSort} onSort={setMeasureSort} />
            <SortHeader label="Legal basis" k="basis" sort={measureSort} onSort={setMeasureSort} />
          </tr>
        </thead>
        <tbody>
          {sortedMeasures.map(({ id, measure, body, target }) => (
            <tr key={id} data-measure-row={id}>
              <td>
                <button type="button" className="link" onClick={() => goToEdge(id)}>
                  {formatDate(measure.announced)}
                </button>
              </td>
              <td>{body.name}</td>
              <td>
                <button type="button" className="link" onClick={() => goToNode(target.id)}>
                  {target.name}
                </button>
              </td>
              <td>{MEASURE_KIND_LABEL[measure.kind]}</td>
              <td>{measure.legalBasis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type NodeRow = { node: { name: string; kind: string; country?: string | undefined }; measures: number };
function nodeValue(row: NodeRow, key: NodeKey): string | number {
  if (key === 'measures') return row.measures;
  if (key === 'kind') return row.node.kind;
  if (key === 'country') return row.node.country ?? '';
  return row.node.name;
}

type MeasureRow = { measure: { announced: string; kind: string; legalBasis: string }; body: { name: string }; target: { name: string } };
function measureValue(row: MeasureRow, key: MeasureKey): string {
  if (key === 'body') return row.body.name;
  if (key === 'target') return row.target.name;
  if (key === 'kind') return row.measure.kind;
  if (key === 'basis') return row.measure.legalBasis;
  return row.measure.announced;
}
