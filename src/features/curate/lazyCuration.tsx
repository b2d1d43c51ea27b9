// The curation tools (bar, panels, node style and the commands behind them) are chunks of their own, fetched
// as soon as the app has started (ui/lazyPart), so the page's first load leaves them out. Until the bar has
// arrived its place holds the same buttons, disabled, so nothing moves when it does; a shift-click or a
// lasso made before then waits for the commands.
import { Suspense } from 'react';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { updateView } from '../../state/store.ts';

const CurateBar = lazyPart(() => import('./CurateBar.tsx').then((m) => m.CurateBar));
const CurationPanelPart = lazyPart(() => import('./CurationPanel.tsx').then((m) => m.CurationPanel));
const SelectionPanelPart = lazyPart(() => import('./SelectionPanel.tsx').then((m) => m.SelectionPanel));
const NodeStylePart = lazyPart(() => import('./NodeStyle.tsx').then((m) => m.NodeStyle));

const BAR_BUTTONS = ['Hide', 'Hide others', 'Pin', 'Group', 'Add note', 'Title', 'Undo', 'Redo'];

function CurateBarShell() {
  return (
    <div className="curate-bar" role="toolbar" aria-label="Curate this view" aria-busy="true">
      {BAR_BUTTONS.map((label) => (
        <button key={label} type="button" disabled>
          {label}
        </button>
      ))}
    </div>
  );
}

export function LazyCurateBar() {
  return (
    <ErrorBoundary what="The curation tools">
      <Suspense fallback={<CurateBarShell />}>
        <CurateBar />
      </Suspense>
    </ErrorBoundary>
  );
}

type PropsOf<T> = T extends (props: infer P) => unknown ? P : never;

export function CurationPanel(props: PropsOf<typeof CurationPanelPart>) {
  return (
    <ErrorBoundary what="The list of this view's groups and notes">
      <Suspense fallback={null}>
        <CurationPanelPart {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

export function SelectionPanel(props: PropsOf<typeof SelectionPanelPart>) {
  return (
    <ErrorBoundary what="The selection panel">
      <Suspense fallback={null}>
        <SelectionPanelPart {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

export function NodeStyle(props: PropsOf<typeof NodeStylePart>) {
  return (
    <ErrorBoundary what="The node style">
      <Suspense fallback={null}>
        <NodeStylePart {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** Shift-click on a node: adds it to the multi-selection or takes it out. */
export function shiftSelect(id: string): void {
  void import('../../state/curationCommands.ts').then((m) => m.shiftSelect(id));
}

/** A lasso: the nodes it held become the multi-selection. */
export function lassoSelect(ids: string[]): void {
  void import('../../state/curationTransitions.ts').then((m) => updateView(m.selectNodes, ids));
}
