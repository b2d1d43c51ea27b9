// Reads a dataset folder (dataset.json, sources.json, nodes.json, roles.json, actions.json, measures.json,
// optional links.json) from disk for the command-line tools; a file that is not valid JSON becomes a problem.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/core/model/schema.ts';
import {
  validateDataset,
  type DataFileName,
  type DataProblem,
  type DatasetFiles,
  type ValidationResult,
} from '../../src/core/data/validate.ts';

export interface DataFolder {
  /** The files that exist and parse as JSON. */
  files: DatasetFiles;
  /** Files that exist but are not valid JSON. */
  unreadable: DataFileName[];
  /** One per unreadable file (or for a folder that does not exist). */
  problems: DataProblem[];
}

const FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** Reads every data file of `folder`; missing files are simply absent from `files`. */
export function readDataFolder(folder: string): DataFolder {
  const files: DatasetFiles = {};
  const unreadable: DataFileName[] = [];
  const problems: DataProblem[] = [];
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    problems.push({ file: '', record: '', field: '', message: `no such folder: ${folder}` });
    return { files, unreadable, problems };
  }
  for (const name of FILE_NAMES) {
    const path = join(folder, name);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const parsed = parseJson(text);
    if (parsed.ok) files[name] = parsed.value;
    else {
      unreadable.push(name);
      problems.push({ file: name, record: '', field: '', message: parsed.message });
    }
  }
  return { files, unreadable, problems };
}

/** Reads and validates a folder: reading problems first, then every validation problem. */
export function checkDataFolder(folder: string): ValidationResult {
  const read = readDataFolder(folder);
  if (read.problems.some((p) => p.file === '')) return { dataset: null, problems: read.problems };
  const result = validateDataset(read.files, { unreadable: read.unreadable });
  const problems = [...read.problems, ...result.problems];
  return { dataset: problems.length === 0 ? result.dataset : null, problems };
}

type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse with the error turned into "invalid JSON at line L, column C: ...". */
export function parseJson(text: string): JsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    if (body.trim() === '') return { ok: false, message: 'invalid JSON: the file is empty' };
    const raw = error instanceof Error ? error.message : String(error);
    const found = findJsonError(body);
    if (found === null) return { ok: false, message: `invalid JSON: ${raw}` };
    const before = body.slice(0, found.offset);
    const line = before.split('\n').length;
    const column = found.offset - before.lastIndexOf('\n');
    return { ok: false, message: `invalid JSON at line ${line}, column ${column}: ${found.message}` };
  }
}

/**
 * Where a JSON text first goes wrong, with a message a person editing by hand understands
 * (V8's own messages do not always give a position). null if the text is valid.
 */
export function findJsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  class JsonError extends Error {
    constructor(
      readonly offset: number,
      message: string,
    ) {
      super(message);
    }
  }
  const fail = (message: string, at = i): never => {
    throw new JsonError(at, message);
  };
  const skip = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const describeHere = () => {
    if (i >= text.length) return 'the end of the file';
    const c = text.charAt(i);
    return c < ' ' ? JSON.stringify(c) : `'${c}'`;
  };
  const value = (): void => {
    skip();
    const c = text.charAt(i);
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(`expected a value, found ${describeHere()}`);
  };
  const container = (close: string, isObject: boolean): void => {
    i++;
    skip();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      if (isObject) {
        skip();
        if (text.charAt(i) !== '"') fail(`expected a field name in double quotes, found ${describeHere()}`);
        string();
        skip();
        if (text.charAt(i) !== ':') fail(`expected ':' after the field name, found ${describeHere()}`);
        i++;
      }
      value();
      skip();
      const c = text.charAt(i);
      if (c === close) {
        i++;
        return;
      }
      if (c !== ',') fail(`expected ',' or '${close}', found ${describeHere()}`);
      const comma = i;
      i++;
      skip();
      if (text.charAt(i) === close) fail(`a comma before '${close}': JSON allows no trailing comma`, comma);
    }
  };
  const string = (): void => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '\n') fail('a line break inside a string (a missing closing quote?)');
      i++;
    }
    fail('a string that is never closed', start);
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(`expected a number, found ${describeHere()}`);
    else i += match[0].length;
  };
  try {
    value();
    skip();
    if (i < text.length) fail(`unexpected ${describeHere()} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (error instanceof JsonError) return { offset: error.offset, message: error.message };
    throw error;
  }
}
