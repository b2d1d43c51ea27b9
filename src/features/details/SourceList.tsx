import { formatDate } from '../../core/graph/dates.ts';
import type { Source } from '../../core/model/schema.ts';
import { SourceItems } from './LongLists.tsx';

/** Sources as a reader cites them: title, publisher, date; articles by their number (a long list renders what is in view). */
export function SourceList({ sources, heading = 'Sources' }: { sources: readonly Source[]; heading?: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <SourceItems sources={sources} />
    </section>
  );
}

/** Small inline citation: "Sources: a, b". */
export function InlineSources({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="inline-sources">
      <span className="muted">Sources: </span>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <cite>{s.title}</cite>
          {s.date ? ` (${formatDate(s.date)})` : ''}
        </span>
      ))}
    </p>
  );
}
