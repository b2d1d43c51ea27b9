// What an imported listing says beyond the measure table's row: its kind of list, end date, every
// provision as written (with the kind read from it, where one was), its other dates and facts, source lists.
import { LIST_TYPE_LABEL, MEASURE_KIND_LABEL } from '../../core/model/labels.ts';
import type { Measure } from '../../core/model/schema.ts';
import { DateText } from '../../ui/DateText.tsx';
import { FactList } from './FactList.tsx';

export function MeasureFacts({ measure }: { measure: Measure }) {
  const { listType, provisions, facts, datasets } = measure;
  if (listType === undefined && provisions === undefined && facts === undefined && measure.end === undefined)
    return null;
  return (
    <div className="measure-facts" data-measure-facts="">
      <dl>
        {listType !== undefined && (
          <>
            <dt>List</dt>
            <dd data-list-type={listType}>{LIST_TYPE_LABEL[listType]}</dd>
          </>
        )}
        {measure.undated === true && (
          <>
            <dt>Date</dt>
            <dd>Not stated in the source</dd>
          </>
        )}
        {measure.announcedBy === true && (
          <>
            <dt>Date</dt>
            <dd data-announced-by-fact="">
              Not stated in the source; first seen listed on <DateText date={measure.announced} />
            </dd>
          </>
        )}
        {measure.end !== undefined && (
          <>
            <dt>Ends</dt>
            <dd>
              <DateText date={measure.end} />
            </dd>
          </>
        )}
        {datasets !== undefined && datasets.length > 0 && (
          <>
            <dt>Source lists</dt>
            <dd>{datasets.join(', ')}</dd>
          </>
        )}
      </dl>
      {provisions !== undefined && provisions.length > 0 && (
        <>
          <h5>Provisions as written</h5>
          <ul className="provisions">
            {provisions.map((p, i) => (
              <li key={`${p.text}\u0000${i}`}>
                {p.text}
                {p.kind !== undefined && <span className="muted"> — {MEASURE_KIND_LABEL[p.kind]}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {facts !== undefined && facts.length > 0 && <FactList facts={facts} />}
    </div>
  );
}
