// Which browser-history entry a view change deserves, by each field's history rule in the field table:
// meaningful changes (what is shown and selected) push an entry so Back walks through them; camera moves
// and node drags only replace the current one.
import { changedFields } from './equal.ts';
import { FIELD_NAMES, VIEW_FIELDS } from './fields.ts';
import type { ViewState } from './types.ts';

export type HistoryAction = 'push' | 'replace' | 'none';

/** Fields whose change adds a history entry; any other change (camera, positions, dataset) replaces it. */
export const HISTORY_FIELDS: readonly (keyof ViewState)[] = FIELD_NAMES.filter(
  (name) => VIEW_FIELDS[name].history === 'push',
);

/** 'push' for a meaningful change, 'replace' for camera or position changes only, 'none' when equal. */
export function historyAction(prev: ViewState, next: ViewState): HistoryAction {
  const changed = changedFields(prev, next);
  if (changed.length === 0) return 'none';
  return changed.some((field) => HISTORY_FIELDS.includes(field)) ? 'push' : 'replace';
}
