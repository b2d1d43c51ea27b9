// The name index built in slices (for data opened while the page is in use) finds exactly what the one-go index finds.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, buildNameIndexInSteps, search } from '../../../src/core/search/nameIndex.ts';
import { generateDataset } from '../../../scripts/lib/synthetic.ts';

describe('buildNameIndexInSteps', () => {
  const { nodes } = generateDataset({ seed: 5, nodes: 3000 });
  const queries = ['Wang', 'Zhang Hai', 'Ivanov', 'Golden Dragon', 'Karimi', 'Tehran', 'Smth', 'Ministry of Finance'];

  it('gives the same results as buildNameIndex, slice by slice', async () => {
    const whole = buildNameIndex(nodes);
    const sliced = await buildNameIndexInSteps(nodes, 250);
    expect(sliced.variants).toEqual(whole.variants);
    expect(sliced.wordStarts).toEqual(whole.wordStarts);
    for (const query of queries) {
      const expected = search(whole, query, { limit: 20 });
      expect(expected.length).toBeGreaterThan(0);
      expect(search(sliced, query, { limit: 20 })).toEqual(expected);
    }
  });

  it('leaves the event loop free between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await buildNameIndexInSteps(nodes, 200);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
