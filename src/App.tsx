import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { DetailPanel } from './features/details/DetailPanel.tsx';
import { focusPanel, focusPanelHeading } from './features/details/focusPanel.ts';
import { useDrawer } from './features/details/useDrawer.ts';
import { FocusBar } from './features/focus/FocusBar.tsx';
import { DataOriginNote } from './features/import/DataOriginNote.tsx';
import { ImportLayer } from './features/import/ImportLayer.tsx';
import { useLargeGraphView } from './features/import/largeGraphView.ts';
import { OpenDataButton } from './features/import/OpenDataButton.tsx';
import { ShareMenu } from './features/share/ShareMenu.tsx';
import { TimeBar } from './features/time/TimeBar.tsx';
import { Legend } from './features/legend/Legend.tsx';
import { Notices } from './features/notices/Notices.tsx';
import { SearchBox } from './features/search/SearchBox.tsx';
import { Toolbar } from './features/toolbar/Toolbar.tsx';
import { TopbarMenu } from './features/toolbar/TopbarMenu.tsx';
import type { SanctionsGraph } from './core/graph/build.ts';
import type { ElementSet } from './core/algorithms/types.ts';
import { usableAsOf } from './core/algorithms/time.ts';
import { GraphView } from './render/GraphView.tsx';
import { pageAddress } from './state/address.ts';
import { attachCanvas, deselect, goToNode } from './state/commands.ts';
import { useCombinedEdges, usePaths, useShown } from './state/derived.ts';
import { LazyCurateBar, lassoSelect, shiftSelect } from './features/curate/lazyCuration.tsx';
import { ViewTitle } from './features/curate/ViewTitle.tsx';
import { serverRequest } from './state/serverDetect.ts';
import { startApp, type StartupResult } from './state/startup.ts';
import { updateView, useAppStore, useData, useViewField } from './state/store.ts';
import { moveNodes, selectEdge, selectNode, setCamera, setPanel } from './state/transitions.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { lazyPart, preloadLazyParts } from './ui/lazyPart.tsx';
import { LoadingPanel } from './ui/Loading.tsx';
import { useColorScheme } from './ui/useColorScheme.ts';

// What the first screen does not show is a chunk of its own, fetched once the app has started (ui/lazyPart):
// the other side tabs, the path bar, the summary that stands in for a graph too large to draw, and the list view.
const FiltersPanel = lazyPart(() => import('./features/filters/FiltersPanel.tsx').then((m) => m.FiltersPanel));
const InsightsPanel = lazyPart(() => import('./features/insights/InsightsPanel.tsx').then((m) => m.InsightsPanel));
const PathBar = lazyPart(() => import('./features/paths/PathBar.tsx').then((m) => m.PathBar));
const LargeGraphSummary = lazyPart(() =>
  import('./features/import/LargeGraphSummary.tsx').then((m) => m.LargeGraphSummary),
);
const ListView = lazyPart(() => import('./features/list/ListView.tsx').then((m) => m.ListView));

let startup: Promise<StartupResult> | null = null;

/** A search choice selects the node, centres it and moves the focus to its panel's heading. */
function chooseFromSearch(id: string): void {
  goToNode(id);
  focusPanelHeading(id);
}
/** `?embed=1`: the read-only embed (no search, toolbar, filters, time, focus, paths or share; no URL history). */
const EMBED = pageAddress().embed;
// Server mode (docs/server.md): its code is a chunk fetched only when the page asks for a server.
const SERVER = serverRequest() !== null;
// The embed's bars are fetched only by an embed (`?embed=1`).
const EmbedBar = lazy(() => import('./features/share/EmbedBar.tsx').then((m) => ({ default: m.EmbedBar })));
const EmbedCredit = lazy(() => import('./features/share/EmbedBar.tsx').then((m) => ({ default: m.EmbedCredit })));
const EmbedFilterNote = lazy(() =>
  import('./features/share/EmbedBar.tsx').then((m) => ({ default: m.EmbedFilterNote })),
);
const ServerBar = lazy(() => import('./features/server/ServerBar.tsx').then((m) => ({ default: m.ServerBar })));
const ServerSearchBox = lazy(() =>
  import('./features/server/ServerBar.tsx').then((m) => ({ default: m.ServerSearchBox })),
);

