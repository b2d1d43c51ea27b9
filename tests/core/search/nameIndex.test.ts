import { describe, it, expect } from 'vitest';
import { buildNameIndex, search } from '../../../src/core/search/nameIndex.ts';
import type { EntityNode } from '../../../src/core/model/schema.ts';
import { node } from '../../builders.ts';

const nodes: EntityNode[] = [
  node({
    id: 'chen',
    name: 'Chen Quanguo',
    chineseName: '陈全国',
    aliases: [{ name: 'Chen Quanquo', note: 'misspelt in article 003' }],
  }),
  node({ id: 'chen-other', name: 'Chen Ming' }),
  node({ id: 'huo', name: 'Huo Liujun', aliases: [{ name: 'Huo Liuju', note: 'misspelt in article 003' }] }),
  node({ id: 'zhu', name: 'Zhu Hailun', chineseName: '朱海仑' }),
  node({ id: 'npc', name: 'National People’s Congress', kind: 'agency', chineseName: '全国人民代表大会' }),
  node({ id: 'cn-co', name: 'Guoxin Holdings', kind: 'company', chineseName: '国信控股' }),
  node({ id: 'li-wei', name: 'Li Wei' }),
  node({ id: 'liang', name: 'Liang Bo' }),
  node({ id: 'wei-chen', name: 'Wei Chen' }),
  node({ id: 'wang-li', name: 'Wang Li' }),
  node({ id: 'wang-ming', name: 'Wang Ming' }),
  node({ id: 'zakir', name: 'Shöhrat Zakir', aliases: [{ name: 'Shohrat Zakir' }, { name: 'SHOHRAT ZAKIR' }] }),
  node({
    id: 'treasury',
    name: 'Office of Foreign Assets Control',
    kind: 'sanctioningBody',
    aliases: [{ name: 'OFAC' }, { name: 'US Treasury' }],
  }),
];
const index = buildNameIndex(nodes);
const ids = (query: string, limit?: number): string[] => search(index, query, { limit }).map((m) => m.id);

describe('name index: Latin script', () => {
  it('finds a node by its exact name, first', () => {
    expect(ids('Chen Quanguo')[0]).toBe('chen');
    expect(ids('Zhu Hailun')[0]).toBe('zhu');
  });

  it('ignores case and diacritics', () => {
    expect(ids('CHEN QUANGUO')[0]).toBe('chen');
    expect(ids('Chén Quánguó')[0]).toBe('chen');
    expect(ids('shohrat')[0]).toBe('zakir');
  });

  it('tolerates typos', () => {
    const withoutAliases = buildNameIndex(nodes.map((n) => ({ ...n, aliases: [] })));
    expect(search(withoutAliases, 'Chen Quanquo')[0]?.id).toBe('chen');
    expect(search(withoutAliases, 'Zhu Hailum')[0]?.id).toBe('zhu');
    expect(search(withoutAliases, 'Huo Liuju')[0]?.id).toBe('huo');
  });

  it('completes unfinished words while typing', () => {
    expect(ids('Chen Qu')[0]).toBe('chen');
    expect(ids('Huo Li')[0]).toBe('huo');
    expect(ids('Zhu')[0]).toBe('zhu');
    expect(ids('Office of Foreign')[0]).toBe('treasury');
  });

  it('ranks a whole short word above a word that only starts with it', () => {
    expect(ids('Li')[0]).toBe('li-wei');
    expect(ids('Li')).toContain('liang');
    expect(ids('Wang L')[0]).toBe('wang-li');
    expect(ids('li wei')[0]).toBe('li-wei');
    expect(ids('li wei')).toContain('wei-chen');
  });
});

