// The rules for publishing a dataset (npm run data:check): every string a panel shows is reader text, so it
// names no file, no record id and no placeholder, and every source address is https. Working notes go to editorNotes.
import type { Dataset } from '../model/schema.ts';
import { isHttpsUrl } from '../text/safeUrl.ts';
import type { DataProblem } from './problems.ts';

/** One string a reader sees, and where it comes from. */
export interface ReaderText {
  file: string;
  record: string;
  field: string;
  text: string;
}

/**
 * Every reader-facing string of a dataset: titles, names, descriptions, notes, alias notes, legal bases,
 * publishers and the About panel's lines. Editor notes, ids and addresses are not reader text.
 */
export function readerTexts(dataset: Dataset): ReaderText[] {
  const out: ReaderText[] = [];
  const add = (file: string, record: string, field: string, text: string | undefined) => {
    if (text !== undefined) out.push({ file, record, field, text });
  };
  const addAll = (file: string, record: string, field: string, texts: readonly string[] | undefined) =>
    texts?.forEach((text, i) => add(file, record, `${field}.${i}`, text));

  const { info } = dataset;
  add('dataset.json', '', 'title', info.title);
  add('dataset.json', '', 'description', info.description);
  add('dataset.json', '', 'citation', info.citation);
  addAll('dataset.json', '', 'coverage', info.coverage);
  addAll('dataset.json', '', 'credits', info.credits);
  for (const s of dataset.sources) {
    add('sources.json', s.id, 'title', s.title);
    add('sources.json', s.id, 'publisher', s.publisher);
    add('sources.json', s.id, 'copyBy', s.copyBy);
    addAll('sources.json', s.id, 'notes', s.notes);
  }
  for (const n of dataset.nodes) {
    add('nodes.json', n.id, 'name', n.name);
    add('nodes.json', n.id, 'description', n.description);
    add('nodes.json', n.id, 'birth.place', n.birth?.place);
    n.aliases.forEach((a, i) => {
      add('nodes.json', n.id, `aliases.${i}.name`, a.name);
      add('nodes.json', n.id, `aliases.${i}.note`, a.note);
    });
    addAll('nodes.json', n.id, 'notes', n.notes);
  }
  for (const r of dataset.roles) {
    add('roles.json', r.id, 'title', r.title);
    addAll('roles.json', r.id, 'notes', r.notes);
  }
  for (const a of dataset.actions) {
    add('actions.json', a.id, 'title', a.title);
    add('actions.json', a.id, 'description', a.description);
    addAll('actions.json', a.id, 'notes', a.notes);
  }
  for (const m of dataset.measures) {
    add('measures.json', m.id, 'legalBasis', m.legalBasis);
    add('measures.json', m.id, 'description', m.description);
    addAll('measures.json', m.id, 'notes', m.notes);
  }
  for (const l of dataset.links) {
    add('links.json', l.id, 'label', l.label);
    addAll('links.json', l.id, 'notes', l.notes);
  }
  for (const j of dataset.identities ?? []) addAll('identities.json', j.id, 'notes', j.notes);
  return out;
}

/** Working-note phrases a reader must never see: file names, seed folders and placeholders. */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bFACTS\.md\b/i, why: 'names the working file FACTS.md' },
  { pattern: /\b[\w-]+\.(json|txt|md|ts)\b/i, why: 'names a file' },
  { pattern: /\bseeds?\//i, why: 'names the seed folder' },
  { pattern: /\(no headline/i, why: 'is a placeholder: cite an article without a headline by publisher and date' },
  { pattern: /publisher unknown|unknown publisher/i, why: 'is a placeholder: leave the publisher out instead' },
  { pattern: /\bTODO\b|\bFIXME\b/, why: 'is a working note' },
  { pattern: /\barticles? \d{3}\b/i, why: 'names a seed article by its number: name it by publisher and date' },
];

/** Lower-case runs that could be ids (ids are lower-case letters, digits and . _ : -). */
const ID_LIKE = /[a-z0-9][a-z0-9._:-]*/g;

/** Every id of the dataset, which reader text must not show: readers know records by their names. */
export function datasetIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>();
  const records = [
    dataset.sources,
    dataset.nodes,
    dataset.roles,
    dataset.actions,
    dataset.measures,
    dataset.links,
    dataset.identities ?? [],
  ];
  for (const list of records) for (const record of list) ids.add(record.id);
  return ids;
}

/** The ids a text names, as whole words (a trailing full stop or colon is not part of the id). */
export function idsNamedIn(text: string, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ID_LIKE)) {
    const start = match.index;
    const before = start > 0 ? text.charAt(start - 1) : '';
    if (/[A-Za-z0-9_-]/.test(before)) continue;
    const token = match[0].replace(/[._:-]+$/, '');
    const after = text.charAt(start + match[0].length);
    if (/[A-Z]/.test(after)) continue;
    if (ids.has(token) && !found.includes(token)) found.push(token);
  }
  return found;
}

/** Why a reader-facing text is not fit to show (file names, placeholders, ids), or [] when it is. */
export function readerTextFaults(text: string, ids: ReadonlySet<string>): string[] {
  const faults: string[] = [];
  const rule = FORBIDDEN.find(({ pattern }) => pattern.test(text));
  if (rule) faults.push(`reader text ${rule.why} ("${rule.pattern.exec(text)?.[0] ?? ''}"): move working notes to editorNotes`);
  for (const id of idsNamedIn(text, ids)) faults.push(`reader text names the record id "${id}": name the record in words`);
  return faults;
}

/**
 * The publishing problems of a valid dataset: reader text naming a file, an id or a placeholder, a source
 * publisher recorded as "unknown", and source addresses that are not https. Each names file, record and field.
 */
export function readerTextProblems(dataset: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = datasetIds(dataset);
  for (const { file, record, field, text } of readerTexts(dataset)) {
    for (const message of readerTextFaults(text, ids)) problems.push({ file, record, field, message });
  }
  for (const s of dataset.sources) {
    if (s.publisher.trim().toLowerCase() === 'unknown') {
      problems.push({
        file: 'sources.json', record: s.id, field: 'publisher',
        message: 'publisher "unknown" is a placeholder: name the publisher the source gives, or the body that issued it',
      });
    }
    if (s.url !== undefined && !isHttpsUrl(s.url)) {
      problems.push({ file: 'sources.json', record: s.id, field: 'url', message: `"${s.url}" is not an https address` });
    }
  }
  return problems;
}
