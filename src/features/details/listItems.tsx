// Entries of the node panel's lists, shared by the plain lists (LongLists.tsx) and their virtualised
// versions (VirtualLists.tsx), so that a long list shows each entry exactly as a short one does.
import { formatDate } from '../../core/graph/dates.ts';
import type { ImposedAction, ImposedMeasure } from '../../core/graph/queries.ts';
import { MEASURE_KIND_LABEL } from '../../core/model/labels.ts';
import { shownPublisher } from '../../core/citations.ts';
import type { Source } from '../../core/model/schema.ts';
import { safeHttpUrl } from '../../core/text/safeUrl.ts';
import { NodeLink } from '../../ui/links.tsx';

export type ImposedRow = { group: ImposedAction; measure: ImposedMeasure | null };

/** One row per action heading and one per measure, so that a window can start in the middle of an action. */
export function imposedRows(groups: readonly ImposedAction[]): ImposedRow[] {
  const rows: ImposedRow[] = [];
  for (const group of groups) {
    rows.push({ group, measure: null });
    for (const measure of group.measures) rows.push({ group, measure });
  }
  return rows;
}

export function ImposedItem({ measure: { measure, target } }: { measure: ImposedMeasure }) {
  return (
    <>
      {MEASURE_KIND_LABEL[measure.kind]} on <NodeLink node={target} />
      <span className="muted"> · {measure.legalBasis}</span>
    </>
  );
}

export function ActionHeading({ group }: { group: ImposedAction }) {
  return (
    <>
      <time dateTime={group.date}>{formatDate(group.date)}</time>: {group.action?.title ?? group.actionId}
    </>
  );
}

/** A source's title, as a link that opens in a new tab when it has an http(s) address, else as text. */
export function SourceTitle({ source }: { source: Source }) {
  const href = source.url === undefined ? null : safeHttpUrl(source.url);
  if (href === null) return <cite>{source.title}</cite>;
  return (
    <cite>
      <a href={href} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
    </cite>
  );
}

/** One source as a reader cites it: title (a link when it has an address), publisher, date. */
export function SourceItem({
  source: s,
  index,
  measure,
}: {
  source: Source;
  index: number;
  measure?: ((element: Element | null) => void) | undefined;
}) {
  const publisher = shownPublisher(s);
  const href = s.url === undefined ? null : safeHttpUrl(s.url);
  return (
    <li data-source={s.id} data-index={index} data-kind={s.kind} ref={measure}>
      {s.kind === 'official' && <span className="badge">Official</span>} <SourceTitle source={s} />
      {publisher !== null && ` — ${publisher}`}
      {s.date !== undefined && s.date !== 'unknown' && `, ${formatDate(s.date)}`}
      {href === null && <span className="muted"> · no web address recorded</span>}
      {href !== null && s.copyBy !== undefined && <span className="muted"> · the link is a copy by {s.copyBy}</span>}
      {s.notes.map((note, i) => (
        <span key={`${i}:${note}`} className="muted">
          {' '}
          {note}
        </span>
      ))}
    </li>
  );
}
