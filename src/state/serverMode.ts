// Server mode: the app draws a part of a large dataset kept on a server. The drawn entity ids are the
// state; the server exports them as FtM and the browser's own FtM importer maps them, so what is drawn
// follows the same rules as an opened file. The ids travel in the link (`?ids=`) with the API (`?api=`).
import { create } from 'zustand';
import { importFtmText } from '../core/data/ftm/importer.ts';
import { FTM_ID_NOTE_PREFIX } from '../core/data/ftm/context.ts';
import type { Dataset } from '../core/model/schema.ts';
import { createServerClient, ServerError, type ServerClient } from '../core/server/client.ts';
import { addDrawn, decodeDrawnIds, encodeDrawnIds } from '../core/server/drawnIds.ts';
import { encodeViewState } from '../core/view/codec.ts';
import { defaultViewState, type ViewState } from '../core/view/viewState.ts';
import { pageParam, writeAddress } from './address.ts';
import { prepareData, type LoadedData } from './loadedData.ts';
import { addNotice, setData, useAppStore } from './store.ts';
import { selectNode, setPathEndpoint } from './transitions.ts';
import { startUrlSync, viewFromHash } from './urlSync.ts';

export const API_PARAM = 'api';
export const IDS_PARAM = 'ids';
/** Neighbours fetched by one press of "expand". */
export const EXPAND_PAGE = 25;

export interface ServerModeState {
  client: ServerClient | null;
  /** FtM ids drawn, in the order they were added. */
  ids: string[];
  /** Neighbours already fetched per entity (the next expansion's offset) and how many there are. */
  fetched: Map<string, { offset: number; total: number }>;
  busy: string | null;
}

export const useServerMode = create<ServerModeState>(() => ({ client: null, ids: [], fetched: new Map(), busy: null }));

/**
 * The FtM id a drawn node came from: the importer keeps it in an editor's note when it had to rewrite the id
 * (in a reader's note before 5 Dec, which saved bundles may still have).
 */
export function ftmIdOf(node: {
  id: string;
  notes: readonly string[];
  editorNotes?: readonly string[] | undefined;
}): string {
  const note = [...(node.editorNotes ?? []), ...node.notes].find((n) => n.startsWith(FTM_ID_NOTE_PREFIX));
  return note === undefined ? node.id : note.slice(FTM_ID_NOTE_PREFIX.length);
}

function nodeIdFor(dataset: Dataset, ftmId: string): string | undefined {
  return dataset.nodes.find((n) => ftmIdOf(n) === ftmId)?.id;
}

function writeLink(ids: readonly string[]): void {
  writeAddress({ params: [[IDS_PARAM, encodeDrawnIds(ids)]] });
}

async function run<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  useServerMode.setState({ busy: label });
  try {
    return await work();
  } catch (error) {
    addNotice(
      error instanceof ServerError ? `Server: ${error.message}.` : `Server mode failed: ${String(error)}`,
      'error',
    );
    return undefined;
  } finally {
    useServerMode.setState({ busy: null });
  }
}

/** Fetches the ids from the server, maps them with the FtM importer and shows them with `viewFor`'s view. */
async function draw(ids: string[], viewFor: (data: LoadedData) => ViewState): Promise<void> {
  const { client } = useServerMode.getState();
  if (client === null) return;
  const text = ids.length === 0 ? '' : await client.exportFtm(ids);
  const dataset =
    text.trim() === ''
      ? emptyDataset()
      : importFtmText(text, { fileName: `the server at ${new URL(client.base).host}`, url: client.base }).dataset;
  const data = prepareData(dataset, { kind: 'url', url: client.base });
  setData(data, viewFor(data));
  useServerMode.setState({ ids });
  writeLink(ids);
}

function emptyDataset(): Dataset {
  return importFtmText('{"id":"none","schema":"Person","properties":{"name":["(nothing drawn yet)"]}}\n', {
    fileName: 'server',
  }).dataset;
}

/** The current view, kept, with the selection moved to `select` (an FtM id) when given. */
function keepView(select?: string): (data: LoadedData) => ViewState {
  return (data) => {
    // Through the link codec: the view is cleaned against the new data (ids no longer drawn dropped).
    const view = viewFromHash(`#${encodeViewState(useAppStore.getState().view)}`, data).view;
    const node = select === undefined ? undefined : nodeIdFor(data.dataset, select);
    return node === undefined ? view : selectNode(view, node);
  };
}

/** Draws `id` with a first page of its neighbours, and selects it (the search box's choice). */
export function openEntity(id: string): Promise<void> {
  return expand(id, { fresh: true });
}

/** Adds the next page of `id`'s neighbours to what is drawn. */
export async function expand(id: string, options: { fresh?: boolean } = {}): Promise<void> {
  const state = useServerMode.getState();
  const client = state.client;
  if (client === null) return;
  await run('Fetching neighbours…', async () => {
    const offset = options.fresh ? 0 : (state.fetched.get(id)?.offset ?? 0);
    const page = await client.neighbours(id, offset, EXPAND_PAGE);
    const fetched = new Map(options.fresh ? [] : state.fetched);
    fetched.set(id, { offset: offset + page.items.length, total: page.total });
    useServerMode.setState({ fetched });
    const base = options.fresh ? [id] : addDrawn(state.ids, [id]);
    await draw(
      addDrawn(
        base,
        page.items.map((n) => n.id),
      ),
      keepView(id),
    );
  });
}

/** Fetches a shortest path from `from` to `to`, draws it with what is drawn, and sets the view's path ends. */
export async function followPath(from: string, to: string): Promise<void> {
  const client = useServerMode.getState().client;
  if (client === null) return;
  await run('Finding a path…', async () => {
    const answer = await client.paths(from, to);
    const path = answer.paths[0];
    if (path === undefined) {
      addNotice(
        answer.truncated ? 'No path found before the search limit.' : 'No path of 4 steps or fewer.',
        'warning',
      );
      return;
    }
    const ids = addDrawn(
      useServerMode.getState().ids,
      path.nodes.map((n) => n.id),
    );
    await draw(ids, (data) => {
      let view = keepView(to)(data);
      const a = nodeIdFor(data.dataset, from);
      const b = nodeIdFor(data.dataset, to);
      if (a !== undefined && b !== undefined) view = setPathEndpoint(setPathEndpoint(view, 'from', a), 'to', b);
      return view;
    });
  });
}

/**
 * Starts server mode on the API at `api`: the link's ids (and its view, from the hash) when it has them,
 * else the best-connected entities of the dataset.
 */
export async function startServerMode(api: string, hash: string): Promise<void> {
  const client = createServerClient(api);
  useServerMode.setState({ client });
  const linked = decodeDrawnIds(pageParam(IDS_PARAM));
  await run('Opening the server’s data…', async () => {
    const ids = linked.length > 0 ? linked : (await client.topConnected(10)).items.map((i) => i.id);
    await draw(ids, (data) =>
      linked.length === 0 ? defaultViewState(data.dataset.info.version) : viewFromHash(hash, data).view,
    );
  });
  startUrlSync();
}

/** The reader declined another server's data: the bundled data stays, and the link forgets the server. */
export function declineServer(): void {
  writeAddress({
    params: [
      [API_PARAM, null],
      [IDS_PARAM, null],
    ],
  });
  startUrlSync();
}
