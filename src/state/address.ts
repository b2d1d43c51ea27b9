// The page address: the one module that reads the query string (?data, ?embed, ?draw) and the hash, and the
// only one that writes the URL. Parsing is pure (parseAddress); pageAddress() reads window.location.
import { encodeViewState } from '../core/view/codec.ts';
import type { ViewState } from '../core/view/viewState.ts';

/** The query parameter naming data to open at start: `?data=https://example.org/export.ftm.json`. */
export const DATA_PARAM = 'data';
/** The query parameter that opens the read-only embed mode: `?embed=1`. */
export const EMBED_PARAM = 'embed';
/** The query parameter that turns the large-graph summary off: `?draw=all` draws every entity. */
export const DRAW_PARAM = 'draw';

/** What the page address asks for. */
export interface PageAddress {
  /** `?data=`: data to open at start (trimmed), or null. */
  dataUrl: string | null;
  /** `?embed=1`: the read-only embed. */
  embed: boolean;
  /** `?draw=all`: draw every entity whatever the size of the graph. */
  drawAll: boolean;
  /** The hash without its "#": the view link. */
  hash: string;
}

/** Reads a query string and a hash (each with or without its "?" or "#"). Never throws. */
export function parseAddress(search: string, hash = ''): PageAddress {
  const params = new URLSearchParams(search);
  const data = params.get(DATA_PARAM)?.trim() ?? '';
  return {
    dataUrl: data === '' ? null : data,
    embed: params.get(EMBED_PARAM) === '1',
    drawAll: params.get(DRAW_PARAM) === 'all',
    hash: hash.startsWith('#') ? hash.slice(1) : hash,
  };
}

let parsed: { search: string; hash: string; address: PageAddress } | null = null;

/** The address of the page now, parsed once per address. */
export function pageAddress(): PageAddress {
  if (typeof window === 'undefined') return parseAddress('');
  const { search, hash } = window.location;
  if (parsed?.search !== search || parsed.hash !== hash) parsed = { search, hash, address: parseAddress(search, hash) };
  return parsed.address;
}

/**
 * The query string with `?data=` set to `dataUrl` (or removed when null), other parameters kept. The URL's
 * ":" and "/" are left readable; "&", "#", "?" and the like are escaped.
 */
export function searchWithData(search: string, dataUrl: string | null): string {
  const params = new URLSearchParams(search);
  params.delete(DATA_PARAM);
  const rest = params.toString();
  const parts = rest === '' ? [] : [rest];
  if (dataUrl !== null)
    parts.push(`${DATA_PARAM}=${encodeURIComponent(dataUrl).replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** A change of the page address: each part left out stays as it is. */
export interface AddressChange {
  /** The view to write as the hash; null removes the hash. */
  view?: ViewState | null;
  /** The `?data=` value; null removes it. */
  dataUrl?: string | null;
  /** Other query parameters to set (a value) or remove (null), such as server mode's `api` and `ids`. */
  params?: ReadonlyArray<readonly [name: string, value: string | null]>;
}

/** One query parameter of the page address now, or null. */
export function pageParam(name: string): string | null {
  if (typeof window === 'undefined') return null;
  return new URLSearchParams(window.location.search).get(name);
}

function withParams(search: string, params: AddressChange['params']): string {
  if (!params || params.length === 0) return search;
  const query = new URLSearchParams(search);
  for (const [name, value] of params) {
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The address after `change`, as a path, query string and hash (pure, for tests and writeAddress). */
export function nextAddress(location: { pathname: string; search: string; hash: string }, change: AddressChange) {
  const withData = change.dataUrl === undefined ? location.search : searchWithData(location.search, change.dataUrl);
  const search = withParams(withData, change.params);
  const hash =
    change.view === undefined ? location.hash : change.view === null ? '' : `#${encodeViewState(change.view)}`;
  return `${location.pathname}${search}${hash}`;
}

/**
 * Writes the page address: 'push' adds a browser-history entry (Back returns to the one before), 'replace'
 * rewrites the current one. The only writer of the URL in the app.
 */
export function writeAddress(change: AddressChange, mode: 'push' | 'replace' = 'replace'): void {
  const url = nextAddress(window.location, change);
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
