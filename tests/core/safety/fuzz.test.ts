// 10,000 hostile data files through the whole import (format detection, gzip, decoding, FtM lines or our
// bundle, mapping) and the graph build: random bytes, truncated and mutated real files, hostile ids and
// strings. Every file either opens or fails with an ImportError; none throws anything else, and in every FtM
// file that opens, each non-blank line is an entity or a reported skip.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError, importStream } from '../../../src/core/data/import/run.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import type { LoadReport } from '../../../src/core/data/ftm/report.ts';
import { streamOf } from '../data/import/helpers.ts';
import { HOSTILE_IDS } from './hostileIds.ts';
import { seededRandom } from '../../../src/core/layout/seeded.ts';

const FILES = 10_000;

function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** Real files: the repository's fixtures, and the shared real FtM exports when this machine has them. */
function realFiles(): string[] {
  const files = [
    fixture('ftm/parties-and-sanctions.ftm.json'),
    fixture('ftm/roles-and-links.ftm.json'),
    fixture('ftm/broken-lines.ftm.json'),
    fixture('import/broken.ftm.json'),
  ];
  for (const dir of ['/work/shared/realdata', '../shared/realdata']) {
    for (const name of ['t1.ftm.json', 'zala.ftm.json']) {
      const path = `${dir}/${name}`;
      if (existsSync(path)) files.push(readFileSync(path, 'utf8'));
    }
  }
  return files;
}

/** A small seeded generator, so that a failure can be replayed. */
const random = seededRandom;

const HOSTILE_STRINGS = [
  ...HOSTILE_IDS,
  '\u202eyrusaert',
  '\u0000\u0007',
  '\u200b\u2060',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"}\n{"id":',
  '\ud800',
  'x'.repeat(3000),
  '9999-12-31',
  '2020-13-45',
  '',
];

function mutate(text: string, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let out = text;
  const edits = 1 + Math.floor(next() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (out.length + 1));
    switch (Math.floor(next() * 6)) {
      case 0: // truncate
        out = out.slice(0, at);
        break;
      case 1: // delete a run
        out = out.slice(0, at) + out.slice(at + Math.floor(next() * 40));
        break;
      case 2: // insert a hostile string, quoted or not
        out =
          out.slice(0, at) +
          (next() < 0.5 ? JSON.stringify(pick(HOSTILE_STRINGS)) : pick(HOSTILE_STRINGS)) +
          out.slice(at);
        break;
      case 3: // flip a character
        out = out.slice(0, at) + String.fromCharCode(Math.floor(next() * 0x3000)) + out.slice(at + 1);
        break;
      case 4: // swap an id for a hostile one
        out = out.replace(/"id":\s*"[^"]*"/, `"id": ${JSON.stringify(pick(HOSTILE_STRINGS))}`);
        break;
      default: // duplicate a line
        out = `${out}\n${pick(out.split('\n'))}`;
    }
  }
  return out;
}

function hostileEntityLines(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const schemas = ['Person', 'Company', 'Sanction', 'Occupancy', 'Ownership', 'Organization', 'constructor', 'Thing'];
  const lines: string[] = [];
  for (let i = 0; i < 1 + Math.floor(next() * 8); i++) {
    const id = pick(HOSTILE_STRINGS);
    lines.push(
      JSON.stringify({
        id,
        schema: pick(schemas),
        properties: {
          name: [pick(HOSTILE_STRINGS)],
          [pick(HOSTILE_STRINGS)]: [pick(HOSTILE_STRINGS)],
          entity: [pick(HOSTILE_STRINGS)],
          holder: [id],
          startDate: [pick(HOSTILE_STRINGS)],
          authority: [pick(HOSTILE_STRINGS)],
        },
      }),
    );
  }
  return lines.join(next() < 0.2 ? '\r\n' : '\n');
}

/** A truncated piece of a real file: from its start (most often) or from a random line, up to 4 kB. */
function window(text: string, next: () => number): string {
  const start = next() < 0.6 ? 0 : text.indexOf('\n', Math.floor(next() * text.length)) + 1;
  return text.slice(start, start + Math.floor(next() * 4096));
}

function randomBytes(next: () => number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.floor(next() * 2048));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
  // Some start like gzip, some like a bundle.
  if (bytes.length > 2 && next() < 0.1) bytes.set([0x1f, 0x8b]);
  return bytes;
}

/** Every non-blank line is an entity or a line-level skip: nothing is lost without a word. */
function everyLineAccountedFor(report: LoadReport): boolean {
  const lineSkips = ['badJson', 'notAnObject', 'missingId', 'missingSchema', 'unknownSchema', 'lineTooLong'] as const;
  const skipped = lineSkips.reduce((sum, reason) => sum + (report.skippedCounts[reason] ?? 0), 0);
  return report.blankLines + report.entitiesRead + skipped === report.linesRead;
}

describe('10,000 hostile data files', () => {
  it('open or fail with an ImportError, never anything else, and report every bad line', async () => {
    const next = random(16);
    const real = realFiles();
    const uncaught: string[] = [];
    const unaccounted: string[] = [];
    let opened = 0;
    for (let i = 0; i < FILES; i++) {
      const kind = i % 4;
      const content =
        kind === 0
          ? randomBytes(next)
          : kind === 1
            ? mutate(window(real[i % real.length] ?? '', next), next)
            : kind === 2
              ? hostileEntityLines(next)
              : mutate(hostileEntityLines(next), next);
      try {
        const chunk = next() < 0.7 ? 1 << 16 : 64 + Math.floor(next() * 1024);
        const outcome = await importStream(streamOf(content, chunk), { name: `fuzz-${i}` });
        buildGraph(outcome.dataset);
        opened++;
        if (outcome.format === 'ftm' && !everyLineAccountedFor(outcome.report)) unaccounted.push(`file ${i}`);
      } catch (error) {
        // An ImportError is the clean failure the import dialog shows; anything else escaped the importer, and
        // a 'read' error quoting a JavaScript failure is a bug dressed as one.
        const internal = /TypeError|RangeError|Cannot read properties|is not a function|undefined/;
        if (!(error instanceof ImportError) || (error.code === 'read' && internal.test(error.message))) {
          uncaught.push(`file ${i} (kind ${kind}): ${error instanceof Error ? error.stack : String(error)}`);
        }
      }
    }
    expect(uncaught.slice(0, 3)).toEqual([]);
    expect(unaccounted.slice(0, 5)).toEqual([]);
    expect(opened).toBeGreaterThan(FILES / 4);
  }, 300_000); // about 11 s of CPU; the wall time grows with the machine's load
});