/** Where no graph is drawn (list view, a large graph's summary, a link still loading): preload after this. */
const PRELOAD_WITHOUT_DRAWING_MS = 4000;

export function App() {
  // Start once, even under StrictMode's double render. The explorer shows the data as soon as start-up
  // puts it in the store; `result` only says whether it failed.
  const [starting] = useState(() => (startup ??= startApp({ syncUrl: !EMBED })));
  const [result, setResult] = useState<StartupResult | null>(null);
  useEffect(() => {
    let mounted = true;
    void starting.then((started) => {
      if (mounted) setResult(started);
    });
    return () => {
      mounted = false;
    };
  }, [starting]);
  // The lazy parts are fetched when the first graph is drawn (Canvas below); this is for when none is.
  useEffect(() => {
    if (!result?.ok) return;
    const timer = setTimeout(preloadLazyParts, PRELOAD_WITHOUT_DRAWING_MS);
    return () => clearTimeout(timer);
  }, [result]);
  if (result && !result.ok) {
    return 'problems' in result ? (
      <DataError problems={result.problems} />
    ) : (
      <DataUnavailable why={result.unavailable} />
    );
  }
  // Until the data is there, the explorer shows nothing (as while the page's scripts load).
  return (
    <>
      <Explorer />
      <ImportLayer embed={EMBED} />
    </>
  );
}

function DataError({ problems }: { problems: string[] }) {
  return (
    <main className="data-error" role="alert">
      <h1>The bundled data has problems</h1>
      <p>
        Fix these in data/ (run <code>npm run data:check</code> for the same list):
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </main>
  );
}

function DataUnavailable({ why }: { why: string }) {
  return (
    <main className="data-error" role="alert">
      <h1>The bundled data could not be loaded</h1>
      <p>{why}</p>
      <p>Reload the page to try again.</p>
    </main>
  );
}

const PANELS = [
  { id: 'details', label: 'Details' },
  { id: 'filters', label: 'Filters' },
  { id: 'insights', label: 'Insights' },
] as const;

/** What the canvas shows of the view: only this re-renders on a camera move or a drag. */
function Canvas({ graph, visible }: { graph: SanctionsGraph; visible: ElementSet }) {
  const selection = useViewField('selection');
  const selectedNodes = useViewField('selectedNodes');
  const curation = useViewField('curation');
  const combined = useCombinedEdges();
  const layout = useViewField('layout');
  const positions = useViewField('positions');
  const camera = useViewField('camera');
  const sizeBy = useViewField('sizeBy');
  const focus = useViewField('focus');
  const asOf = useViewField('asOf');
  const paths = usePaths();
  const pathHighlight = useMemo(
    () => (paths ? { nodes: [...paths.elements.nodes], edges: [...paths.elements.edges] } : null),
    [paths],
  );
  const scheme = useColorScheme();
  const events = useMemo(
    () => ({
      onSelectNode: (id: string) => updateView(selectNode, id),
      onSelectEdge: (id: string) => updateView(selectEdge, id),
      onToggleNode: shiftSelect,
      onLasso: lassoSelect,
      onClearSelection: () => deselect(),
      onCamera: (next: Parameters<typeof setCamera>[1]) => updateView(setCamera, next),
      onMoved: (moved: Parameters<typeof moveNodes>[1]) => updateView(moveNodes, moved),
    }),
    [],
  );
  return (
    <GraphView
      graph={graph}
      visible={visible}
      selection={selection}
      selectedNodes={selectedNodes}
      curation={curation}
      combined={combined}
      layout={layout}
      sizeBy={sizeBy}
      fitKey={focus ? `${focus.node}~${focus.depth}` : ''}
      positions={positions}
      camera={camera}
      path={pathHighlight}
      asOf={usableAsOf(asOf)}
      scheme={scheme}
      events={events}
      attach={attachCanvas}
      onDrawn={preloadLazyParts}
    />
  );
}

