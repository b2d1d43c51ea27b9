import { formatTenure } from '../../core/graph/dates.ts';
import { measuresAgainst, sourcesOf } from '../../core/graph/queries.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { NodeLink } from '../../ui/links.tsx';
import { MeasureCard } from './MeasureCard.tsx';
import { SourceList } from './SourceList.tsx';

/** One edge in full: a measure (as its card, with the target) or a role, or a link. */
export function EdgePanel({ data, id }: { data: LoadedData; id: string }) {
  const { graph, index } = data;
  const attrs = graph.getEdgeAttributes(id);
  const source = graph.getNodeAttributes(graph.source(id));
  const target = graph.getNodeAttributes(graph.target(id));
  if (attrs.kind === 'measure') {
    const entry = measuresAgainst(graph, index, target.id).find((m) => m.measure.id === id);
    return (
      <article aria-labelledby="panel-title" data-panel-edge={id}>
        <p className="kind">Measure</p>
        <h2 id="panel-title">
          {source.name} → {target.name}
        </h2>
        {entry && <MeasureCard entry={entry} index={index} showTarget />}
        <SourceList sources={sourcesOf(index, attrs.record)} />
      </article>
    );
  }
  const record = attrs.record;
  return (
    <article aria-labelledby="panel-title" data-panel-edge={id}>
      <p className="kind">{attrs.kind === 'role' ? 'Post held' : 'Link'}</p>
      <h2 id="panel-title">{attrs.kind === 'role' ? attrs.record.title : attrs.record.label}</h2>
      <dl className="facts">
        <dt>{attrs.kind === 'role' ? 'Person' : 'From'}</dt>
        <dd>
          <NodeLink node={source} />
        </dd>
        <dt>{attrs.kind === 'role' ? 'In' : 'To'}</dt>
        <dd>
          <NodeLink node={target} />
        </dd>
        {attrs.kind === 'role' && (
          <>
            <dt>When</dt>
            <dd>{formatTenure(attrs.record)}</dd>
            <dt>Status</dt>
            <dd>{attrs.record.status}</dd>
          </>
        )}
        {record.confidence !== 'confirmed' && (
          <>
            <dt>Confidence</dt>
            <dd>{record.confidence}</dd>
          </>
        )}
      </dl>
      {record.notes.map((n, i) => (
        <p key={`${i}:${n}`} className="note">
          Note: {n}
        </p>
      ))}
      <SourceList sources={sourcesOf(index, record)} />
    </article>
  );
}
