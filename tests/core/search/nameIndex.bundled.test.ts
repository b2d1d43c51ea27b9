// The name index on the real bundled dataset: the articles' spellings find the right people.
import { describe, it, expect } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildNameIndex, search } from '../../../src/core/search/nameIndex.ts';

const { dataset, problems } = loadBundledDataset();

describe('searching the bundled dataset', () => {
  it('loads', () => {
    expect(problems).toEqual([]);
  });

  const index = buildNameIndex(dataset?.nodes ?? []);

  it('finds Chen Quanguo first under the misspelling of article 003 and in Chinese script', () => {
    expect(search(index, 'Chen Quanquo')[0]?.id).toBe('chen-quanguo');
    expect(search(index, '陈全国')[0]?.id).toBe('chen-quanguo');
    expect(search(index, '全国').map((m) => m.id)).toContain('chen-quanguo');
    expect(search(index, 'chen quan')[0]?.id).toBe('chen-quanguo');
  });

  it('finds Huo Liujun from the misspelt "Huo Liuju", naming the alias that matched', () => {
    const [first] = search(index, 'Huo Liuju');
    expect(first?.id).toBe('huo-liujun');
    expect(first?.matchedAlias).toBe('Huo Liuju');
  });

  it('keeps Huo Liujun as one node however the articles spell him', () => {
    const huo = (dataset?.nodes ?? []).filter((n) =>
      [n.name, ...n.aliases.map((a) => a.name)].some((name) => /^huo liu/i.test(name)),
    );
    expect(huo.map((n) => n.id)).toEqual(['huo-liujun']);
    expect(search(index, 'Huo').map((m) => m.id)).toEqual(['huo-liujun']);
  });

  it('finds the sanctioning bodies by their common names', () => {
    expect(search(index, 'Treasury', { kinds: ['sanctioningBody'] })[0]?.id).toBe('us-treasury');
    expect(search(index, 'Department of State', { kinds: ['sanctioningBody'] })[0]?.id).toBe('us-state');
  });
});
