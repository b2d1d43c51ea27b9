// Fits a decoded view state to the data at hand: each field's clean rule in the field table (fields.ts)
// drops ids the dataset does not have and clamps numbers into range; this loop gathers the missing ids into
// one notice and says whether the link was made on other data.
import type { CleanInput } from './fieldSpec.ts';
import { FIELD_NAMES, VIEW_FIELDS } from './fields.ts';
import { quote } from './notices.ts';
import type { KnownData, ViewState } from './types.ts';

export type { KnownData };

export interface CleanOptions {
  /** How notices name what the state came from. Default "link". */
  source?: 'link' | 'view file';
}

export interface CleanedView {
  state: ViewState;
  notices: string[];
}

/** Names of missing items listed in a notice before "and N more". */
const MAX_NAMED = 8;

function describe(missing: readonly string[]): string {
  const named = missing.slice(0, MAX_NAMED).join(', ');
  return missing.length > MAX_NAMED ? `${named} and ${missing.length - MAX_NAMED} more` : named;
}

function cleanField<K extends keyof ViewState>(name: K, input: CleanInput): void {
  input.state[name] = VIEW_FIELDS[name].clean(input.state[name], input);
}

/**
 * How a view's node ids map to the data it will show. The view's `identities` says whether judged-same nodes
 * are merged: then an id merged away names the node it went into (a link made on split nodes, or before the
 * judgement was recorded, still finds the body); split, each recorded id is a node of its own.
 */
function nodeResolver(known: KnownData, identities: ViewState['identities']): (id: string) => string | null {
  const mergedAway = known.mergedAway ?? new Map<string, string>();
  return (id) => {
    const into = mergedAway.get(id);
    if (into === undefined) return known.nodeIds.has(id) ? id : null;
    if (identities === 'split') return id;
    return known.nodeIds.has(into) ? into : null;
  };
}

/**
 * Returns the state with every id the data does not know dropped (selection, focus, expanded nodes, path
 * endpoints, dragged positions, hidden bodies), depth clamped to 1..3, zoom to MIN_ZOOM..MAX_ZOOM, and
 * non-finite numbers dropped. The result names the current dataset version (when known). Never mutates `state`.
 */
export function cleanViewState(state: ViewState, known: KnownData, options: CleanOptions = {}): CleanedView {
  const source = options.source ?? 'link';
  const missing: string[] = [];
  const resolve = nodeResolver(known, state.identities);
  const input: CleanInput = {
    known,
    nodeId: (id, what) => {
      const found = resolve(id);
      if (found === null) missing.push(`${what} ${quote(id)}`);
      return found;
    },
    hasEdge: (id, what) => {
      if (known.edgeIds.has(id)) return true;
      missing.push(`${what} ${quote(id)}`);
      return false;
    },
    notices: [],
    state: { ...state },
  };
  for (const name of FIELD_NAMES) cleanField(name, input);
  const { notices } = input;

  const count = `${missing.length} ${missing.length === 1 ? 'item' : 'items'}`;
  const changed = state.dataset !== null && known.datasetVersion !== null && state.dataset !== known.datasetVersion;
  if (changed) {
    const found =
      missing.length === 0 ? 'Everything in it was found.' : `${count} could not be found: ${describe(missing)}.`;
    notices.unshift(
      `This ${source} was made on dataset version ${quote(state.dataset ?? '')}; now ${quote(known.datasetVersion ?? '')}. ${found}`,
    );
  } else if (missing.length > 0) {
    notices.unshift(
      `${count} in this ${source} could not be found in the data and ${missing.length === 1 ? 'was' : 'were'} ignored: ${describe(missing)}.`,
    );
  }
  return { state: input.state, notices };
}
