// Keeps the URL hash and the view state in step, both ways. The hash is a serialisation of the view:
// meaningful changes push a history entry (so Back walks through them); camera moves replace it.
import { cleanViewState } from '../core/view/clean.ts';
import { decodeViewState } from '../core/view/codec.ts';
import { changedFields } from '../core/view/equal.ts';
import { historyAction } from '../core/view/history.ts';
import type { ViewState } from '../core/view/viewState.ts';
import { pageAddress, writeAddress } from './address.ts';
import { knownData, type LoadedData } from './loadedData.ts';
import { addNotice, replaceView, useAppStore } from './store.ts';

/** Reads a view from a hash (with or without "#"), cleaned against the data; notices say what was dropped. */
export function viewFromHash(hash: string, data: LoadedData): { view: ViewState; notices: string[] } {
  const decoded = decodeViewState(hash.startsWith('#') ? hash.slice(1) : hash);
  const cleaned = cleanViewState(decoded.state, knownData(data));
  return {
    view: { ...cleaned.state, dataset: data.dataset.info.version },
    notices: [...decoded.notices, ...cleaned.notices],
  };
}

const DATE_SETTLE_MS = 800;

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  let applying = false;
  let last = useAppStore.getState().view;
  let lastDatePush = -Infinity;
  const unsubscribe = useAppStore.subscribe((state) => {
    if (applying || state.view === last) return;
    let action = historyAction(last, state.view);
    // Dragging the date slider is one change to the reader, not fifty: date-only changes in quick
    // succession replace the entry the first one pushed.
    const fields = changedFields(last, state.view);
    if (action === 'push' && fields.length === 1 && fields[0] === 'asOf') {
      const now = performance.now();
      if (now - lastDatePush < DATE_SETTLE_MS) action = 'replace';
      lastDatePush = now;
    }
    last = state.view;
    if (action === 'none') return;
    writeAddress({ view: state.view }, action);
  });
  const onPop = () => {
    const data = useAppStore.getState().data;
    if (!data) return;
    const { view, notices } = viewFromHash(pageAddress().hash, data);
    applying = true;
    last = view;
    replaceView(view);
    applying = false;
    for (const n of notices) addNotice(n, 'warning');
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
