// Listings that are not sanctions (debarments, director disqualifications, export controls, watch lists,
// lists of unknown kind), each kind of list under its own heading, so "Sanctioned by N bodies" counts
// sanctions only and nothing else is passed off as one.
import type { DatasetIndex, MeasureAgainst } from '../../core/graph/queries.ts';
import { LIST_TYPES, type ListType } from '../../core/model/kinds.ts';
import { LIST_TYPE_LABEL } from '../../core/model/labels.ts';
import { MeasuresTable } from './MeasuresTable.tsx';

/** The entries grouped by list type, in LIST_TYPES order; sanctions are not expected here. */
export function byListType(entries: readonly MeasureAgainst[]): { listType: ListType; entries: MeasureAgainst[] }[] {
  return LIST_TYPES.map((listType) => ({
    listType,
    entries: entries.filter((e) => (e.measure.listType ?? 'sanctions') === listType),
  })).filter((g) => g.entries.length > 0);
}

export function OtherListsSection({
  entries,
  index,
  name,
}: {
  entries: readonly MeasureAgainst[];
  index: DatasetIndex;
  name: string;
}) {
  return (
    <>
      {byListType(entries).map(({ listType, entries: group }) => {
        const title = `${LIST_TYPE_LABEL[listType]}: listings of ${name}`;
        return (
          <section
            key={listType}
            aria-label={LIST_TYPE_LABEL[listType]}
            className="measures other-list"
            data-list-type={listType}
          >
            <h3>
              {LIST_TYPE_LABEL[listType]} <span className="count">({group.length})</span>
            </h3>
            <p className="muted">Not counted as sanctions.</p>
            <MeasuresTable entries={group} index={index} label={title} />
          </section>
        );
      })}
    </>
  );
}
