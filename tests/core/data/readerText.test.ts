// The publishing rules of data:check: reader text names no file, id or placeholder; source addresses are https.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../../scripts/lib/readDataFolder.ts';
import { idsNamedIn, readerTextProblems } from '../../../src/core/data/readerText.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';
import { isHttpsUrl } from '../../../src/core/text/safeUrl.ts';

function bundled(): Dataset {
  const { dataset, problems } = checkDataFolder(join(import.meta.dirname, '../../../data'));
  expect(problems).toEqual([]);
  if (!dataset) throw new Error('data/ does not validate');
  return dataset;
}

/** The bundled data with one change made to a copy. */
function withChange(change: (d: Dataset) => void): Dataset {
  const copy = structuredClone(bundled());
  change(copy);
  return copy;
}

describe('reader text rules', () => {
  it('find nothing to fix in the bundled data', () => {
    expect(readerTextProblems(bundled())).toEqual([]);
  });

  it('report a working note, an id, a placeholder and an http address with file, record and field', () => {
    const data = withChange((d) => {
      const node = d.nodes.find((n) => n.id === 'chen-quanguo');
      const source = d.sources.find((s) => s.id === 'treasury-sm1055');
      const measure = d.measures[0];
      if (!node || !source || !measure) throw new Error('fixture records missing');
      node.notes = ['Checked in FACTS.md.', 'See r-zhu-hailun-xuar-plac-1 for the dates.'];
      source.title = '(no headline in the text) A report';
      source.url = 'http://home.treasury.gov/news/press-releases/sm1055';
      measure.description = 'As art-003 says, publisher unknown.';
    });
    const problems = readerTextProblems(data).map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nodes\.json: chen-quanguo: notes\.0: .*FACTS\.md/),
        expect.stringMatching(/^nodes\.json: chen-quanguo: notes\.1: .*"r-zhu-hailun-xuar-plac-1"/),
        expect.stringMatching(/^sources\.json: treasury-sm1055: title: .*\(no headline/),
        expect.stringMatching(/^sources\.json: treasury-sm1055: url: .*not an https address/),
        expect.stringMatching(/^measures\.json: m-[^:]+: description: .*"art-003"/),
      ]),
    );
    expect(problems.some((p) => p.includes('description') && p.includes('placeholder'))).toBe(true);
  });

  it('treat a publisher recorded as "unknown" as a placeholder', () => {
    const data = withChange((d) => {
      const source = d.sources[0];
      if (source) source.publisher = 'unknown';
    });
    expect(readerTextProblems(data).map((p) => p.field)).toContain('publisher');
  });

  it('match ids as whole words only', () => {
    const ids = new Set(['xpsb', 'art-003', 'r-chen']);
    expect(idsNamedIn('The XPSB (xpsb) and art-003.', ids)).toEqual(['xpsb', 'art-003']);
    expect(idsNamedIn('part-003, xpsbx, R-chen, the art-0031', ids)).toEqual([]);
  });
});

describe('the bundled sources', () => {
  it('carry at least 25 checked https addresses, and official documents cite the measures', () => {
    const data = bundled();
    expect(data.sources.filter((s) => s.url !== undefined && isHttpsUrl(s.url)).length).toBeGreaterThanOrEqual(25);
    const official = new Set(data.sources.filter((s) => s.kind === 'official').map((s) => s.id));
    const actions = new Map(data.actions.map((a) => [a.id, a]));
    const withoutOfficial = data.measures.filter(
      (m) => ![...m.sources, ...(actions.get(m.action)?.sources ?? [])].some((id) => official.has(id)),
    );
    // Every measure now cites an official document, on itself or on its action (the import-ban law was the last
    // without one: it cites its public law text since that was found).
    expect(withoutOfficial.map((m) => m.id)).toEqual([]);
  });
});
