// A measure card's sources in one line, apart from SourceList.tsx so that the card does not pull in the long
// source lists (and with them the virtualised lists, which lead back to the card: an import cycle).
import { inReaderOrder } from '../../core/citations.ts';
import { formatDate } from '../../core/graph/dates.ts';
import type { Source } from '../../core/model/schema.ts';
import { SourceTitle } from './listItems.tsx';

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
