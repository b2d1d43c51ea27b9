import { Suspense, useLayoutEffect, useRef } from 'react';
import { useAppStore, useData } from '../../state/store.ts';
import { deselect } from '../../state/commands.ts';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { LoadingPanel } from '../../ui/Loading.tsx';
import { AboutData } from '../about/AboutData.tsx';
import { LegendList } from '../legend/Legend.tsx';
import { CurationPanel, NodeStyle, SelectionPanel } from '../curate/lazyCuration.tsx';
import { selectionName, useTabTitle } from './useTabTitle.ts';

// The node and edge panels (with their long-list virtualiser) are not on the first screen unless a link
// selects something: chunks of their own, fetched as soon as the app has started.
const NodePanel = lazyPart(() => import('./NodePanel.tsx').then((m) => m.NodePanel));
const EdgePanel = lazyPart(() => import('./EdgePanel.tsx').then((m) => m.EdgePanel));

/** Shows the selected node or edge; a short guide when nothing is selected. */
export function DetailPanel() {
  const data = useData();
  // Only what the panel shows: a camera move or a filter change must not re-render a panel of 3,000 measures.
  const selection = useAppStore((s) => s.view.selection);
  const asOf = useAppStore((s) => s.view.asOf);
  const selectedNodes = useAppStore((s) => s.view.selectedNodes);
  const top = useRef<HTMLDivElement>(null);
  useTabTitle(selectionName(data, selection));
  const selected = selection ? `${selection.type}:${selection.id}` : '';
  // A new selection starts at the top of the panel: its name, status line and measures.
  useLayoutEffect(() => {
    top.current?.closest('.panel-body')?.scrollTo({ top: 0 });
  }, [selected]);
  if (!data) return null;
  if (selectedNodes.length >= 2) {
    return (
      <div ref={top}>
        <SelectionPanel data={data} ids={selectedNodes} />
        <CurationPanel data={data} />
      </div>
    );
  }
  const exists =
    selection !== null &&
    (selection.type === 'node' ? data.graph.hasNode(selection.id) : data.graph.hasEdge(selection.id));
  if (!selection || !exists) {
    return (
      <div className="panel-empty" ref={top}>
        <h2>{data.dataset.info.title}</h2>
        <p>
          {data.graph.order} entities and {data.graph.size} relations.
        </p>
        <p>Click a node or an edge, or search a name, to see every measure and post with its sources.</p>
        <p className="muted keyboard-hint">
          Keys: <kbd>/</kbd> search, <kbd>Esc</kbd> clear the selection.
        </p>
        <CurationPanel data={data} />
        <details className="about" open>
          <summary>About this data</summary>
          <AboutData data={data} />
        </details>
        <h3>Legend</h3>
        <LegendList />
      </div>
    );
  }
  return (
    <div ref={top}>
      <ErrorBoundary what="The detail panel" onReset={deselect} key={selection.id}>
        <Suspense fallback={<LoadingPanel />}>
          {selection.type === 'node' ? (
            <NodePanel data={data} id={selection.id} asOf={asOf} />
          ) : (
            <EdgePanel data={data} id={selection.id} />
          )}
        </Suspense>
      </ErrorBoundary>
      {selection.type === 'node' && <NodeStyle ids={[selection.id]} />}
      <CurationPanel data={data} />
    </div>
  );
}
