import { describe, expect, it } from 'vitest';
import { defaultModel } from '@alephdata/followthemoney';
import { FTM_SCHEMATA } from '../../../../src/core/data/ftm/entity.ts';
import { createFtmImporter, importFtmText } from '../../../../src/core/data/ftm/importer.ts';
import { formatReport } from '../../../../src/core/data/ftm/report.ts';
import { NotFtmError } from '../../../../src/core/data/import/detect.ts';
import { fixture, problemsOf } from './helpers.ts';

const broken = fixture('broken-lines.ftm.json');

/** Feeds `text` in pieces of the given sizes (cycled) and finishes. */
function importInChunks(text: string, sizes: number[]) {
  const importer = createFtmImporter({ fileName: 'chunks.ftm.json' });
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    importer.feed(text.slice(at, at + size));
    at += size;
  }
  return importer.finish();
}

describe('the load report on a corpus of broken lines', () => {
  const { dataset, report } = importFtmText(broken, { fileName: 'broken-lines.ftm.json' });

  it('lists every skipped line with its number and reason, counts at the top', () => {
    expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'badJson'],
      [4, 'badJson'],
      [5, 'missingId'],
      [6, 'missingSchema'],
      [7, 'unknownSchema'],
      [9, 'notAnObject'],
      [11, 'danglingReference'],
      [13, 'missingReference'],
      [15, 'duplicateId'],
      [16, 'danglingReference'],
    ]);
    expect(report.skippedCounts).toEqual({
      badJson: 2, missingId: 1, missingSchema: 1, unknownSchema: 1, notAnObject: 1,
      danglingReference: 2, missingReference: 1, duplicateId: 1,
    });
    expect(report.skippedNotListed).toBe(0);
  });

  it('says why in words a reader can act on', () => {
    const detail = (line: number) => report.skipped.find((s) => s.line === line)?.detail;
    expect(detail(7)).toBe('"Alien" is not a FollowTheMoney schema (entity p4)');
    expect(detail(11)).toBe('Sanction s1: entity "nobody-here" is not in the file');
    expect(detail(13)).toBe('Sanction s3 has no "entity"');
    expect(detail(16)).toBe('Occupancy o1: post "missing-post" is not in the file');
    expect(formatReport(report)).toContain('line 11: skipped: Sanction s1: entity "nobody-here" is not in the file');
  });

  it('counts blank lines without reporting them, and loads the rest', () => {
    expect(report).toMatchObject({ linesRead: 17, blankLines: 2, entitiesKept: 5 });
    expect(dataset.nodes.map((n) => n.id)).toEqual(['p1', 'v1', 'p5', 'us-treasury']);
    // The vessel is an asset node, so the sanction on it is kept.
    expect(dataset.measures.map((m) => [m.id, m.target, m.body])).toEqual([
      ['s2', 'v1', 'us-treasury'],
      ['s4', 'p1', 'us-treasury'],
    ]);
    expect(problemsOf(dataset)).toEqual([]);
  });

  it('lists at most listLimit lines and counts the rest', () => {
    const lines = ['{"id":"a","schema":"Person","properties":{"name":["A"]}}'];
    for (let i = 0; i < 1500; i++) lines.push('{not json');
    const result = importFtmText(lines.join('\n'), { fileName: 'many.ftm.json' });
    expect(result.report.skipped).toHaveLength(1000);
    expect(result.report.skippedNotListed).toBe(500);
    expect(result.report.skippedCounts.badJson).toBe(1500);
    expect(result.report.skipped[999]?.line).toBe(1001);
  });
});

describe('streaming', () => {
  const whole = importFtmText(fixture('parties-and-sanctions.ftm.json'), { fileName: 'chunks.ftm.json' });

  it('gives the same dataset whatever the chunk sizes, lines split across chunks included', () => {
    const text = fixture('parties-and-sanctions.ftm.json');
    for (const sizes of [[1], [7], [100, 3, 250], [text.length]]) {
      const chunked = importInChunks(text, sizes);
      expect(chunked.dataset).toEqual(whole.dataset);
      expect(chunked.report).toEqual(whole.report);
    }
  });

  it('reads CRLF line ends, a byte-order mark and a last line without a newline', () => {
    const text = '\uFEFF{"id":"a","schema":"Person","properties":{"name":["A"]}}\r\n{"id":"b","schema":"Company","properties":{"name":["B"]}}';
    const result = importInChunks(text, [5]);
    expect(result.dataset.nodes.map((n) => [n.id, n.kind])).toEqual([['a', 'person'], ['b', 'company']]);
    expect(result.report.skipped).toEqual([]);
    expect(result.report.linesRead).toBe(2);
  });

  it('reports progress as lines are read', () => {
    const importer = createFtmImporter({ fileName: 'p' });
    importer.feed('{"id":"a","schema":"Person","properties":{"name":["A"]}}\n{"id":"b","sch');
    expect(importer.progress()).toEqual({ linesRead: 1, entitiesKept: 1 });
    importer.feed('ema":"Person","properties":{"name":["B"]}}\n');
    expect(importer.progress()).toEqual({ linesRead: 2, entitiesKept: 2 });
  });
});

describe('a file that is not FollowTheMoney at all', () => {
  const message = (text: string) => {
    try {
      importFtmText(text, { fileName: 'x' });
    } catch (error) {
      expect(error).toBeInstanceOf(NotFtmError);
      return error instanceof Error ? error.message : '';
    }
    throw new Error('no error thrown');
  };

  it('gets a clear message saying what the file looks like', () => {
    expect(message(fixture('not-ftm.csv'))).toBe('This file is not FollowTheMoney JSON lines: it looks like a CSV table (first line: "id,name,country").');
    expect(message(fixture('not-ftm.html'))).toBe('This file is not FollowTheMoney JSON lines: it looks like an HTML page.');
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expect(message(png)).toBe('This file is not FollowTheMoney JSON lines: it looks like a PNG image.');
    expect(message('')).toBe('This file is not FollowTheMoney JSON lines: the file is empty.');
    expect(message('[{"id":"a","schema":"Person"}]')).toContain('it is a JSON array');
    expect(message('{"name":"a"}\n{"name":"b"}')).toContain('it is JSON, but its lines are not FollowTheMoney entities');
  });

  it('stops reading after the first lines when none is an entity', () => {
    const importer = createFtmImporter({ fileName: 'x' });
    const csvLine = 'a,b,c\n';
    expect(() => importer.feed(csvLine.repeat(19))).not.toThrow();
    expect(() => importer.feed(csvLine)).toThrow(NotFtmError);
  });

  it('still loads an FtM file whose first lines are broken', () => {
    const text = `${'{broken\n'.repeat(5)}{"id":"a","schema":"Person","properties":{"name":["A"]}}\n`;
    const result = importFtmText(text, { fileName: 'x' });
    expect(result.dataset.nodes).toHaveLength(1);
    expect(result.report.skippedCounts.badJson).toBe(5);
  });
});

describe('FTM_SCHEMATA', () => {
  it('is the list of schemata of the model shipped in @alephdata/followthemoney', () => {
    expect([...FTM_SCHEMATA].sort()).toEqual(Object.keys(defaultModel.schemata).sort());
  });
});
