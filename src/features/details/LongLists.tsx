// The node panel's lists that can run to thousands (a sanctioning body imposed some 3,000 measures on a
// 20,000-node graph; a target can have hundreds of measures against it). Short, they render as they always
// did; long, their virtualised versions (VirtualLists.tsx, a chunk of its own fetched once the app has
// started, so the first load does not carry TanStack Virtual) render only the entries near the screen.
import { Suspense, type ReactNode } from 'react';
import type { DatasetIndex, ImposedAction, MeasureAgainst } from '../../core/graph/queries.ts';
import type { Source } from '../../core/model/schema.ts';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { ActionHeading, ImposedItem, SourceItem } from './listItems.tsx';
import { MeasureCard } from './MeasureCard.tsx';

const VirtualMeasureCards = lazyPart(() => import('./VirtualLists.tsx').then((m) => m.VirtualMeasureCards));
const VirtualImposedList = lazyPart(() => import('./VirtualLists.tsx').then((m) => m.VirtualImposedList));
const VirtualSourceItems = lazyPart(() => import('./VirtualLists.tsx').then((m) => m.VirtualSourceItems));

/** From this many measure cards (about 200 px each) the list is virtualised. */
export const LONG_CARD_LIST = 40;
/** From this many one-line entries (measures imposed and their action headings, sources). */
export const LONG_LIST = 150;

function Long({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="muted">Loading the list…</p>}>{children}</Suspense>;
}

export function MeasureCardList({ entries, index }: { entries: readonly MeasureAgainst[]; index: DatasetIndex }) {
  if (entries.length >= LONG_CARD_LIST) {
    return (
      <Long>
        <VirtualMeasureCards entries={entries} index={index} />
      </Long>
    );
  }
  return (
    <>
      {entries.map((entry) => (
        <MeasureCard key={entry.measure.id} entry={entry} index={index} />
      ))}
    </>
  );
}

/** What a sanctioning body imposed, grouped by action: a heading, then its measures. */
export function ImposedList({ groups }: { groups: readonly ImposedAction[] }) {
  const rows = groups.reduce((sum, group) => sum + 1 + group.measures.length, 0);
  if (rows >= LONG_LIST) {
    return (
      <Long>
        <VirtualImposedList groups={groups} />
      </Long>
    );
  }
  return (
    <>
      {groups.map((group) => (
        <div key={group.actionId} className="action-group" data-action={group.actionId}>
          <h4>
            <ActionHeading group={group} />
          </h4>
          <ul>
            {group.measures.map((m) => (
              <li key={m.measure.id}>
                <ImposedItem measure={m} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** The sources about a node, numbered: every source of its relations, so hundreds for a sanctioning body. */
export function SourceItems({ sources }: { sources: readonly Source[] }) {
  if (sources.length >= LONG_LIST) {
    return (
      <Long>
        <VirtualSourceItems sources={sources} />
      </Long>
    );
  }
  return (
    <ol className="sources">
      {sources.map((source, i) => (
        <SourceItem key={source.id} source={source} index={i} />
      ))}
    </ol>
  );
}
