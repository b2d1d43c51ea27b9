import { Suspense, useEffect, useMemo, useState } from 'react';
import type { DatasetIndex, MeasureAgainst } from '../../core/graph/queries.ts';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { LONG_LIST } from './LongLists.tsx';
import { cardId, MeasureRows, MeasuresHead } from './measureRows.tsx';
import { tellApart } from './panelText.ts';

const VirtualMeasureRows = lazyPart(() => import('./VirtualLists.tsx').then((m) => m.VirtualMeasureRows));

/** The measures against a node as a compact table (date, body, kind, legal basis, status); a row opens its card. */
export function MeasuresTable({
  entries,
  index,
  label,
}: {
  entries: readonly MeasureAgainst[];
  index: DatasetIndex;
  label: string;
}) {
  // A lone measure is shown open: there is nothing to choose between.
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(entries.length === 1 && entries[0] ? [entries[0].measure.id] : []),
  );
  const [opened, setOpened] = useState<string | null>(null);
  const tells = useMemo(() => tellApart(entries.map((e) => e.measure)), [entries]);
  const toggle = (id: string) => {
    setOpen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setOpened(open.has(id) ? null : id);
  };
  // A card just opened is scrolled into view (it may open below the panel's bottom edge).
  useEffect(() => {
    if (opened === null) return;
    document.getElementById(cardId(opened))?.scrollIntoView({ block: 'nearest' });
  }, [opened]);

  if (entries.length >= LONG_LIST) {
    return (
      <Suspense fallback={<p className="muted">Loading the list…</p>}>
        <VirtualMeasureRows entries={entries} index={index} open={open} onToggle={toggle} label={label} tells={tells} />
      </Suspense>
    );
  }
  return (
    <table className="measures-table" aria-label={label}>
      <MeasuresHead />
      {entries.map((entry) => (
        <MeasureRows
          key={entry.measure.id}
          entry={entry}
          index={index}
          open={open.has(entry.measure.id)}
          onToggle={toggle}
          tell={tells.get(entry.measure.id)}
        />
      ))}
    </table>
  );
}
