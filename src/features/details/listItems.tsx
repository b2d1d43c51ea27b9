// Entries of the node panel's lists, shared by the plain lists (LongLists.tsx) and their virtualised
// versions (VirtualLists.tsx), so that a long list shows each entry exactly as a short one does.
import { formatDate } from '../../core/graph/dates.ts';
import type { ImposedAction, ImposedMeasure } from '../../core/graph/queries.ts';
import { MEASURE_KIND_LABEL } from '../../core/model/labels.ts';
import type { Source } from '../../core/model/schema.ts';
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

export function SourceItem({
  source: s,
  index,
  measure,
}: {
  source: Source;
  index: number;
  measure?: ((element: Element | null) => void) | undefined;
}) {
  return (
    <li data-source={s.id} data-index={index} ref={measure}>
      <cite>
        {s.url ? (
          <a href={s.url} rel="noreferrer noopener" target="_blank">
            {s.title}
          </a>
        ) : (
          s.title
        )}
      </cite>
      {' — '}
      {s.publisher === 'unknown' ? 'publisher unknown' : s.publisher}
      {s.date ? `, ${formatDate(s.date)}` : ''}
      {s.article ? ` (article ${s.article})` : ''}
    </li>
  );
}
