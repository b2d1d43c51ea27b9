// Whether the page runs in server mode, read once at start: a page served by `npm run serve` carries a
// <meta name="explorer-api"> tag (same origin, no question asked); `?api=URL` names another server, which the
// reader confirms first, as for `?data=`. Kept tiny: it is in the first load, the server mode code is not.
import { safeHttpUrl } from '../core/text/safeUrl.ts';

export interface ServerRequest {
  /** The API's absolute address. */
  api: string;
  /** True when the reader must confirm before the app fetches from it (another origin, from a link). */
  confirm: boolean;
  /** The link's view at start (the hash), applied once the server's entities are drawn. */
  hash: string;
}

/** The server mode this page asks for, or null. Only http(s) addresses are accepted. */
export function detectServerRequest(doc: Document, location: Location): ServerRequest | null {
  const meta = doc.querySelector('meta[name="explorer-api"]')?.getAttribute('content');
  const param = new URLSearchParams(location.search).get('api');
  const raw = meta ?? param;
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  let absolute: string;
  try {
    absolute = new URL(raw.trim(), location.href).href;
  } catch {
    return null;
  }
  const api = safeHttpUrl(absolute);
  if (api === null) return null;
  const confirm = meta === null || meta === undefined ? new URL(api).origin !== location.origin : false;
  return { api, confirm, hash: location.hash };
}

let request: ServerRequest | null | undefined;

/** The request of this page load (read on first call). */
export function serverRequest(): ServerRequest | null {
  if (request === undefined) request = detectServerRequest(document, window.location);
  return request;
}
