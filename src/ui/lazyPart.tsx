// Parts of the app the first screen does not show (menus' panels, side tabs, dialogs) are chunks of their
// own, so the page's first load is smaller. They are fetched once the first graph is drawn (or a few seconds
// after start where none is), so that opening one later shows it at once; "Loading…" shows only if one is
// opened before it arrived. Not sooner: thirty requests at start kept a link's data file waiting for a
// connection (see docs/benchmarks.md).
import { lazy, useState, type ComponentType } from 'react';

const parts: (() => Promise<unknown>)[] = [];

/**
 * A component loaded by `load` on first use (or by preloadLazyParts). Once loaded it renders at once, without
 * suspending; a failed load is tried again the next time. Use inside <Suspense> (and an ErrorBoundary).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const once = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  parts.push(once);
  const Lazy = lazy(once);
  function Part(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Part;
}

/** Fetches every lazy part now (a failure is left to the part's own first use). */
export function preloadLazyParts(): void {
  for (const load of parts) load().catch(() => undefined);
}
