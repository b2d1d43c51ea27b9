// The node panel's lists that can run to thousands (a sanctioning body imposed some 3,000 measures on a
// 20,000-node graph; a target can have hundreds of measures against it: MeasuresTable.tsx). Short, they render as they always
// did; long, their virtualised versions (VirtualLists.tsx, a chunk of its own fetched once the app has
// started, so the first load does not carry TanStack Virtual) render only the entries near the screen.
import { Suspense, type ReactNode } from 'react';
import type { ImposedAction } from '../../core/graph/queries.ts';
import type { Source } from '../../core/model/schema.ts';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { ActionHeading, ImposedItem, SourceItem } from './listItems.tsx';

const VirtualImposedList = lazyPart(() => import('./VirtualLists.tsx').then((m) => m.VirtualImposedList));
const VirtualSourceItems = lazyPart(() => import('./VirtualLists.tsx').then((m) => m.VirtualSourceItems));

/** From this many entries (measure rows, measures imposed and their action headings, sources) a list is virtualised. */
export const LONG_LIST = 150;

function Long({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="muted">Loading the list…</p>}>{children}</Suspense>;
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
