// Equality of view states as a user sees them, field by field as the field table (fields.ts) says: hidden
// lists and expansions compare as sets, positions as maps. Used to decide whether a change is worth a
// browser history entry.
import { FIELD_NAMES, VIEW_FIELDS } from './fields.ts';
import type { ViewState } from './types.ts';

function sameField<K extends keyof ViewState>(name: K, a: ViewState, b: ViewState): boolean {
  return VIEW_FIELDS[name].equal(a[name], b[name]);
}

/** The fields whose values differ between two view states (order of hidden items and expansions aside). */
export function changedFields(a: ViewState, b: ViewState): (keyof ViewState)[] {
  return FIELD_NAMES.filter((name) => !sameField(name, a, b));
}

/** True when two view states show the same view. */
export function viewStatesEqual(a: ViewState, b: ViewState): boolean {
  return changedFields(a, b).length === 0;
}
