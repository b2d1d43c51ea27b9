import { inReaderOrder } from '../../core/citations.ts';
import type { Source } from '../../core/model/schema.ts';
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
