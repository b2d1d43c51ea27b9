// The search over names and aliases, built once per dataset after the data is on screen. MiniSearch and the
// index code are a chunk of their own, so they are not part of the first screen's JavaScript, and building
// the index (in slices) never holds back the first drawing of the graph.
import type { NameMatch, SearchOptions } from '../core/search/nameIndex.ts';
import type { LoadedData } from './loadedData.ts';

/** Searches the names of the data shown (see core/search/nameIndex.ts for what matches). */
export type NameSearch = (query: string, options?: SearchOptions) => NameMatch[];

/** The search of one dataset, or why there is none yet: its index is being built, or could not be. */
export type NameSearchState =
  | { status: 'building'; data: LoadedData }
  | { status: 'ready'; data: LoadedData; search: NameSearch }
  | { status: 'failed'; data: LoadedData; message: string };

/** Loads the index code, builds the index of `data` in slices, and gives its search. Never rejects. */
export async function buildNameSearch(data: LoadedData): Promise<NameSearchState> {
  try {
    const { buildNameIndexInSteps, search } = await import('../core/search/nameIndex.ts');
    const index = await buildNameIndexInSteps(data.dataset.nodes);
    return { status: 'ready', data, search: (query, options) => search(index, query, options) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      data,
      message: `The name search could not be loaded (${why}); reload the page to try again.`,
    };
  }
}

/** The search itself when it is ready, else null. */
export function readySearch(state: NameSearchState | null): NameSearch | null {
  return state?.status === 'ready' ? state.search : null;
}

/** What a search field says while there is no search: it is being built, or why it could not be. */
export function waitingText(state: NameSearchState | null): string {
  return state?.status === 'failed' ? state.message : 'Preparing the name search…';
}
