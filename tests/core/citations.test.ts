import { describe, expect, it } from 'vitest';
import { citationList, formatCitation, sourcesBehind } from '../../src/core/citations.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import {
  actionSchema,
  measureSchema,
  nodeSchema,
  roleSchema,
  sourceSchema,
  type Dataset,
} from '../../src/core/model/schema.ts';

function bundled(): Dataset {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled dataset does not validate');
  return dataset;
}

/** Two bodies, two people, one role; every record cites its own source so tests can tell them apart. */
function smallDataset(): Dataset {
  const source = (id: string, kind: 'article' | 'reference', extra: Record<string, unknown> = {}) =>
    sourceSchema.parse({ id, kind, title: `Title of ${id}`, publisher: `Publisher of ${id}`, ...extra });
  return {
    info: { id: 'small', title: 'Small', version: 'v7' },
    sources: [
      source('s-node-a', 'reference', { date: '2020-07-09', url: 'https://example.org/a' }),
      source('s-node-b', 'article', { article: '002', date: '2020-07' }),
      source('s-measure', 'article', { article: '001' }),
      source('s-action', 'reference', { publisher: 'unknown' }),
      source('s-role', 'reference'),
      source('s-body', 'reference', { title: 'Line one\nline two' }),
      source('s-unused', 'reference'),
    ],
    nodes: [
      nodeSchema.parse({ id: 'a', kind: 'person', name: 'A', description: 'a', sources: ['s-node-a', 's-node-b'] }),
      nodeSchema.parse({ id: 'b', kind: 'agency', name: 'B', description: 'b', sources: ['s-node-b'] }),
      nodeSchema.parse({ id: 'body', kind: 'sanctioningBody', name: 'Body', description: 'body', sources: ['s-body'] }),
    ],
    roles: [
      roleSchema.parse({
        id: 'r',
        person: 'a',
        organization: 'b',
        title: 'Chief',
        start: '2016',
        status: 'current',
        sources: ['s-role'],
      }),
    ],
    actions: [
      actionSchema.parse({
        id: 'act',
        date: '2020-07-09',
        body: 'body',
        title: 'Act',
        description: 'act',
        sources: ['s-action'],
      }),
    ],
    measures: [
      measureSchema.parse({
        id: 'm',
        kind: 'blocking',
        body: 'body',
        target: 'a',
        action: 'act',
        announced: '2020-07-09',
        legalBasis: 'EO',
        description: 'blocks',
        sources: ['s-measure', 's-node-a'],
      }),
    ],
    links: [],
  };
}

const ids = (sources: readonly { id: string }[]) => sources.map((s) => s.id);

describe('sourcesBehind', () => {
  it('cites the sources of visible nodes only, once each, however many records cite them', () => {
    const cited = sourcesBehind(smallDataset(), { nodes: ['a', 'b'], edges: [] });
    expect(ids(cited.articles)).toEqual(['s-node-b']);
    expect(ids(cited.references)).toEqual(['s-node-a']);
  });

  it('adds the sources of a visible measure and of the action that announced it', () => {
    const cited = sourcesBehind(smallDataset(), { nodes: [], edges: ['m'] });
    expect(ids(cited.articles)).toEqual(['s-measure']);
    expect(ids(cited.references).sort()).toEqual(['s-action', 's-node-a']);
  });

  it('adds the sources of visible roles, and ignores ids the dataset does not hold', () => {
    const cited = sourcesBehind(smallDataset(), { nodes: ['nobody'], edges: ['r', 'no-edge'] });
    expect(ids(cited.references)).toEqual(['s-role']);
    expect(cited.articles).toEqual([]);
  });

  it('puts articles in article-number order and never cites a source nothing visible rests on', () => {
    const cited = sourcesBehind(smallDataset(), { nodes: ['a', 'b', 'body'], edges: ['m', 'r'] });
    expect(ids(cited.articles)).toEqual(['s-measure', 's-node-b']);
    expect(ids(cited.references)).not.toContain('s-unused');
  });

  it('on the bundled data, cites for Chen Quanguo and his two 2020-07-09 measures exactly what those records and actions name', () => {
    const data = bundled();
    const measures = data.measures.filter((m) => m.target === 'chen-quanguo' && m.announced === '2020-07-09');
    expect(measures.length).toBe(2);
    const expected = new Set(data.nodes.find((n) => n.id === 'chen-quanguo')?.sources);
    for (const m of measures) {
      for (const id of m.sources) expected.add(id);
      for (const id of data.actions.find((a) => a.id === m.action)?.sources ?? []) expected.add(id);
    }
    const cited = sourcesBehind(data, { nodes: ['chen-quanguo'], edges: measures.map((m) => m.id) });
    const all = [...ids(cited.articles), ...ids(cited.references)];
    expect(new Set(all)).toEqual(expected);
    expect(all.length).toBe(expected.size);
    expect(ids(cited.articles)).toEqual(['art-000', 'art-002', 'art-003'].filter((id) => expected.has(id)));
    expect(cited.missing).toEqual([]);
  });
});

