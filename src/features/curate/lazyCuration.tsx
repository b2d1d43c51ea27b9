// The curation tools (bar, panels, node style and the commands behind them) are chunks of their own, fetched
// as soon as the app has started (ui/lazyPart), so the page's first load leaves them out. Until the bar has
// arrived its place holds the same buttons, disabled, so nothing moves when it does; a shift-click or a
// lasso made before then waits for the commands.
import { Suspense, type ComponentType } from 'react';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { lazyPart } from '../../ui/lazyPart.tsx';
import { updateView } from '../../state/store.ts';

const CurateBar = lazyPart(() => import('./CurateBar.tsx').then((m) => m.CurateBar));
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

/** A lazily fetched panel part inside its own error boundary: nothing shows until it has arrived. */
function guardedPart<P extends object>(what: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Part = lazyPart(load);
  return function Guarded(props: P) {
    return (
      <ErrorBoundary what={what}>
        <Suspense fallback={null}>
          <Part {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}

export const CurationPanel = guardedPart("The list of this view's groups and notes", () =>
  import('./CurationPanel.tsx').then((m) => m.CurationPanel),
);
export const SelectionPanel = guardedPart('The selection panel', () =>
  import('./SelectionPanel.tsx').then((m) => m.SelectionPanel),
);
export const NodeStyle = guardedPart('The node style', () => import('./NodeStyle.tsx').then((m) => m.NodeStyle));

/** Shift-click on a node: adds it to the multi-selection or takes it out. */
export function shiftSelect(id: string): void {
  void import('../../state/curationCommands.ts').then((m) => m.shiftSelect(id));
}

/** A lasso: the nodes it held become the multi-selection. */
export function lassoSelect(ids: string[]): void {
  void import('../../state/curationTransitions.ts').then((m) => updateView(m.selectNodes, ids));
}
