// The curated part of a view in a link: hidden (h) and pinned (pi) nodes, groups (g), notes (n), title (ti),
// caption (ca) and node styles (ns); all of them compressed together as cz when that is at least a tenth shorter.
import LZString from 'lz-string';
import {
  HIGHLIGHT_NAMES,
  isDefaultCuration,
  type Curation,
  type HighlightColour,
  type NoteTarget,
} from './curation.ts';
import { assembleCuration } from './curationRead.ts';
import { NoticeCollector, listForNotice } from './notices.ts';
import { isValidId } from './validate.ts';

export const CURATION_KEYS = ['h', 'pi', 'g', 'n', 'ti', 'ca', 'ns'] as const;
export type CurationKey = (typeof CURATION_KEYS)[number];
/** Compressed curation longer than this is not decompressed (bounds what a hostile link can expand to). */
export const MAX_COMPRESSED_CURATION = 8_000;
/** Decompressed curation longer than this is not read. */
const MAX_EXPANDED_CURATION = 100_000;

const PLAIN = /^[A-Za-z0-9.:-]$/;

/**
 * Percent-encodes text for a link value: letters, digits and . : - stay; a space becomes "_" (notes are mostly
 * words, and "%20" would triple each space); everything else, "_" included, is %-encoded as UTF-8.
 */
