// Column headers of the matrix use a body's shortest several-word name from its own aliases.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { shortName } from '../../../src/features/insights/shortName.ts';

describe('shortName', () => {
  it('prefers a shorter alias of two or more words, never a bare abbreviation', () => {
    expect(
      shortName({
        name: 'US Department of the Treasury (Office of Foreign Assets Control)',
        aliases: [{ name: 'OFAC' }, { name: 'US Treasury' }, { name: 'Treasury Department' }],
      }),
    ).toBe('US Treasury');
  });

  it('keeps the name when no alias is shorter', () => {
    expect(shortName({ name: 'US Congress and President', aliases: [] })).toBe('US Congress and President');
    expect(shortName({ name: 'Short name', aliases: [{ name: 'A much longer alias here' }] })).toBe('Short name');
  });

  it('gives every bundled sanctioning body a distinct short name', () => {
    const { dataset } = loadBundledDataset();
    const bodies = (dataset?.nodes ?? []).filter((n) => n.kind === 'sanctioningBody');
    expect(bodies.length).toBeGreaterThan(1);
    const names = bodies.map(shortName);
    expect(new Set(names).size).toBe(names.length);
    for (const [i, body] of bodies.entries()) {
      expect([body.name, ...body.aliases.map((a) => a.name)]).toContain(names[i]);
    }
  });
});