describe('name index: aliases', () => {
  it('says which alias matched, with its note', () => {
    const [first] = search(index, 'Huo Liuju');
    expect(first?.id).toBe('huo');
    expect(first?.name).toBe('Huo Liujun');
    expect(first?.kind).toBe('person');
    expect(first?.matchedField).toBe('alias');
    expect(first?.matchedAlias).toBe('Huo Liuju');
    expect(first?.matchedNote).toBe('misspelt in article 003');
  });

  it('reports no alias when the name itself matched', () => {
    const [first] = search(index, 'Huo Liujun');
    expect(first?.matchedField).toBe('name');
    expect(first?.matchedAlias).toBeUndefined();
    expect(first?.matchedText).toBe('Huo Liujun');
  });

  it('finds a body by an abbreviation', () => {
    expect(ids('OFAC')[0]).toBe('treasury');
    expect(search(index, 'ofac')[0]?.matchedAlias).toBe('OFAC');
  });

  it('returns each node once, however many of its names match', () => {
    const results = ids('Chen');
    expect(results.filter((id) => id === 'chen')).toHaveLength(1);
    expect(ids('Shohrat Zakir')).toEqual(['zakir']);
  });
});

describe('name index: Chinese script', () => {
  it('finds the full Chinese name', () => {
    const [first] = search(index, '陈全国');
    expect(first?.id).toBe('chen');
    expect(first?.matchedField).toBe('chineseName');
    expect(first?.matchedAlias).toBe('陈全国');
  });

  it('finds part of a Chinese name, ranking the fuller match first', () => {
    expect(ids('全国')).toEqual(expect.arrayContaining(['chen', 'npc']));
    expect(ids('陈全')[0]).toBe('chen');
    expect(ids('陈')).toEqual(['chen']);
    expect(ids('海仑')).toEqual(['zhu']);
    expect(ids('国信')[0]).toBe('cn-co');
  });

  it('does not let one shared character outrank the whole name', () => {
    const results = ids('陈全国');
    expect(results[0]).toBe('chen');
    expect(results).not.toContain('cn-co');
  });

  it('matches Chinese mixed with Latin text', () => {
    expect(ids('朱海仑 Zhu')[0]).toBe('zhu');
  });
});

describe('search options and edge cases', () => {
  it('gives nothing for an empty or punctuation-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '?!,')).toEqual([]);
  });

  it('reads only the start of a pasted wall of text', () => {
    expect(ids(`Zhu Hailun ${'x'.repeat(5000)}`)[0]).toBe('zhu');
    expect(ids(`${'x'.repeat(300)} Zhu Hailun`)).not.toContain('zhu');
  });

  it('respects the limit', () => {
    expect(ids('c', 2)).toHaveLength(2);
    expect(ids('Chen', 1)).toHaveLength(1);
    expect(search(index, 'Chen', { limit: 0 })).toEqual([]);
  });

  it('filters by node kind', () => {
    expect(search(index, '全国', { kinds: ['agency'] }).map((m) => m.id)).toEqual(['npc']);
    expect(search(index, 'li', { kinds: ['company', 'agency'] })).toEqual([]);
  });

  it('scores best first', () => {
    const scores = search(index, 'Chen').map((m) => m.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('does not change the nodes it indexes', () => {
    const copy = structuredClone(nodes);
    buildNameIndex(nodes);
    expect(nodes).toEqual(copy);
  });
});

describe('name index at scale', () => {
  it('still puts the right node first among thousands of similar names', () => {
    const syllables = [
      'chen',
      'wang',
      'li',
      'zhang',
      'liu',
      'huo',
      'zhu',
      'hai',
      'lun',
      'quan',
      'ming',
      'jun',
      'xin',
      'wei',
    ];
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed >>> 8;
    };
    const pick = (): string => syllables[next() % syllables.length] ?? 'li';
    const many = Array.from({ length: 5000 }, (_, k) => node({ id: `n${k}`, name: `${pick()} ${pick()}${pick()}` }));
    const big = buildNameIndex([...many, ...nodes]);
    expect(search(big, 'Chen Quanquo')[0]?.id).toBe('chen');
    expect(search(big, '陈全国')[0]?.id).toBe('chen');
    expect(search(big, 'Huo Liuju')[0]?.id).toBe('huo');
    expect(search(big, 'h', { limit: 10 })).toHaveLength(10);
    expect(new Set(search(big, 'h', { limit: 50 }).map((m) => m.id)).size).toBe(50);
  });
});
