// Keeps the shown data in step with the view's identity setting: when a view asks for judged-same nodes split
// (or merged again), the recorded dataset is prepared again that way. Data without judgements is left alone.
import { prepareData } from './loadedData.ts';
import { setData, useAppStore } from './store.ts';

let stop: (() => void) | null = null;

/** Starts following the view's `identities` field (once; later calls do nothing). */
export function startIdentitySync(): void {
  if (stop) return;
  const follow = () => {
    const { data, view } = useAppStore.getState();
    if (!data || data.identities === view.identities) return;
    if ((data.recorded.identities ?? []).length === 0) return;
    setData(prepareData(data.recorded, data.origin, view.identities), view);
  };
  stop = useAppStore.subscribe(follow);
  follow();
}