function Explorer() {
  const data = useData();
  // Only the fields this frame renders: a camera move or a drag does not re-render the panels.
  const focus = useViewField('focus');
  const mainView = useViewField('mainView');
  const shownPanel = useViewField('panel');
  const pathShown = useAppStore((s) => s.view.path.from !== null || s.view.path.to !== null);
  // What the canvas draws: the filtered elements without what the author hid or folded into a group.
  const visible = useShown();
  const selectedNode = useAppStore((s) => (s.view.selection?.type === 'node' ? s.view.selection.id : null));
  const drawer = useDrawer(
    selectedNode,
    useAppStore((s) => s.view.selection !== null || s.view.selectedNodes.length > 0),
  );
  const large = useLargeGraphView(data, focus, visible);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target as HTMLElement | null)?.closest('input, select, textarea')) deselect();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!data) return null;
  const panels = EMBED ? PANELS.filter((p) => p.id !== 'filters') : PANELS;
  const panel = EMBED && shownPanel === 'filters' ? 'details' : shownPanel;
  return (
    <div className={`app ${drawer.open ? 'drawer-open' : ''} ${EMBED ? 'embed' : ''}`}>
      <a
        className="skip-link"
        href="#side-panel"
        onClick={(e) => {
          e.preventDefault();
          const { view } = useAppStore.getState();
          if (view.panel !== 'details' && view.selection) updateView(setPanel, 'details');
          focusPanel();
        }}
      >
        Skip to the panel
      </a>
      <header className="topbar">
        <h1 className="app-title">Sanctions explorer</h1>
        <DataOriginNote where="header" />
        {EMBED ? (
          <Suspense fallback={null}>
            <EmbedBar />
          </Suspense>
        ) : (
          <>
            {SERVER ? (
              <Suspense fallback={null}>
                <ServerSearchBox />
              </Suspense>
            ) : (
              <SearchBox onChoose={chooseFromSearch} />
            )}
            <TopbarMenu>
              <Toolbar />
              <OpenDataButton />
              <ShareMenu />
            </TopbarMenu>
          </>
        )}
      </header>
      <Notices />
      <main className="main" aria-label={mainView === 'graph' ? 'Graph' : 'List'}>
        {!EMBED && (
          <div className="main-bars">
            {SERVER && (
              <Suspense fallback={null}>
                <ServerBar />
              </Suspense>
            )}
            {mainView === 'graph' && <LazyCurateBar />}
            <FocusBar />
            {pathShown && (
              <Suspense fallback={<LoadingPanel className="path-bar bar" />}>
                <PathBar />
              </Suspense>
            )}
          </div>
        )}
        {EMBED && (
          <Suspense fallback={null}>
            <EmbedFilterNote />
          </Suspense>
        )}
        <ViewTitle />
        <div className="main-view">
          <ErrorBoundary what="The graph view">
            {large.summary || !large.graph ? (
              <Suspense fallback={<LoadingPanel />}>
                <LargeGraphSummary />
              </Suspense>
            ) : mainView === 'graph' ? (
              <Canvas graph={large.graph} visible={visible} />
            ) : (
              <Suspense fallback={<LoadingPanel />}>
                <ListView />
              </Suspense>
            )}
          </ErrorBoundary>
          {mainView === 'graph' && !large.summary && <Legend />}
          {EMBED && (
            <Suspense fallback={null}>
              <EmbedCredit />
            </Suspense>
          )}
        </div>
        {!EMBED && <TimeBar />}
      </main>
      <aside className="side" id="side-panel" aria-label="Side panel">
        <div className="tabs">
          <div role="tablist" aria-label="Side panel" className="tab-list">
            {panels.map((p) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                aria-selected={panel === p.id}
                onClick={() => {
                  updateView(setPanel, p.id);
                  drawer.openByTab();
                }}
              >
                {p.label}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="drawer-close"
            aria-label="Close panel"
            onClick={() => {
              drawer.close();
              deselect();
            }}
          >
            ×
          </button>
        </div>
        <div role="tabpanel" className="panel-body">
          <DataOriginNote where="panel" />
          {panel === 'details' && <DetailPanel />}
          {panel === 'filters' && (
            <ErrorBoundary what="The filters">
              <Suspense fallback={<LoadingPanel />}>
                <FiltersPanel />
              </Suspense>
            </ErrorBoundary>
          )}
          {panel === 'insights' && (
            <ErrorBoundary what="The insights">
              <Suspense fallback={<LoadingPanel />}>
                <InsightsPanel />
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
      </aside>
    </div>
  );
}
