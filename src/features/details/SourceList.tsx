import { inReaderOrder } from '../../core/citations.ts';
import { formatDate } from '../../core/graph/dates.ts';
import type { Source } from '../../core/model/schema.ts';
import { SourceTitle } from './listItems.tsx';
import { SourceItems } from './LongLists.tsx';

/**
 * Sources as a reader cites them: title (linked, in a new tab), publisher, date; official documents first
 * (a long list renders what is in view).
 */
export function SourceList({ sources, heading = 'Sources' }: { sources: readonly Source[]; heading?: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <SourceItems sources={inReaderOrder(sources)} />
    </section>
  );
}

/** Small inline citation: "Sources: a, b", official documents first, each title linked when it has an address. */
export function InlineSources({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="inline-sources">
      <span className="muted">Sources: </span>
      {inReaderOrder(sources).map((s, i) => (
        <span key={s.id} data-source={s.id}>
          {i > 0 && '; '}
          <SourceTitle source={s} />
          {s.date ? ` (${formatDate(s.date)})` : ''}
        </span>
      ))}
    </p>
  );
}
