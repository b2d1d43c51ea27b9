import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApi } from '../../server/api/app.ts';
import { LIMITS } from '../../server/api/limits.ts';
import type { Database } from '../../server/db/types.ts';
import { ingestFile } from '../../server/ingest/ingest.ts';
import { ftmLines, tempFile, TEST_DATABASES } from './databases.ts';
import { FIXTURE } from './fixture.ts';

type Json = Record<string, unknown> & { error?: { code: string; message: string } };

describe.each(TEST_DATABASES)('API on $name', ({ open }) => {
  let db: Database;
  let drop: () => Promise<void>;
  let api: Hono;
  const get = async (path: string): Promise<{ status: number; body: Json }> => {
    const response = await api.request(path);
    return { status: response.status, body: (await response.json()) as Json };
  };
  beforeAll(async () => {
    ({ db, drop } = await open());
    api = createApi(db);
  }, 60_000);
  afterAll(async () => drop());

  it('answers 503 with a code before any import, and /info says which database it is', async () => {
    expect(await get('/search?q=wang')).toEqual({
      status: 503,
      body: { error: { code: 'noData', message: expect.any(String) } },
    });
    const info = await get('/info');
    expect(info.body).toMatchObject({ database: db.kind, entities: 0 });
    await ingestFile(db, tempFile('v1.ftm.json', ftmLines(FIXTURE)));
    expect((await get('/info')).body).toMatchObject({ entities: FIXTURE.length });
  });

  it('searches names despite a typo, ranks the closest first, and finds identifiers', async () => {
    const typo = await get('/search?q=Ahmad%20Abasi');
    expect((typo.body.items as { id: string }[])[0]?.id).toBe('p-abbasi');
    const surname = await get('/search?q=Abasi');
    expect((surname.body.items as { id: string }[]).map((i) => i.id).sort()).toEqual(['p-abbasi', 'p-leila']);
    const word = await get('/search?q=Wang');
    expect((word.body.items as { id: string }[])[0]?.id).toBe('p-wang');
    const han = await get(`/search?q=${encodeURIComponent('王俊海')}`);
    expect(han.body.items).toEqual([expect.objectContaining({ id: 'p-wang', matched: '王俊海' })]);
    const inn = await get('/search?q=7701234567');
    expect(inn.body.items).toEqual([expect.objectContaining({ id: 'c-star', score: 2 })]);
    const companies = await get('/search?q=Abbasi&schema=Company');
    expect(companies.body.items).toEqual([]);
  });

  it('uses the same trigram thresholds on every database', async () => {
    const [row] = await db.query<{ threshold: string }>(
      `SELECT current_setting('pg_trgm.similarity_threshold') AS threshold`,
    );
    expect(row?.threshold).toBe('0.4');
  });

  it('pages search results and says when there are more', async () => {
    const first = await get('/search?q=Abbasi&limit=1');
    const second = await get('/search?q=Abbasi&limit=1&offset=1');
    expect(first.body.hasMore).toBe(true);
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items).not.toEqual(first.body.items);
  });

  it('returns one entity with its facts, measures and relation counts by type; 404 for an unknown id', async () => {
    const { status, body } = await get('/entities/c-star');
    expect(status).toBe(200);
    expect(body.properties).toMatchObject({ registrationNumber: ['RU-7701 2345'] });
    expect(body.relationCounts).toEqual(
      expect.arrayContaining([
        { type: 'ownership', direction: 'in', count: 1 },
        { type: 'ownership', direction: 'out', count: 1 },
      ]),
    );
    expect(await get('/entities/nobody')).toMatchObject({ status: 404, body: { error: { code: 'notFound' } } });
  });

  it('lists neighbours by type with paging', async () => {
    const all = await get('/entities/p-wang/neighbours');
    expect(all.body.total).toBe(2);
    expect((all.body.items as { id: string; type: string }[]).map((n) => [n.type, n.id])).toEqual([
      ['directorship', 'c-dragon'],
      ['occupancy', 'pos-1'],
    ]);
    const page = await get('/entities/p-wang/neighbours?limit=1&offset=1');
    expect(page.body).toMatchObject({
      total: 2,
      limit: 1,
      offset: 1,
      items: [expect.objectContaining({ id: 'pos-1' })],
    });
    const typed = await get('/entities/p-wang/neighbours?type=directorship');
    expect(typed.body).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ id: 'c-dragon', direction: 'out' })],
    });
    expect((await get('/entities/nobody/neighbours')).status).toBe(404);
  });

  it('finds the shortest path within the depth limit, and none beyond it', async () => {
    const { body } = await get('/paths?from=p-leila&to=c-dragon');
    expect(body.length).toBe(3);
    const [path] = body.paths as { nodes: { id: string }[]; edges: { type: string; direction: string }[] }[];
    expect(path?.nodes.map((n) => n.id)).toEqual(['p-leila', 'p-abbasi', 'c-star', 'c-dragon']);
    expect(path?.edges.map((e) => `${e.type}:${e.direction}`)).toEqual(['family:in', 'ownership:out', 'ownership:out']);
    const short = await get('/paths?from=p-leila&to=c-dragon&maxDepth=2');
    expect(short.body).toMatchObject({ paths: [], length: null, truncated: false });
    // Wang reaches the bureau through his post: person -> Position -> PublicBody.
    const post = await get('/paths?from=p-wang&to=b-bureau');
    expect((post.body.paths as { nodes: { id: string }[] }[])[0]?.nodes.map((n) => n.id)).toEqual([
      'p-wang',
      'pos-1',
      'b-bureau',
    ]);
  });

  it('gives the summary and rankings', async () => {
    const summary = await get('/summary');
    expect(summary.body).toMatchObject({ entities: FIXTURE.length });
    expect(summary.body.bySchema).toEqual(expect.arrayContaining([{ schema: 'Person', count: 3 }]));
    const sanctioned = await get('/rankings?by=sanctions&limit=2');
    expect((sanctioned.body.items as { id: string; count: number }[]).map((i) => i.id).sort()).toEqual([
      'c-star',
      'p-abbasi',
    ]);
    const connected = await get('/rankings?by=relations&limit=1');
    expect(connected.body.items).toEqual([
      expect.objectContaining({ id: 'c-star', caption: 'Golden Star Trading LLC', count: 3 }),
    ]);
  });

  it('exports a set of ids as FtM with the relations between them and their sanctions', async () => {
    const response = await api.request('/export', {
      method: 'POST',
      body: JSON.stringify({ ids: ['p-abbasi', 'c-star', 'gone'] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Missing-Ids')).toBe('1');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; schema: string });
    expect(lines.map((l) => l.id).sort()).toEqual(['c-star', 'own-1', 'p-abbasi', 's-ofac-1', 's-uk-1']);
    const bad = await api.request('/export', { method: 'POST', body: 'ids=1' });
    expect(bad.status).toBe(400);
  });

  it('rejects out-of-range input with 400 and the reason', async () => {
    const cases = [
      '/search?q=',
      `/search?q=a&limit=${LIMITS.search.max + 1}`,
      '/search?q=a&offset=-1',
      `/entities/p-wang/neighbours?limit=${LIMITS.neighbours.max + 1}`,
      `/paths?from=a&to=b&maxDepth=${LIMITS.pathDepth.max + 1}`,
      '/paths?from=a',
      '/rankings?by=nonsense',
      `/search?q=${'x'.repeat(LIMITS.queryChars.max + 1)}`,
    ];
    for (const path of cases) {
      const { status, body } = await get(path);
      expect({ path, status, code: body.error?.code }).toEqual({ path, status: 400, code: 'invalidInput' });
      expect(body.error?.message).toMatch(/\w/);
    }
    const tooMany = Array.from({ length: LIMITS.exportIds.max + 1 }, (_, i) => `id-${i}`);
    const response = await api.request('/export', { method: 'POST', body: JSON.stringify({ ids: tooMany }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error?.message).toMatch(/ids/);
    expect((await get('/nowhere')).body.error?.code).toBe('notFound');
  });
});
