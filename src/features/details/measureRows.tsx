// Rows of the node panel's measures table, shared by the plain table (MeasuresTable.tsx) and its
// virtualised version (VirtualLists.tsx): one <tbody> per measure, holding its row and, once opened, its card.
import type { DatasetIndex, MeasureAgainst } from '../../core/graph/queries.ts';
import { PUBLISHED_BY } from '../../core/data/ftm/conventions.ts';
import { MEASURE_KIND_LABEL } from '../../core/model/labels.ts';
import { AnnouncedDate } from './AnnouncedDate.tsx';
import { shortName } from '../insights/shortName.ts';
import { MeasureCard, MEASURE_STATUS_TEXT } from './MeasureCard.tsx';
import { programBeside } from './panelText.ts';

export const MEASURE_COLUMNS = 4;

export function MeasuresHead() {
  return (
    <thead>
      <tr className="measure-columns">
        <th scope="col">Date</th>
        <th scope="col">Body, kind</th>
        <th scope="col">Legal basis</th>
        <th scope="col">Status</th>
      </tr>
    </thead>
  );
}

export function cardId(measureId: string): string {
  return `measure-card-${measureId}`;
}

/** One measure: a row that opens (and closes) its full card underneath. */
export function MeasureRows({
  entry,
  index,
  open,
  onToggle,
  position,
  measureRef,
  tell,
}: {
  entry: MeasureAgainst;
  index: DatasetIndex;
  open: boolean;
  onToggle: (id: string) => void;
  /** Position in the whole list, for a virtualised table. */
  position?: number;
  measureRef?: ((element: Element | null) => void) | undefined;
  /** What tells this row apart from others that read the same (see tellApart). */
  tell?: string | undefined;
}) {
  const { measure, body } = entry;
  // A national registry's copy of another body's listing says whose copy it is (see programmeAuthority).
  const publisher = measure.facts?.find((f) => f.label === PUBLISHED_BY)?.value;
  return (
    <tbody data-index={position} ref={measureRef} className={open ? 'open' : undefined}>
      <tr data-measure={measure.id} className="measure-row" onClick={() => onToggle(measure.id)}>
        <td>
          <button
            type="button"
            className="row-toggle"
            aria-expanded={open}
            aria-controls={open ? cardId(measure.id) : undefined}
          >
            <span aria-hidden="true" className="chevron">
              {open ? '▾' : '▸'}
            </span>
            <AnnouncedDate measure={measure} />
            <span className="visually-hidden">
              , {MEASURE_KIND_LABEL[measure.kind]} by {body.name}
            </span>
          </button>
        </td>
        <td>
          {shortName(body)} <span className={`badge badge-${measure.kind}`}>{MEASURE_KIND_LABEL[measure.kind]}</span>
        </td>
        <td>
          {measure.legalBasis}
          {programBeside(measure) && <span className="program"> · {programBeside(measure)}</span>}
          {publisher && <span className="muted"> · published by {publisher}</span>}
          {tell && <span className="muted"> · {tell}</span>}
        </td>
        <td className={`status-${measure.status}`}>
          {measure.status === 'unknown' ? (
            <span className="muted" title="The sources do not say whether it is still in force">
              Not stated
            </span>
          ) : (
            MEASURE_STATUS_TEXT[measure.status]
          )}
        </td>
      </tr>
      {open && (
        <tr className="measure-card-row">
          <td colSpan={MEASURE_COLUMNS} id={cardId(measure.id)}>
            <MeasureCard entry={entry} index={index} inTable />
          </td>
        </tr>
      )}
    </tbody>
  );
}
