// The node panel's long lists, virtualised: only the entries near the screen are rendered, inside the
// panel's own scrolling area. A chunk of its own (with TanStack Virtual, some 10 kB gzipped), loaded by
// LongLists.tsx; short lists never need it.
import type { CSSProperties } from 'react';
import type { DatasetIndex, ImposedAction, MeasureAgainst } from '../../core/graph/queries.ts';
import type { Source } from '../../core/model/schema.ts';
import { useVirtualRows } from '../../ui/virtualRows.ts';
import { ActionHeading, ImposedItem, imposedRows, SourceItem, type ImposedRow } from './listItems.tsx';
import { MEASURE_COLUMNS, MeasureRows, MeasuresHead } from './measureRows.tsx';

/** Virtualised rows are measured by their border box: margins inside them must not leak out of it. */
const CONTAIN_MARGINS: CSSProperties = { display: 'flow-root' };

/** Empty space standing for the entries not rendered above or below the screen. */
function Spacer({ height }: { height: number }) {
  return height > 0 ? <div aria-hidden="true" data-spacer-row="" style={{ height }} /> : null;
}

/** The measures table: one <tbody> per measure (its row and its card when open), measured as it renders. */
export function VirtualMeasureRows({
  entries,
  index,
  open,
  onToggle,
  label,
  tells,
}: {
  entries: readonly MeasureAgainst[];
  index: DatasetIndex;
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
  label: string;
  tells: ReadonlyMap<string, string>;
}) {
  const list = useVirtualRows<HTMLTableElement>({
    count: entries.length,
    estimateSize: 44,
    key: (i) => entries[i]?.measure.id ?? i,
    minRows: 0,
  });
  return (
    <table className="measures-table" aria-label={label} aria-rowcount={entries.length + 1} ref={list.anchor}>
      <MeasuresHead />
      <SpacerBody height={list.before} />
      {list.rows.map(({ index: i, key }) => {
        const entry = entries[i];
        return (
          entry && (
            <MeasureRows
              key={key}
              entry={entry}
              index={index}
              open={open.has(entry.measure.id)}
              onToggle={onToggle}
              position={i}
              measureRef={list.measure}
              tell={tells.get(entry.measure.id)}
            />
          )
        );
      })}
      <SpacerBody height={list.after} />
    </table>
  );
}

function SpacerBody({ height }: { height: number }) {
  return height > 0 ? (
    <tbody aria-hidden="true" data-spacer-row="">
      <tr style={{ height }}>
        <td colSpan={MEASURE_COLUMNS} />
      </tr>
    </tbody>
  ) : null;
}

/** What a sanctioning body imposed, still grouped: each action shown has its heading (when in view) and its list. */
export function VirtualImposedList({ groups }: { groups: readonly ImposedAction[] }) {
  const rows = imposedRows(groups);
  const list = useVirtualRows<HTMLDivElement>({
    count: rows.length,
    estimateSize: 24,
    key: (i) => {
      const row = rows[i];
      return row ? (row.measure ? row.measure.measure.id : `action:${row.group.actionId}`) : i;
    },
    minRows: 0,
  });
  // The rendered rows, cut into runs of one action each.
  const runs: { group: ImposedAction; rows: { i: number; key: string | number | bigint; row: ImposedRow }[] }[] = [];
  for (const { index: i, key } of list.rows) {
    const row = rows[i];
    if (!row) continue;
    const last = runs[runs.length - 1];
    if (last && last.group === row.group) last.rows.push({ i, key, row });
    else runs.push({ group: row.group, rows: [{ i, key, row }] });
  }
  return (
    <div ref={list.anchor}>
      <Spacer height={list.before} />
      {runs.map(({ group, rows: run }) => {
        const heading = run[0]?.row.measure === null ? run[0] : undefined;
        const items = heading ? run.slice(1) : run;
        return (
          <div key={group.actionId} className="action-group" data-action={group.actionId}>
            {heading && (
              <div data-index={heading.i} ref={list.measure} style={CONTAIN_MARGINS}>
                <h4>
                  <ActionHeading group={group} />
                </h4>
              </div>
            )}
            {items.length > 0 && (
              <ul>
                {items.map(({ i, key, row }) =>
                  row.measure ? (
                    <li key={String(key)} data-index={i} ref={list.measure}>
                      <ImposedItem measure={row.measure} />
                    </li>
                  ) : null,
                )}
              </ul>
            )}
          </div>
        );
      })}
      <Spacer height={list.after} />
    </div>
  );
}

/** The sources about a node: every source of its relations, so hundreds for a sanctioning body. */
export function VirtualSourceItems({ sources }: { sources: readonly Source[] }) {
  const list = useVirtualRows<HTMLDivElement>({
    count: sources.length,
    estimateSize: 40,
    key: (i) => sources[i]?.id ?? i,
    minRows: 0,
  });
  const first = list.rows[0]?.index ?? 0;
  return (
    <div ref={list.anchor}>
      <Spacer height={list.before} />
      {/* start keeps each source's number when the list begins in the middle */}
      <ol className="sources" start={first + 1}>
        {list.rows.map(({ index: i, key }) => {
          const source = sources[i];
          return source && <SourceItem key={String(key)} source={source} index={i} measure={list.measure} />;
        })}
      </ol>
      <Spacer height={list.after} />
    </div>
  );
}
