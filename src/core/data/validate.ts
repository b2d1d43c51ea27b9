// Validates the files of a dataset folder into a typed Dataset, collecting every problem with the file,
// record id and field it concerns, so a researcher editing by hand can fix them all in one pass.
import type { z } from 'zod';
import {
  DATA_FILES,
  actionSchema,
  datasetInfoSchema,
  identitySchema,
  linkSchema,
  measureSchema,
  nodeSchema,
  roleSchema,
  sourceSchema,
  type Dataset,
  type DatasetInfo,
} from '../model/schema.ts';
import type { DataProblem } from './problems.ts';
import { checkReferences, type ValidRecords } from './references.ts';

export { formatProblem, type DataProblem } from './problems.ts';

export type DataFileName = keyof typeof DATA_FILES;
type RecordFileName = Exclude<DataFileName, 'dataset.json'>;
/** File name -> parsed JSON content. links.json may be absent. */
export type DatasetFiles = Partial<Record<DataFileName, unknown>>;

export interface ValidationResult {
  dataset: Dataset | null;
  problems: DataProblem[];
}

export interface ValidateOptions {
  /**
   * Files that exist but could not be read (invalid JSON): their problem is reported by the reader, so
   * they are not reported missing, and references into them are not checked.
   */
  unreadable?: readonly DataFileName[];
}

/** The files every dataset folder must hold; links.json is optional. */
export const REQUIRED_FILES: readonly DataFileName[] = ['dataset.json', 'sources.json', 'nodes.json', 'roles.json', 'actions.json', 'measures.json'];

/**
 * Checks every file: the shape of each record (fields, kinds, date formats, at least one source),
 * unknown fields, real calendar dates, end before start, effective before announced, a measure dated
 * otherwise than its action, then every cross-record reference (see checkReferences).
 * Returns the typed dataset only when there is no problem at all; otherwise every problem found.
 */
export function validateDataset(files: DatasetFiles, options: ValidateOptions = {}): ValidationResult {
  const problems: DataProblem[] = [];
  const unreadable = new Set(options.unreadable ?? []);

  let info: DatasetInfo | null = null;
  const infoContent = files['dataset.json'];
  if (infoContent === undefined) {
    if (!unreadable.has('dataset.json')) problems.push(missingFile('dataset.json'));
  } else {
    info = parseRecord('dataset.json', datasetInfoSchema, infoContent, '', problems);
  }

  const sources = parseFile('sources.json', sourceSchema, files, unreadable, problems);
  const nodes = parseFile('nodes.json', nodeSchema, files, unreadable, problems);
  const roles = parseFile('roles.json', roleSchema, files, unreadable, problems);
  const actions = parseFile('actions.json', actionSchema, files, unreadable, problems);
  const measures = parseFile('measures.json', measureSchema, files, unreadable, problems);
  const links = parseFile('links.json', linkSchema, files, unreadable, problems);
  const identities = parseFile('identities.json', identitySchema, files, unreadable, problems);

  const valid: ValidRecords = {
    sources: sources.valid, nodes: nodes.valid, roles: roles.valid,
    actions: actions.valid, measures: measures.valid, links: links.valid, identities: identities.valid,
  };
  problems.push(...checkDates(valid));
  problems.push(...checkReferences({
    raw: {
      'sources.json': sources.raw, 'nodes.json': nodes.raw, 'roles.json': roles.raw,
      'actions.json': actions.raw, 'measures.json': measures.raw, 'links.json': links.raw,
      'identities.json': identities.raw,
    },
    valid,
  }));

  if (problems.length > 0 || info === null) return { dataset: null, problems };
  return { dataset: { info, ...valid }, problems };
}

interface ParsedFile<T> {
  /** Every record as read; null when the file is absent or unreadable. */
  raw: readonly unknown[] | null;
  /** The records that passed the shape check. */
  valid: T[];
}

function parseFile<T>(
  file: RecordFileName,
  schema: z.ZodType<T, unknown>,
  files: DatasetFiles,
  unreadable: ReadonlySet<DataFileName>,
  problems: DataProblem[],
): ParsedFile<T> {
  const content = files[file];
  if (content === undefined) {
    if (unreadable.has(file)) return { raw: null, valid: [] };
    if (file === 'links.json' || file === 'identities.json') return { raw: [], valid: [] };
    problems.push(missingFile(file));
    return { raw: null, valid: [] };
  }
  if (!Array.isArray(content)) {
    problems.push({ file, record: '', field: '', message: `expected a JSON array of records, found ${describe(content)}` });
    return { raw: null, valid: [] };
  }
  const valid: T[] = [];
  content.forEach((record: unknown, index) => {
    const parsed = parseRecord(file, schema, record, recordName(record, index), problems);
    if (parsed !== null) valid.push(parsed);
  });
  return { raw: content, valid };
}

