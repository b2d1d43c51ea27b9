// Tells which format a data file is in from its first characters: the project's own JSON bundle or
// FollowTheMoney JSON lines; and, for a file that is neither, says in plain words what it looks like.

export type DataFormat = 'bundle' | 'ftm';

/** Top-level keys of a dataset bundle (see bundle.ts). */
export const BUNDLE_KEYS = ['info', 'sources', 'nodes', 'roles', 'actions', 'measures', 'links'] as const;

const BUNDLE_START = new RegExp(`^\\{\\s*"(${BUNDLE_KEYS.join('|')}|format)"\\s*:`);

function firstLineOf(text: string): string {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const end = trimmed.indexOf('\n');
  return (end === -1 ? trimmed : trimmed.slice(0, end)).trim();
}

/**
 * The format of a file from its head (its first few kilobytes, decoded): a bundle when it is one JSON object
 * with the bundle's keys (pretty-printed or on one line), FtM otherwise. Anything that is neither is
 * handed to the FtM reader, which rejects it with a message from describeContent.
 */
export function detectFormat(head: string): DataFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) return 'ftm';
  const line = firstLineOf(text);
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      if ('schema' in value) return 'ftm';
      if (BUNDLE_KEYS.some((key) => key in value)) return 'bundle';
    }
    return 'ftm';
  } catch {
    return line === '{' || BUNDLE_START.test(text) ? 'bundle' : 'ftm';
  }
}

function quote(line: string): string {
  const short = line.length > 80 ? `${line.slice(0, 77)}...` : line;
  return JSON.stringify(short);
}

/**
 * What a file that is not FtM JSON lines looks like, from its decoded head: "a PNG image", "an HTML page",
 * "a CSV table (first line: ...)". Binary formats are recognised by their signatures as decoded text.
 */
export function describeContent(head: string): string {
  const text = head.replace(/^\uFEFF/, '');
  if (text.trim() === '') return 'the file is empty';
  const start = text.slice(0, 16);
  if (/^.?PNG\r?\n?/.test(start)) return 'it looks like a PNG image';
  if (start.startsWith('GIF8')) return 'it looks like a GIF image';
  if (start.startsWith('\u00ff\u00d8\u00ff')) return 'it looks like a JPEG image';
  if (start.startsWith('%PDF')) return 'it looks like a PDF document';
  if (start.startsWith('PK\u0003\u0004')) return 'it looks like a ZIP archive (an Excel file or a zipped export?): unzip it first';
  if (/^\u001f(\uFFFD|\u008b)/.test(start)) return 'it looks like a gzip-compressed file: decompress it first';
  // Bytes that are not text: say so, rather than guess an image format from undecodable bytes.
  if (/\u0000|\uFFFD{3}/.test(text.slice(0, 4096))) return 'it is not a recognised format (binary data, not text)';
  const trimmed = text.trimStart();
  if (/^<(!doctype html|html|head|body)\b/i.test(trimmed)) return 'it looks like an HTML page';
  if (trimmed.startsWith('<')) return 'it looks like XML or HTML';
  const line = firstLineOf(text);
  if (trimmed.startsWith('[')) {
    return 'it is a JSON array; FollowTheMoney JSON lines hold one entity object per line';
  }
  if (trimmed.startsWith('{')) {
    return `it is JSON, but its lines are not FollowTheMoney entities with an "id" and a "schema" (first line: ${quote(line)})`;
  }
  if (/[,;\t]/.test(line)) return `it looks like a CSV table (first line: ${quote(line)})`;
  return `it looks like plain text (first line: ${quote(line)})`;
}

/** The error of a file that is not FollowTheMoney JSON lines at all. */
export class NotFtmError extends Error {
  readonly code = 'notFtm';
  constructor(description: string) {
    super(`This file is not FollowTheMoney JSON lines: ${description}.`);
    this.name = 'NotFtmError';
  }
}
