// Checks and lenient reading of the curated part of a view (curation.ts): the strict guard every decoded state
// passes, and the reader of untrusted objects (view files, stored history) that keeps what is valid.
import {
  HIGHLIGHT_NAMES,
  MAX_CAPTION_LENGTH,
  MAX_GROUPS,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_NOTES,
  MAX_TITLE_LENGTH,
  cleanCuratedText,
  defaultCuration,
  isCuratedText,
  type Curation,
  type Group,
  type HighlightColour,
  type Note,
  type NoteTarget,
  type NodeStyle,
} from './curation.ts';
import type { NoticeCollector } from './notices.ts';
import { isPlainRecord, isValidCoordinate, isValidId } from './validate.ts';

/** Group ids are "g1", "g2", ...; note ids "n1", "n2", ... */
const GROUP_ID = /^g[1-9]\d{0,3}$/;
const NOTE_ID = /^n[1-9]\d{0,3}$/;

const hasKeys = (record: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(record).every((key) => keys.includes(key));

const uniqueIds = (items: readonly unknown[]): boolean =>
  items.every(isValidId) && new Set(items).size === items.length;

const isColour = (value: unknown): value is HighlightColour =>
  typeof value === 'string' && (HIGHLIGHT_NAMES as readonly string[]).includes(value);

function isTarget(value: unknown): value is NoteTarget {
  if (!isPlainRecord(value)) return false;
  if (value.type === 'point')
    return hasKeys(value, ['type', 'x', 'y']) && isValidCoordinate(value.x) && isValidCoordinate(value.y);
  return hasKeys(value, ['type', 'id']) && (value.type === 'node' || value.type === 'edge') && isValidId(value.id);
}

function isGroup(value: unknown): value is Group {
  return (
    isPlainRecord(value) &&
    hasKeys(value, ['id', 'label', 'members', 'collapsed']) &&
    typeof value.id === 'string' &&
    GROUP_ID.test(value.id) &&
    isCuratedText(value.label, MAX_LABEL_LENGTH, true) &&
    Array.isArray(value.members) &&
    value.members.length > 0 &&
    uniqueIds(value.members) &&
    typeof value.collapsed === 'boolean'
  );
}

function isNote(value: unknown): value is Note {
  return (
    isPlainRecord(value) &&
    hasKeys(value, ['id', 'text', 'target']) &&
    typeof value.id === 'string' &&
    NOTE_ID.test(value.id) &&
    isCuratedText(value.text, MAX_NOTE_LENGTH, false) &&
    value.text !== '' &&
    isTarget(value.target)
  );
}

function isStyle(value: unknown): value is NodeStyle {
  return (
    isPlainRecord(value) &&
    hasKeys(value, ['node', 'label', 'colour']) &&
    isValidId(value.node) &&
    (value.label === null || (isCuratedText(value.label, MAX_LABEL_LENGTH, true) && value.label !== '')) &&
    (value.colour === null || isColour(value.colour)) &&
    (value.label !== null || value.colour !== null)
  );
}

/** True for a complete, valid curation: no unknown keys, ids unique, a node in at most one group, clean text. */
export function isCuration(value: unknown): value is Curation {
  if (!isPlainRecord(value) || !hasKeys(value, Object.keys(defaultCuration()))) return false;
  const { hidden, pinned, groups, notes, title, caption, styles } = value;
  if (!Array.isArray(hidden) || !uniqueIds(hidden) || !Array.isArray(pinned) || !uniqueIds(pinned)) return false;
  if (!isCuratedText(title, MAX_TITLE_LENGTH, true) || !isCuratedText(caption, MAX_CAPTION_LENGTH, false)) return false;
  if (!Array.isArray(groups) || groups.length > MAX_GROUPS || !groups.every(isGroup)) return false;
  if (!Array.isArray(notes) || notes.length > MAX_NOTES || !notes.every(isNote)) return false;
  if (!Array.isArray(styles) || !styles.every(isStyle)) return false;
  const members = groups.flatMap((g) => g.members);
  return (
    new Set(members).size === members.length &&
    new Set(groups.map((g) => g.id)).size === groups.length &&
    new Set(notes.map((n) => n.id)).size === notes.length &&
    new Set(styles.map((s) => s.node)).size === styles.length
  );
}

/**
 * Builds a valid curation from parts that may break its rules (a link, a view file): repeated ids and nodes
 * already in a group are dropped, text is cleaned and cut (a notice says so), counts are capped.
 */
export function assembleCuration(
  parts: {
    hidden?: readonly string[];
    pinned?: readonly string[];
    groups?: readonly { id: string; label: string; members: readonly string[]; collapsed: boolean }[];
    notes?: readonly { id: string; text: string; target: NoteTarget }[];
    title?: string;
    caption?: string;
    styles?: readonly { node: string; label: string | null; colour: HighlightColour | null }[];
  },
  notices: NoticeCollector,
): Curation {
  const c = defaultCuration();
  const clip = (text: string, max: number, oneLine: boolean, what: string): string => {
    const cleaned = cleanCuratedText(text, max, oneLine);
    if (cleaned.cut > 0) notices.add(`The ${what} was cut to ${max} characters (${cleaned.cut} more were dropped).`);
    return cleaned.text;
  };
  c.hidden = [...new Set(parts.hidden ?? [])].filter(isValidId);
  c.pinned = [...new Set(parts.pinned ?? [])].filter(isValidId);
  const grouped = new Set<string>();
  for (const g of parts.groups ?? []) {
    if (c.groups.length >= MAX_GROUPS) {
      notices.add(`Only the first ${MAX_GROUPS} groups were kept.`);
      break;
    }
    if (!GROUP_ID.test(g.id) || c.groups.some((o) => o.id === g.id)) continue;
    const members = [...new Set(g.members)].filter((m) => isValidId(m) && !grouped.has(m));
    if (members.length === 0) continue;
    for (const m of members) grouped.add(m);
    c.groups.push({
      id: g.id,
      label: clip(g.label, MAX_LABEL_LENGTH, true, 'group name'),
      members,
      collapsed: g.collapsed,
    });
  }
  for (const n of parts.notes ?? []) {
    if (c.notes.length >= MAX_NOTES) {
      notices.add(`Only the first ${MAX_NOTES} notes were kept.`);
      break;
    }
    if (!NOTE_ID.test(n.id) || c.notes.some((o) => o.id === n.id) || !isTarget(n.target)) continue;
    const text = clip(n.text, MAX_NOTE_LENGTH, false, 'note');
    if (text !== '') c.notes.push({ id: n.id, text, target: n.target });
  }
  c.title = clip(parts.title ?? '', MAX_TITLE_LENGTH, true, 'view title');
  c.caption = clip(parts.caption ?? '', MAX_CAPTION_LENGTH, false, 'caption');
  for (const s of parts.styles ?? []) {
    if (!isValidId(s.node) || c.styles.some((o) => o.node === s.node)) continue;
    const label = s.label === null ? null : clip(s.label, MAX_LABEL_LENGTH, true, 'node label') || null;
    if (label !== null || s.colour !== null) c.styles.push({ node: s.node, label, colour: s.colour });
  }
  return c;
}

/** Reads a curation from an untrusted object (a view file's `view.curation`); never throws. */
export function curationFromObject(value: unknown, notices: NoticeCollector): Curation {
  if (value === undefined || value === null) return defaultCuration();
  if (!isPlainRecord(value)) {
    notices.add('Ignored the curation of the view: expected an object.');
    return defaultCuration();
  }
  const field = (name: string): unknown => (Object.hasOwn(value, name) ? value[name] : undefined);
  let dropped = 0;
  const list = <T>(name: string, read: (item: Record<string, unknown>) => T | null): T[] => {
    const raw = field(name);
    if (!Array.isArray(raw)) {
      if (raw !== undefined) dropped += 1;
      return [];
    }
    const kept: T[] = [];
    for (const item of raw as unknown[]) {
      const read1 = isPlainRecord(item) ? read(item) : null;
      if (read1 === null) dropped += 1;
      else kept.push(read1);
    }
    return kept;
  };
  const ids = (name: string): string[] => {
    const raw = field(name);
    if (!Array.isArray(raw)) return [];
    const kept = raw.filter(isValidId);
    dropped += raw.length - kept.length;
    return kept;
  };
  const text = (name: string): string => {
    const raw = field(name);
    return typeof raw === 'string' ? raw : '';
  };
  const parts = {
    hidden: ids('hidden'),
    pinned: ids('pinned'),
    groups: list('groups', (g) =>
      typeof g.id === 'string' && typeof g.label === 'string' && Array.isArray(g.members)
        ? { id: g.id, label: g.label, members: g.members.filter(isValidId), collapsed: g.collapsed === true }
        : null,
    ),
    notes: list('notes', (n) =>
      typeof n.id === 'string' && typeof n.text === 'string' && isTarget(n.target)
        ? { id: n.id, text: n.text, target: n.target }
        : null,
    ),
    title: text('title'),
    caption: text('caption'),
    styles: list('styles', (s) =>
      isValidId(s.node) &&
      (s.label === null || typeof s.label === 'string') &&
      (s.colour === null || isColour(s.colour))
        ? { node: s.node, label: s.label, colour: s.colour }
        : null,
    ),
  };
  if (dropped > 0) notices.add(`Ignored ${dropped} invalid ${dropped === 1 ? 'entry' : 'entries'} in the curation.`);
  return assembleCuration(parts, notices);
}