/** Shape-checks one record; reports each issue and each unknown field. Returns the parsed record or null. */
function parseRecord<T>(file: DataFileName, schema: z.ZodType<T, unknown>, content: unknown, record: string, problems: DataProblem[]): T | null {
  const result = schema.safeParse(content);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, record, field: issue.path.join('.'), message: issueMessage(issue, content) });
    }
    return null;
  }
  for (const path of unknownFields(content, result.data, [])) {
    problems.push({ file, record, field: path.join('.'), message: 'unknown field: not part of the schema (a typo?)' });
  }
  return result.data;
}

/** A clearer message than zod's for the mistakes people make by hand. */
function issueMessage(issue: z.core.$ZodIssue, content: unknown): string {
  const value = valueAt(content, issue.path);
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && value === undefined) {
    if (last === 'sources') return 'missing: every record cites at least one source';
    return `missing: this field is required (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    const what = typeof last === 'string' ? `${last} ` : 'value ';
    return `unknown ${what}${JSON.stringify(value) ?? String(value)}: expected one of ${issue.values.map(String).join(', ')}`;
  }
  return issue.message;
}

/** Paths of fields present in the input but dropped by the schema (zod strips unknown keys). */
function unknownFields(input: unknown, output: unknown, path: PropertyKey[]): PropertyKey[][] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item: unknown, index) => unknownFields(item, output[index], [...path, index]));
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    return Object.keys(input).flatMap((key) =>
      key in output ? unknownFields(input[key], output[key], [...path, key]) : [[...path, key]],
    );
  }
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(content: unknown, path: readonly PropertyKey[]): unknown {
  let value = content;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(content: unknown): string {
  if (content === null) return 'null';
  if (Array.isArray(content)) return 'an array';
  return typeof content === 'object' ? 'an object' : `a ${typeof content}`;
}

function missingFile(file: DataFileName): DataProblem {
  return { file, record: '', field: '', message: 'file is missing' };
}

function recordName(record: unknown, index: number): string {
  if (record && typeof record === 'object' && 'id' in record && typeof record.id === 'string' && record.id !== '') return record.id;
  return `#${index}`;
}

// ---- dates ----

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a date that has the right format does not exist on the calendar, or null when it does. */
export function impossibleDate(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day <= days) return null;
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return `${date} is not a real date: ${monthName} ${year} has ${days} days`;
}

/**
 * True when partial date `a` certainly lies before `b` ("2019" before "2020-05"; but "2020" is not
 * before "2020-05": they overlap). "unknown" is never before or after anything.
 */
export function certainlyBefore(a: string, b: string): boolean {
  if (a === 'unknown' || b === 'unknown') return false;
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return a < b;
}

function checkDates(valid: ValidRecords): DataProblem[] {
  const problems: DataProblem[] = [];
  const real = (file: DataFileName, record: string, field: string, date: string | undefined) => {
    if (date === undefined) return true;
    const why = impossibleDate(date);
    if (why !== null) problems.push({ file, record, field, message: why });
    return why === null;
  };
  const ordered = (file: DataFileName, record: string, field: string, later: string, laterName: string, earlier: string, earlierName: string) => {
    if (certainlyBefore(later, earlier)) {
      problems.push({ file, record, field, message: `${laterName} ${later} is before ${earlierName} ${earlier}` });
    }
  };
  for (const s of valid.sources) real('sources.json', s.id, 'date', s.date);
  for (const n of valid.nodes) real('nodes.json', n.id, 'birth.date', n.birth?.date);
  for (const a of valid.actions) real('actions.json', a.id, 'date', a.date);
  for (const r of valid.roles) {
    const ok = [real('roles.json', r.id, 'start', r.start), real('roles.json', r.id, 'end', r.end)].every(Boolean);
    if (ok && r.end !== undefined) ordered('roles.json', r.id, 'end', r.end, 'end', r.start, 'start');
  }
  for (const l of valid.links) {
    const ok = [real('links.json', l.id, 'start', l.start), real('links.json', l.id, 'end', l.end)].every(Boolean);
    if (ok && l.start !== undefined && l.end !== undefined) ordered('links.json', l.id, 'end', l.end, 'end', l.start, 'start');
  }
  const actionDates = new Map(valid.actions.filter((a) => impossibleDate(a.date) === null).map((a) => [a.id, a.date]));
  for (const m of valid.measures) {
    const announcedOk = real('measures.json', m.id, 'announced', m.announced);
    const ok = [announcedOk, real('measures.json', m.id, 'effective', m.effective)].every(Boolean);
    if (ok && m.effective !== undefined) ordered('measures.json', m.id, 'effective', m.effective, 'effective', m.announced, 'announced');
    const actionDate = actionDates.get(m.action);
    if (announcedOk && actionDate !== undefined && (certainlyBefore(m.announced, actionDate) || certainlyBefore(actionDate, m.announced))) {
      problems.push({
        file: 'measures.json', record: m.id, field: 'announced',
        message: `announced ${m.announced} differs from the date of its action ${m.action} (${actionDate})`,
      });
    }
  }
  return problems;
}
