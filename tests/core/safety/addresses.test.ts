// Source addresses (issue 16, item 4): only http(s) becomes a link. The schema refuses javascript:, data: and
// vbscript: in a dataset file, a bundle or a view file's data, and data:check names file, record and field.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { parseDatasetBundleText, serializeDatasetBundle } from '../../../src/core/data/import/bundle.ts';
import { formatProblem, validateDataset } from '../../../src/core/data/validate.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';

function withSourceUrl(url: string): Dataset {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data does not validate');
  const [first, ...rest] = dataset.sources;
  if (!first) throw new Error('no source');
  return { ...dataset, sources: [{ ...first, url }, ...rest] };
}

describe('source addresses', () => {
  it.each([
    ['javascript:alert(document.domain)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['JavaScript:alert(1)', 'javascript'],
  ])('refuses %s by its scheme, naming file, record and field', (url, scheme) => {
    const dataset = withSourceUrl(url);
    const id = dataset.sources[0]?.id ?? '';
    const { problems } = validateDataset({
      'dataset.json': dataset.info,
      'sources.json': dataset.sources,
      'nodes.json': dataset.nodes,
      'roles.json': dataset.roles,
      'actions.json': dataset.actions,
      'measures.json': dataset.measures,
    });
    expect(problems.map(formatProblem)).toEqual([
      `sources.json: ${id}: url: a "${scheme}:" address: only http(s) addresses are accepted`,
    ]);
    expect(parseDatasetBundleText(serializeDatasetBundle(dataset)).dataset).toBeNull();
  });

  it('accepts http and https addresses', () => {
    for (const url of ['https://example.org/a', 'http://example.org/b?c=d']) {
      expect(parseDatasetBundleText(serializeDatasetBundle(withSourceUrl(url))).problems).toEqual([]);
    }
  });
});
