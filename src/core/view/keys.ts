// The keys of a view link (the URL hash), in the order the encoder writes them. They are rows of the field
// table (fields.ts), the single source for the codec's key names and for docs/link-format.md's key table,
// which `npm run docs:links` writes and a test keeps in step.
import { LINK_KEYS } from './fields.ts';

export { LINK_KEYS };
export type { LinkKey } from './fieldSpec.ts';

const KEY_NAMES: ReadonlySet<string> = new Set(LINK_KEYS.map((k) => k.key));

/** True when `key` is one of the link keys. */
export function isLinkKey(key: string): boolean {
  return KEY_NAMES.has(key);
}
