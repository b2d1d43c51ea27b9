// Keeps the shown data in step with the view's identity setting: when a view asks for judged-same nodes split
// (or merged again), the recorded dataset is prepared again that way. Data without judgements is left alone.
import { cleanViewState } from '../core/view/clean.ts';
import { knownData, prepareData } from './loadedData.ts';
import { setData, useAppStore } from './store.ts';

let stop: (() => void) | null = null;

/** Starts following the view's `identities` field (once; later calls do nothing). */
export function startIdentitySync(): void {
  if (stop) return;
  const follow = () => {
    const { data, view } = useAppStore.getState();
    if (!data || data.identities === view.identities) return;
    if ((data.recorded.identities ?? []).length === 0) return;
    const next = prepareData(data.recorded, data.origin, view.identities);
    // Merging again: what named a record merged away (its selection, focus, drags) names the merged node.
    setData(next, cleanViewState(view, knownData(next)).state);
  };
  stop = useAppStore.subscribe(follow);
  follow();
}
