// The HTTP API (Hono): JSON in and out, every input checked by a zod schema from input.ts, every list
// limited (limits.ts), every error `{ "error": { "code", "message" } }` with a fitting status.
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { z } from 'zod';
import type { Database } from '../db/types.ts';
import {
  describeIssues,
  entityInput,
  exportInput,
  neighboursInput,
  pathsInput,
  rankingsInput,
  searchInput,
} from './input.ts';
import { LIMITS } from './limits.ts';
import { shortestPaths } from './paths.ts';
import {
  exportEntities,
  getEntity,
  getNeighbours,
  getRankings,
  getSummary,
  hasData,
  searchEntities,
} from './queries.ts';

export type ErrorCode = 'invalidInput' | 'notFound' | 'noData' | 'internal';

/** An error the API answers with its status, code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 503 | 500,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, 'invalidInput', describeIssues(result.error));
  return result.data;
}

/** The API under /api, reading `db`. */
export function createApi(db: Database): Hono {
  const api = new Hono();
  // Read-only public data: any page may call it (the static app opened with ?api=...).
  api.use('*', cors({ origin: '*', allowMethods: ['GET', 'POST'] }));
  // Once an import is in, there always is one (a new import is swapped in, never removed): ask until then only.
  let dataSeen = false;
  api.use('*', async (c, next) => {
    if (c.req.path.endsWith('/info')) return next();
    dataSeen ||= await hasData(db);
    if (!dataSeen) throw new ApiError(503, 'noData', 'no dataset has been imported yet');
    return next();
  });

  api.get('/info', async (c) => {
    const summary = (await hasData(db)) ? await getSummary(db) : undefined;
    return c.json({
      database: db.kind,
      entities: summary?.entities ?? 0,
      import: summary?.import ?? null,
      limits: LIMITS,
    });
  });

  api.get('/search', async (c) => c.json(await searchEntities(db, parse(searchInput, c.req.query()))));

  api.get('/entities/:id', async (c) => {
    const { id } = parse(entityInput, { id: c.req.param('id') });
    const entity = await getEntity(db, id);
    if (entity === undefined) throw new ApiError(404, 'notFound', `no entity with id ${JSON.stringify(id)}`);
    return c.json(entity);
  });

  api.get('/entities/:id/neighbours', async (c) => {
    const input = parse(neighboursInput, { ...c.req.query(), id: c.req.param('id') });
    const page = await getNeighbours(db, input);
    if (page.total === 0 && (await getEntity(db, input.id)) === undefined) {
      throw new ApiError(404, 'notFound', `no entity with id ${JSON.stringify(input.id)}`);
    }
    return c.json({ ...page, limit: input.limit, offset: input.offset });
  });

  api.get('/paths', async (c) => {
    const input = parse(pathsInput, c.req.query());
    return c.json(await shortestPaths(db, { ...input, maxVisits: LIMITS.pathVisits }));
  });

  api.get('/summary', async (c) => c.json(await getSummary(db)));

  api.get('/rankings', async (c) => {
    const input = parse(rankingsInput, c.req.query());
    return c.json({ by: input.by, items: await getRankings(db, input.by, input.limit) });
  });

  api.post('/export', async (c) => {
    const body: unknown = await c.req.json().catch(() => {
      throw new ApiError(400, 'invalidInput', 'the body must be JSON: {"ids": ["..."]}');
    });
    const input = parse(exportInput, body);
    const { lines, missing } = await exportEntities(db, input.ids, input.related);
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="entities.ftm.json"');
    if (missing.length > 0) c.header('X-Missing-Ids', String(missing.length));
    return c.body(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  });

  api.notFound((c) =>
    c.json({ error: { code: 'notFound', message: `no API route ${c.req.method} ${c.req.path}` } }, 404),
  );
  api.onError((error, c: Context) => {
    if (error instanceof ApiError) return c.json({ error: { code: error.code, message: error.message } }, error.status);
    console.error(error);
    return c.json({ error: { code: 'internal', message: 'the server could not answer this request' } }, 500);
  });
  return api;
}
