// The one store of UI state: the loaded data, the view state and the notices. Components subscribe to
// small slices with selectors; changes go through named actions built from the pure transitions.
import { create } from 'zustand';
import { defaultViewState, type ViewState } from '../core/view/viewState.ts';
import type { LoadedData } from './loadedData.ts';
import { buildNameSearch, type NameSearchState } from './nameSearch.ts';
import { cleanText } from '../core/text/cleanText.ts';
import { withNotice } from '../core/text/notices.ts';

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
}

export interface AppState {
  data: LoadedData | null;
  view: ViewState;
  notices: Notice[];
  /** The name search of `data`: built after the data is shown (nameSearch.ts). */
  names: NameSearchState | null;
}

export const useAppStore = create<AppState>(() => ({
  data: null,
  view: defaultViewState(),
  notices: [],
  names: null,
}));

/** Applies a pure view transition: `updateView(selectNode, 'chen-quanguo')`. */
export function updateView<A extends unknown[]>(
  transition: (view: ViewState, ...args: A) => ViewState,
  ...args: A
): void {
  useAppStore.setState((state) => {
    const view = transition(state.view, ...args);
    return view === state.view ? state : { view };
  });
}

export function replaceView(view: ViewState): void {
  useAppStore.setState({ view });
}

let nextNoticeId = 1;

/** Shows a notice: its text cleaned (it may quote a link or a file), never twice, at most MAX_NOTICES at once. */
export function addNotice(text: string, tone: Notice['tone'] = 'info'): void {
  const notice = { id: nextNoticeId++, tone, text: cleanText(text) };
  useAppStore.setState((state) => ({ notices: withNotice(state.notices, notice) }));
}

export function dismissNotice(id: number): void {
  useAppStore.setState((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
}

/** Shows new data with `view`, then builds its name search (the search boxes say so meanwhile). */
export function setData(data: LoadedData, view: ViewState): void {
  useAppStore.setState({ data, view, names: { status: 'building', data } });
  void buildNameSearch(data).then((names) => {
    // Other data may have been opened meanwhile: its own search is on the way.
    if (useAppStore.getState().data === data) useAppStore.setState({ names });
  });
}

export const useView = (): ViewState => useAppStore((s) => s.view);
/** One field of the view: the component re-renders when that field changes, not on every view change. */
export const useViewField = <K extends keyof ViewState>(name: K): ViewState[K] => useAppStore((s) => s.view[name]);
export const useData = (): LoadedData | null => useAppStore((s) => s.data);
export const useNameSearch = (): NameSearchState | null => useAppStore((s) => s.names);
