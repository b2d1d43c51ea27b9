// The entity ids drawn in server mode, as they travel in a link (`?ids=`): a compressed JSON list, read back
// with every value checked, so a link reopens the same entities from the server.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** Most entities drawn at once (the API's export limit). */
export const MAX_DRAWN = 500;

export function encodeDrawnIds(ids: readonly string[]): string {
  return compressToEncodedURIComponent(JSON.stringify(ids.slice(0, MAX_DRAWN)));
}

/** The ids of a link, or an empty list when the value is not a list of ids; never throws. */
export function decodeDrawnIds(value: string | null): string[] {
  if (value === null || value === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(decompressFromEncodedURIComponent(value) ?? '');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const ids = parsed.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200);
  return [...new Set(ids)].slice(0, MAX_DRAWN);
}

/** `ids` with `more` added at the end (no repeats), at most MAX_DRAWN. */
export function addDrawn(ids: readonly string[], more: readonly string[]): string[] {
  const out = [...ids];
  const seen = new Set(ids);
  for (const id of more) {
    if (out.length >= MAX_DRAWN) break;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}