export function escapeCuratedText(text: string): string {
  let out = '';
  for (const char of text) {
    if (PLAIN.test(char)) out += char;
    else if (char === ' ') out += '_';
    else {
      const encoded = encodeURIComponent(char);
      out += encoded !== char ? encoded : `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/** Reverses escapeCuratedText (and escapeLinkText, for ids); null for a malformed %-escape. */
export function unescapeCuratedText(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/_/g, ' '));
  } catch {
    return null;
  }
}

/** Ids are written like text, so "_" in an id is escaped and "_" in a link reads as a space. */
const id = escapeCuratedText;
const readId = (text: string): string | null => {
  const value = unescapeCuratedText(text);
  return isValidId(value) ? value : null;
};

function encodeTarget(target: NoteTarget): string {
  if (target.type === 'point') return `p~${Math.round(target.x) || 0}~${Math.round(target.y) || 0}`;
  return `${target.type === 'node' ? 'o' : 'e'}~${id(target.id)}`;
}

/** The curation's key=value pairs as plain (uncompressed) text; empty for the default. */
function plainPairs(c: Curation): [CurationKey, string][] {
  const pairs: [CurationKey, string][] = [];
  if (c.hidden.length > 0) pairs.push(['h', c.hidden.map(id).join(',')]);
  if (c.pinned.length > 0) pairs.push(['pi', c.pinned.map(id).join(',')]);
  if (c.groups.length > 0) {
    const groups = c.groups.map(
      (g) => `${g.id}~${escapeCuratedText(g.label)}~${g.members.map(id).join('!')}${g.collapsed ? '~c' : ''}`,
    );
    pairs.push(['g', groups.join(',')]);
  }
  if (c.notes.length > 0) {
    pairs.push(['n', c.notes.map((n) => `${n.id}~${encodeTarget(n.target)}~${escapeCuratedText(n.text)}`).join(',')]);
  }
  if (c.title !== '') pairs.push(['ti', escapeCuratedText(c.title)]);
  if (c.caption !== '') pairs.push(['ca', escapeCuratedText(c.caption)]);
  if (c.styles.length > 0) {
    const styles = c.styles.map(
      (s) => `${id(s.node)}~${s.label === null ? '' : escapeCuratedText(s.label)}~${s.colour ?? ''}`,
    );
    pairs.push(['ns', styles.join(',')]);
  }
  return pairs;
}

/** The link pairs of a curation: plain keys, or one `cz` of them all compressed where that pays. */
export function encodeCuration(c: Curation): [CurationKey | 'cz', string][] {
  if (isDefaultCuration(c)) return [];
  const pairs = plainPairs(c);
  const plain = pairs.map(([k, v]) => `${k}=${v}`).join('&');
  const packed = LZString.compressToEncodedURIComponent(plain);
  return packed.length <= plain.length * 0.9 && packed.length <= MAX_COMPRESSED_CURATION ? [['cz', packed]] : pairs;
}

function readTarget(fields: string[]): { target: NoteTarget; rest: string[] } | null {
  const [kind, first, second, ...more] = fields;
  if (kind === 'p') {
    const x = /^-?\d{1,7}$/.test(first ?? '') ? Number(first) : NaN;
    const y = /^-?\d{1,7}$/.test(second ?? '') ? Number(second) : NaN;
    return Number.isFinite(x) && Number.isFinite(y) ? { target: { type: 'point', x, y }, rest: more } : null;
  }
  const target = readId(first ?? '');
  if ((kind !== 'o' && kind !== 'e') || target === null) return null;
  return {
    target: { type: kind === 'o' ? 'node' : 'edge', id: target },
    rest: second === undefined ? more : [second, ...more],
  };
}

/** Reads the curation keys of a link (plain, or the compressed cz); what cannot be read is named in a notice. */
export function readCuration(get: (key: CurationKey | 'cz') => string | undefined, notices: NoticeCollector): Curation {
  let lookup = get;
  const packed = get('cz');
  if (packed !== undefined) {
    if (CURATION_KEYS.some((k) => get(k) !== undefined)) {
      notices.add('Ignored the compressed curation (cz): the link also has plain curation keys.');
    } else {
      const expanded = expand(packed, notices);
      lookup = (key) => (key === 'cz' ? undefined : expanded.get(key));
    }
  }
  const rejected: string[] = [];
  const items = (key: CurationKey): string[] => (lookup(key) ?? '').split(',').filter((item) => item !== '');
  const ids = (key: CurationKey): string[] =>
    items(key).flatMap((raw) => {
      const value = readId(raw);
      if (value === null) rejected.push(`${key}: ${raw}`);
      return value === null ? [] : [value];
    });
  const text = (key: CurationKey): string => {
    const raw = lookup(key);
    if (raw === undefined) return '';
    const value = unescapeCuratedText(raw);
    if (value === null) rejected.push(`${key}: ${raw}`);
    return value ?? '';
  };
  const groups = items('g').flatMap((raw) => {
    const [gid, label, members, flag, ...more] = raw.split('~');
    const name = unescapeCuratedText(label ?? '');
    const ids1 = (members ?? '').split('!').map(readId);
    if (
      gid === undefined ||
      name === null ||
      more.length > 0 ||
      (flag !== undefined && flag !== 'c') ||
      ids1.some((m) => m === null)
    ) {
      rejected.push(`g: ${raw}`);
      return [];
    }
    return [{ id: gid, label: name, members: ids1.filter((m): m is string => m !== null), collapsed: flag === 'c' }];
  });
  const notes = items('n').flatMap((raw) => {
    const [nid, ...fields] = raw.split('~');
    const read = readTarget(fields);
    const body = read && read.rest.length === 1 ? unescapeCuratedText(read.rest[0] ?? '') : null;
    if (nid === undefined || read === null || body === null) {
      rejected.push(`n: ${raw}`);
      return [];
    }
    return [{ id: nid, text: body, target: read.target }];
  });
  const styles = items('ns').flatMap((raw) => {
    const [node, label, colour, ...more] = raw.split('~');
    const nodeId = readId(node ?? '');
    const name = label === undefined || label === '' ? null : unescapeCuratedText(label);
    const tint = HIGHLIGHT_NAMES.find((c) => c === colour) ?? null;
    if (nodeId === null || more.length > 0 || (label !== '' && name === null) || (colour !== '' && tint === null)) {
      rejected.push(`ns: ${raw}`);
      return [];
    }
    return [{ node: nodeId, label: name, colour: tint as HighlightColour | null }];
  });
  const parts = {
    hidden: ids('h'),
    pinned: ids('pi'),
    groups,
    notes,
    title: text('ti'),
    caption: text('ca'),
    styles,
  };
  if (rejected.length > 0)
    notices.add(`Ignored parts of the curation that could not be read: ${listForNotice(rejected)}.`);
  return assembleCuration(parts, notices);
}

function expand(packed: string, notices: NoticeCollector): Map<CurationKey, string> {
  const values = new Map<CurationKey, string>();
  if (packed.length > MAX_COMPRESSED_CURATION) {
    notices.add(
      `Ignored the compressed curation (cz): ${packed.length} characters, over the limit of ${MAX_COMPRESSED_CURATION}.`,
    );
    return values;
  }
  let plain: string | null = null;
  try {
    plain = LZString.decompressFromEncodedURIComponent(packed);
  } catch {
    plain = null;
  }
  if (typeof plain !== 'string' || plain === '' || plain.length > MAX_EXPANDED_CURATION) {
    notices.add('Ignored the compressed curation (cz): it could not be decompressed.');
    return values;
  }
  for (const part of plain.split('&')) {
    const equals = part.indexOf('=');
    const key = CURATION_KEYS.find((k) => k === part.slice(0, equals));
    if (equals < 0 || key === undefined || values.has(key)) {
      notices.add('Ignored a part of the compressed curation (cz) that is not a curation key.');
      continue;
    }
    values.set(key, part.slice(equals + 1));
  }
  return values;
}
