// Reads an FtM file line by line as a stream (plain or gzip, told by its first bytes), so that memory stays
// flat whatever the file's size. Lines of an OpenSanctions nested export are flattened into one entity each.
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { toFtmEntity, type FtmEntity } from '../../src/core/data/ftm/entity.ts';
import { backReference } from './model.ts';

export interface SkippedLine {
  line: number;
  problem: string;
  detail: string;
}

export interface SourceLine {
  line: number;
  /** The line's entity first, then the entities nested in it (with their back references restored). */
  entities: FtmEntity[];
}

export interface FtmSource {
  lines: AsyncGenerator<SourceLine>;
  /** Bytes of the file read so far (compressed bytes for a gzip file), for progress. */
  bytesRead(): number;
  totalBytes: number;
}

function isGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntityLike(value: unknown): value is { id: string; schema: string; properties?: unknown } {
  return isRecord(value) && typeof value.id === 'string' && typeof value.schema === 'string';
}

/**
 * The entities nested in an entity's properties (OpenSanctions' nested format: a Person's `sanctions` holds
 * whole Sanction objects), each given the property that points back to its parent (Sanction.entity), which
 * the nested format leaves out. Depth-first, parents before children.
 */
export function nestedEntities(parent: { id: string; schema: string; properties?: unknown }): unknown[] {
  const out: unknown[] = [];
  if (!isRecord(parent.properties)) return out;
  for (const [property, raw] of Object.entries(parent.properties)) {
    if (!Array.isArray(raw)) continue;
    for (const child of raw) {
      if (!isEntityLike(child)) continue;
      const back = backReference(parent.schema, property);
      if (back !== undefined) {
        if (!isRecord(child.properties)) child.properties = {};
        const props = child.properties as Record<string, unknown>;
        const existing = Array.isArray(props[back]) ? (props[back] as unknown[]) : [];
        const ids = existing.map((v) => (isEntityLike(v) ? v.id : v));
        if (!ids.includes(parent.id)) props[back] = [...existing, parent.id];
      }
      out.push(child, ...nestedEntities(child));
    }
  }
  return out;
}

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}

/** Opens `path` for reading; `onSkip` hears of every line that is not an FtM entity (the reading goes on). */
export function openFtmSource(path: string, onSkip: (skipped: SkippedLine) => void): FtmSource {
  const totalBytes = statSync(path).size;
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const text: Readable = isGzip(path) ? file.pipe(createGunzip()) : file;
  file.on('error', (error) => text.destroy(error));
  async function* lines(): AsyncGenerator<SourceLine> {
    let number = 0;
    for await (const raw of createInterface({ input: text, crlfDelay: Infinity })) {
      number++;
      const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        const why = error instanceof Error ? error.message : 'invalid JSON';
        onSkip({ line: number, problem: 'badJson', detail: `not valid JSON (${why}): ${preview(line)}` });
        continue;
      }
      const candidates = isEntityLike(value) ? [value, ...nestedEntities(value)] : [value];
      const entities: FtmEntity[] = [];
      for (const candidate of candidates) {
        const result = toFtmEntity(candidate);
        if (result.ok) entities.push(result.entity);
        else onSkip({ line: number, problem: result.problem, detail: result.detail });
      }
      if (entities.length > 0) yield { line: number, entities };
    }
  }
  return { lines: lines(), bytesRead: () => file.bytesRead, totalBytes };
}
