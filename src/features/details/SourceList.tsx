import { formatDate } from '../../core/graph/dates.ts';
import type { Source } from '../../core/model/schema.ts';

/** Sources as a reader cites them: title, publisher, date; articles by their number. */
export function SourceList({ sources, heading = 'Sources' }: { sources: readonly Source[]; heading?: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <ol className="sources">
        {sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <cite>{s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.title}</a> : s.title}</cite>
            {' — '}
            {s.publisher === 'unknown' ? 'publisher unknown' : s.publisher}
            {s.date ? `, ${formatDate(s.date)}` : ''}
            {s.article ? ` (article ${s.article})` : ''}
          </li>
        ))}
      </ol>
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
