// The whole server: the API under /api and the built app (dist/) at /, with the page told where its API is
// (a meta tag in index.html), so the app opens in server mode when it comes from this server.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApi } from './api/app.ts';
import type { Database } from './db/types.ts';

/** The tag the app looks for to run in server mode; its content is the API's address relative to the page. */
export const API_META = '<meta name="explorer-api" content="./api" />';

export function createServerApp(db: Database, distDir: string): Hono {
  const app = new Hono();
  app.route('/api', createApi(db));
  const index = join(distDir, 'index.html');
  if (existsSync(index)) {
    const html = readFileSync(index, 'utf8').replace('<head>', `<head>\n    ${API_META}`);
    app.get('/', (c) => c.html(html));
    app.get('/index.html', (c) => c.html(html));
    app.use('/*', serveStatic({ root: distDir }));
  } else {
    app.get('/', (c) =>
      c.text('The app is not built: run `npm run build`, then start the server again. The API is at /api.', 404),
    );
  }
  return app;
}
