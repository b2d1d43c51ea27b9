import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvCell, measuresToCsv, MEASURE_CSV_COLUMNS } from '../../../src/core/data/export/csv.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';
import { checkDataFolder } from '../../../scripts/lib/readDataFolder.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A strict RFC 4180 reader (CRLF records, "" escapes), written independently of the exporter. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted cell');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') { i++; continue; }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}

function load(folder: string): Dataset {
  const { dataset, problems } = checkDataFolder(join(root, folder));
  if (!dataset) throw new Error(`${folder} does not validate: ${problems.length} problems`);
  return dataset;
}

const column = (name: (typeof MEASURE_CSV_COLUMNS)[number]) => MEASURE_CSV_COLUMNS.indexOf(name);

describe('measuresToCsv', () => {
  const small = load('tests/fixtures/valid-small');

  it('writes a header and one row per measure, sorted by date announced', () => {
    const rows = parseCsv(measuresToCsv(small));
    expect(rows[0]).toEqual([...MEASURE_CSV_COLUMNS]);
    expect(rows).toHaveLength(small.measures.length + 1);
    expect(rows.every((r) => r.length === MEASURE_CSV_COLUMNS.length)).toBe(true);
    const dates = rows.slice(1).map((r) => r[column('announced')] ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(new Set(rows.slice(1).map((r) => r[column('id')]))).toEqual(new Set(small.measures.map((m) => m.id)));
  });

  it('spells out body, target, kinds, family, status, action and sources', () => {
    const rows = parseCsv(measuresToCsv(small));
    const row = rows.find((r) => r[column('id')] === 'm-2020-07-09-state-chen-quanguo');
    expect(row).toEqual([
      '2020-07-09', '', 'US Department of State', 'Chen Quanguo', 'Person', 'Visa ban',
      'Section 7031(c), FY2020 appropriations act', 'US-7031C', 'included', 'In force',
      'US State bars Xinjiang officials from entry', 'A test report of July 2020 (Test Publisher, 2020-07-09)', 'confirmed',
      'm-2020-07-09-state-chen-quanguo',
    ]);
    const investment = rows.find((r) => r[column('id')] === 'm-2021-12-10-treasury-sensetime-investment');
    expect(investment?.[column('effective')]).toBe('2022-02-08');
    expect(investment?.[column('target kind')]).toBe('Company');
  });

  it('exports only the measures asked for (what is visible), ignoring other ids', () => {
    const rows = parseCsv(measuresToCsv(small, ['m-2020-07-09-treasury-xpsb', 'chen-quanguo', 'r-gayle-manchin-uscirf']));
    expect(rows.slice(1).map((r) => r[column('id')])).toEqual(['m-2020-07-09-treasury-xpsb']);
    expect(parseCsv(measuresToCsv(small, []))).toHaveLength(1);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas, so a spreadsheet reads back the text', () => {
    const hostile = structuredClone(small);
    const target = hostile.nodes.find((n) => n.id === 'chen-quanguo');
    const measure = hostile.measures.find((m) => m.id === 'm-2020-07-09-state-chen-quanguo');
    if (!target || !measure) throw new Error('fixture changed');
    target.name = '=HYPERLINK("http://evil.example","click")';
    measure.legalBasis = 'Section 7031(c), "FY2020"\nappropriations';
    measure.program = '+SUM(A1:A9)';
    const rows = parseCsv(measuresToCsv(hostile, [measure.id]));
    expect(rows[1]?.[column('target')]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(rows[1]?.[column('legal basis')]).toBe('Section 7031(c), "FY2020"\nappropriations');
    expect(rows[1]?.[column('program')]).toBe("'+SUM(A1:A9)");
  });
});

describe('csvCell', () => {
  it('leaves plain text alone and guards every formula prefix', () => {
    expect(csvCell('Chen Quanguo')).toBe('Chen Quanguo');
    expect(csvCell('')).toBe('');
    for (const prefix of ['=', '+', '-', '@']) expect(csvCell(`${prefix}1`)).toBe(`'${prefix}1`);
    expect(csvCell('-1,2')).toBe('"\'-1,2"');
    expect(csvCell('a"b')).toBe('"a""b"');
  });
});

describe('measuresToCsv on the bundled data/', () => {
  const { dataset } = checkDataFolder(join(root, 'data'));
  it.runIf(dataset !== null && dataset.measures.length > 0)('has one well-formed row per measure', () => {
    const data = dataset as Dataset;
    const rows = parseCsv(measuresToCsv(data));
    expect(rows).toHaveLength(data.measures.length + 1);
    const chen = rows.filter((r) => r[column('target')] === 'Chen Quanguo');
    expect(chen.map((r) => r[column('measure')]).sort()).toEqual(expect.arrayContaining(['Asset freeze (blocking)', 'Visa ban']));
  });
});
