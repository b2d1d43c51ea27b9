// The browser's side of server mode: the few API calls the app makes, with their answers checked before use
// (the server is another program; its JSON is untrusted input like any file).
import { z } from 'zod';

const hit = z.object({
  id: z.string(),
  schema: z.string(),
  caption: z.string(),
  matched: z.string(),
  score: z.number(),
});
const searchAnswer = z.object({ items: z.array(hit), hasMore: z.boolean() });
const neighbour = z.object({ id: z.string(), schema: z.string(), caption: z.string(), type: z.string() });
const neighboursAnswer = z.object({
  items: z.array(neighbour),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});
const pathsAnswer = z.object({
  paths: z.array(z.object({ nodes: z.array(z.object({ id: z.string(), caption: z.string() })) })),
  length: z.number().nullable(),
  truncated: z.boolean(),
});
const rankingsAnswer = z.object({
  items: z.array(z.object({ id: z.string(), caption: z.string(), count: z.number() })),
});
const errorAnswer = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type SearchHit = z.infer<typeof hit>;
export type NeighboursPage = z.infer<typeof neighboursAnswer>;
export type PathsAnswer = z.infer<typeof pathsAnswer>;

/** A failed call: the server's own message when it gave one. */
export class ServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerError';
  }
}

export interface ServerClient {
  readonly base: string;
  search(q: string, limit?: number): Promise<z.infer<typeof searchAnswer>>;
  neighbours(id: string, offset: number, limit?: number): Promise<NeighboursPage>;
  paths(from: string, to: string, maxDepth?: number): Promise<PathsAnswer>;
  topConnected(limit: number): Promise<z.infer<typeof rankingsAnswer>>;
  /** FtM JSON lines of the ids, with the relations between them and their Sanctions. */
  exportFtm(ids: readonly string[]): Promise<string>;
}

/** A client of the API at `base` (an absolute http(s) address ending in /api, or similar). */
export function createServerClient(base: string, fetchFn: typeof fetch = fetch): ServerClient {
  const root = base.replace(/\/+$/, '');
  async function call(path: string, init?: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetchFn(`${root}${path}`, init);
    } catch {
      throw new ServerError(`the server at ${root} cannot be reached`);
    }
    if (!response.ok) {
      const body = errorAnswer.safeParse(await response.json().catch(() => null));
      throw new ServerError(body.success ? body.data.error.message : `the server answered ${response.status}`);
    }
    return response;
  }
  async function json<T>(schema: z.ZodType<T>, path: string): Promise<T> {
    const parsed = schema.safeParse(await (await call(path)).json().catch(() => null));
    if (!parsed.success)
      throw new ServerError(`the server's answer to ${path.split('?')[0]} is not what the app expects`);
    return parsed.data;
  }
  const q = encodeURIComponent;
  return {
    base: root,
    search: (text, limit = 10) => json(searchAnswer, `/search?q=${q(text)}&limit=${limit}`),
    neighbours: (id, offset, limit = 50) =>
      json(neighboursAnswer, `/entities/${q(id)}/neighbours?limit=${limit}&offset=${offset}`),
    paths: (from, to, maxDepth = 4) => json(pathsAnswer, `/paths?from=${q(from)}&to=${q(to)}&maxDepth=${maxDepth}`),
    topConnected: (limit) => json(rankingsAnswer, `/rankings?by=relations&limit=${limit}`),
    async exportFtm(ids) {
      const response = await call('/export', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids }),
      });
      return response.text();
    },
  };
}
