// Honest readers (issue 16, item 7): impossible dates are reported, never rounded; random bytes are "not a
// recognised format"; UTF-16 and Latin-1 files are decoded and the report names the encoding; one
// pretty-printed FtM entity gets a message that says what it is.
import { describe, expect, it } from 'vitest';
import { importFtmText } from '../../../src/core/data/ftm/importer.ts';
import { toPartialDate } from '../../../src/core/data/ftm/text.ts';
import { importStream } from '../../../src/core/data/import/run.ts';
import { streamOf } from '../data/import/helpers.ts';

const person = (id: string, name: string, extra: object = {}) =>
  JSON.stringify({ id, schema: 'Person', properties: { name: [name], ...extra } });

describe('dates', () => {
  it('are kept only when real, never rounded to a vaguer date', () => {
    expect(toPartialDate('2020-07-09')).toBe('2020-07-09');
    expect(toPartialDate('2020-07-09T12:00:00Z')).toBe('2020-07-09');
    expect(toPartialDate('2020-07')).toBe('2020-07');
    for (const bad of ['2020-13-45', '2020-02-30', '20200709', '9999-12-31', '0000-01-01', '2020-07-09x']) {
      expect(toPartialDate(bad)).toBeUndefined();
    }
  });

  it('are real exactly when the calendar has the day (leap years, month ends)', () => {
    for (const year of [1800, 1900, 1999, 2000, 2020, 2023, 2024, 2076]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${day}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(toPartialDate(text), text).toBe(real ? text : undefined);
        }
      }
    }
  });

  it('that are impossible are reported in the load report', () => {
    const text = [
      person('p1', 'A'),
      JSON.stringify({
        id: 's1',
        schema: 'Sanction',
        properties: { entity: ['p1'], authority: ['OFAC'], startDate: ['2020-13-45'] },
      }),
      JSON.stringify({
        id: 's2',
        schema: 'Sanction',
        properties: { entity: ['p1'], authority: ['OFAC'], startDate: ['20200709'] },
      }),
    ].join('\n');
    const { dataset, report } = importFtmText(text, { fileName: 'd.ftm.json' });
    const invalid = report.warnings.filter((w) => w.reason === 'invalidDate').map((w) => w.detail);
    expect(invalid).toEqual([
      expect.stringContaining('"2020-13-45" is not a date'),
      expect.stringContaining('"20200709" is not a date'),
    ]);
    expect(dataset.measures.map((m) => m.announced)).not.toContain('2020');
  });
});

describe('format and encoding', () => {
  it('says random bytes are not a recognised format, not a JPEG image', async () => {
    const bytes = new Uint8Array(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = ((i * 7919 + 13) % 251) | 0x80;
    await expect(importStream(streamOf(bytes), { name: 'r.bin' })).rejects.toThrow(/not a recognised format/);
  });

  it('decodes UTF-16 (with or without a byte-order mark) and names it in the report', async () => {
    const text = `${person('p1', 'Zoë Łukasz')}\n${person('p2', 'Ünal')}\n`;
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), le]) {
      const outcome = await importStream(streamOf(bytes), { name: 'u16.ftm.json' });
      expect(outcome.dataset.nodes.map((n) => n.name).sort()).toEqual(['Zoë Łukasz', 'Ünal']);
      expect(outcome.report.warnings[0]).toMatchObject({
        reason: 'otherEncoding',
        detail: 'the file was read as UTF-16 (little-endian)',
      });
    }
  });

  it('decodes Latin-1 instead of filling names with replacement characters, and says so', async () => {
    const text = `${person('p1', 'José Müller')}\n`;
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const outcome = await importStream(streamOf(bytes), { name: 'latin1.ftm.json' });
    expect(outcome.dataset.nodes.map((n) => n.name)).toEqual(['José Müller']);
    expect(outcome.report.warnings[0]?.detail).toBe('the file was read as Latin-1 (Windows-1252)');
  });

  it('says what one pretty-printed FtM entity is, instead of listing missing bundle files', async () => {
    const pretty = JSON.stringify(JSON.parse(person('p1', 'A')), null, 2);
    await expect(importStream(streamOf(pretty), { name: 'one.json' })).rejects.toThrow(
      /one FollowTheMoney entity written over several lines/,
    );
  });
});