describe('citationList', () => {
  it('is plain text with a heading, an Articles and a References group, numbered on across both', () => {
    const text = citationList(smallDataset(), { nodes: ['a', 'b', 'body'], edges: ['m', 'r'] });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Sources: Small (dataset version v7)');
    const articles = lines.indexOf('Articles');
    const references = lines.indexOf('References');
    expect(articles).toBeGreaterThan(0);
    expect(references).toBeGreaterThan(articles);
    const numbered = lines.filter((l) => /^\d+\. /.test(l));
    expect(numbered.map((l) => l.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    // Every cited source once, each on one line.
    for (const text of [
      'Title of s-node-a',
      'Title of s-node-b',
      'Title of s-measure',
      'Title of s-action',
      'Title of s-role',
      'Line one line two',
    ]) {
      expect(numbered.filter((l) => l.includes(text)).length).toBe(1);
    }
    expect(text).not.toContain('s-unused');
  });

  it('writes title, publisher, date and URL, leaves out a publisher recorded as unknown, and keeps each source on one line', () => {
    const data = smallDataset();
    const get = (id: string) => {
      const s = data.sources.find((x) => x.id === id);
      if (!s) throw new Error(id);
      return s;
    };
    expect(formatCitation(get('s-node-a'))).toBe(
      'Title of s-node-a. Publisher of s-node-a. 9 July 2020. https://example.org/a',
    );
    expect(formatCitation(get('s-node-b'))).toBe('Title of s-node-b. Publisher of s-node-b. July 2020.');
    expect(formatCitation(get('s-action'))).toBe('Title of s-action.');
    expect(formatCitation(get('s-body'))).toBe('Line one line two. Publisher of s-body.');
  });

  it('credits a copy to whoever published it, never the link to the official publisher', () => {
    const first = smallDataset().sources[0];
    if (!first) throw new Error('no source');
    const copy = { ...first, copyBy: 'STL.News', url: 'https://www.stl.news/x' };
    expect(formatCitation(copy)).toMatch(/\. Copy published by STL\.News: https:\/\/www\.stl\.news\/x$/);
    // In the bundled data, every link the notes call a repost or republication of an official text says whose.
    const data = bundled();
    const reposts = data.sources.filter(
      (s) => s.kind === 'official' && s.notes.some((n) => /repost|republication/i.test(n)),
    );
    expect(reposts.length).toBeGreaterThan(0);
    for (const s of reposts)
      expect(formatCitation(s), s.id).toContain(`Copy published by ${s.copyBy ?? '(missing)'}: `);
  });

  it('says so when nothing visible cites a source', () => {
    expect(citationList(smallDataset(), { nodes: [], edges: [] })).toContain('Nothing shown cites a source.');
  });

  it('on the whole bundled graph, lists every source some record rests on, each once, the five articles first', () => {
    const data = bundled();
    const text = citationList(data, {
      nodes: data.nodes.map((n) => n.id),
      edges: [...data.measures, ...data.roles].map((r) => r.id),
    });
    const numbered = text.split('\n').filter((l) => /^\d+\. /.test(l));
    const used = new Set([...data.nodes, ...data.measures, ...data.roles, ...data.actions].flatMap((r) => r.sources));
    expect(numbered.length).toBe(used.size);
    for (const s of data.sources.filter((x) => used.has(x.id))) {
      expect(numbered.filter((l) => l.includes(`${s.title.replace(/\s+/g, ' ')}.`)).length).toBeGreaterThanOrEqual(1);
    }
    const firstFive = numbered.slice(0, 5).join('\n');
    for (const article of data.sources.filter((s) => s.kind === 'article')) expect(firstFive).toContain(article.title);
  });
});
