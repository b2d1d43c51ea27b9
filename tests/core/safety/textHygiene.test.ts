// Text hygiene where text enters (issue 16, item 5): an imported authority or name with a bidi override reads
// as written, NUL and BEL are gone, an alias of invisible characters is left out with a warning, and a data
// file with such text is reported by data:check.
import { describe, expect, it } from 'vitest';
import { importFtmText } from '../../../src/core/data/ftm/importer.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { parseDatasetBundleText, serializeDatasetBundle } from '../../../src/core/data/import/bundle.ts';
import { importStream } from '../../../src/core/data/import/run.ts';
import { formatProblem, validateDataset } from '../../../src/core/data/validate.ts';
import { streamOf } from '../data/import/helpers.ts';

const line = (value: object) => JSON.stringify(value);

describe('text from an FtM file', () => {
  const text = [
    line({
      id: 'p1',
      schema: 'Person',
      properties: { name: ['Bad\u0000 Na\u0007me'], alias: ['\u200b\u200c\u2060', 'Real alias'] },
    }),
    line({
      id: 's1',
      schema: 'Sanction',
      properties: { entity: ['p1'], authority: ['U.S. \u202eyrusaert'], startDate: ['2020-01-01'] },
    }),
  ].join('\n');
  const { dataset, report } = importFtmText(text, { fileName: 'h.ftm.json' });

  it('loses control and bidi characters, and says so', () => {
    const person = dataset.nodes.find((n) => n.name.startsWith('Bad'));
    expect(person?.name).toBe('Bad Name');
    expect(JSON.stringify(dataset)).not.toMatch(/[\u0000\u0007\u202e]/);
    expect(dataset.nodes.some((n) => n.name.includes('U.S. yrusaert'))).toBe(true);
    expect(report.warnings.filter((w) => w.reason === 'cleanedText').map((w) => w.line)).toEqual([1, 2]);
  });

  it('leaves out an alias of invisible characters only, with a warning', () => {
    const person = dataset.nodes.find((n) => n.name === 'Bad Name');
    expect(person?.aliases.map((a) => a.name)).toEqual(['Real alias']);
    expect(report.warnings.filter((w) => w.reason === 'invisibleName').map((w) => w.line)).toEqual([1]);
  });
});

describe('text in our own format', () => {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data does not validate');
  const [first, ...rest] = dataset.nodes;
  if (!first) throw new Error('no node');
  const hostile = {
    ...dataset,
    nodes: [{ ...first, name: `${first.name}\u202e`, aliases: [...first.aliases, { name: '\u200b\u2060' }] }, ...rest],
  };

  it('is cleaned when a bundle is opened, with the changes in the load report', async () => {
    const outcome = await importStream(streamOf(serializeDatasetBundle(hostile)), { name: 'b.json' });
    const node = outcome.dataset.nodes.find((n) => n.id === first.id);
    expect(node?.name).toBe(first.name);
    expect(node?.aliases).toEqual(first.aliases);
    expect(outcome.report.warnings.map((w) => w.reason).sort()).toEqual(['cleanedText', 'invisibleName']);
    expect(parseDatasetBundleText(serializeDatasetBundle(hostile)).dataset).not.toBeNull();
  });

  it('is reported by data:check in a data file, with file, record and field', () => {
    const { problems } = validateDataset({
      'dataset.json': hostile.info,
      'sources.json': hostile.sources,
      'nodes.json': hostile.nodes,
      'roles.json': hostile.roles,
      'actions.json': hostile.actions,
      'measures.json': hostile.measures,
    });
    expect(problems.map(formatProblem)).toEqual([
      `nodes.json: ${first.id}: name: holds control or text-direction characters (they can make text read backwards)`,
      `nodes.json: ${first.id}: aliases.${first.aliases.length}.name: has no visible character`,
    ]);
  });
});
