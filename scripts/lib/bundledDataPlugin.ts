// The bundled dataset, validated when the app is built (or served by `npm start`) instead of in the browser,
// by `npm run data:check`'s own check of data/: the result is the typed dataset, or every problem with file,
// record and field (the app then opens on its "bundled data has problems" screen; builds also print them).
// zod stays out of the page, and the page does not spend its start validating data that cannot change.
//
// Two modules give the result as JSON text:
// - `virtual:bundled-data/fetch`, what the app uses: a function that, in a build, fetches it from a data file
//   beside the scripts, which index.html preloads (data, not JavaScript: it loads alongside the scripts and
//   is not parsed as code); under `npm start` and in unit tests it returns it at once.
// - `virtual:bundled-data`, the text itself, for code that needs it synchronously (Node-side tests).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { formatProblem } from '../../src/core/data/problems.ts';
import type { ValidationResult } from '../../src/core/data/validate.ts';
import { DATA_FILES } from '../../src/core/model/schema.ts';
import { checkDataFolder } from './readDataFolder.ts';

export const BUNDLED_DATA_MODULE = 'virtual:bundled-data';
export const BUNDLED_DATA_FETCH_MODULE = 'virtual:bundled-data/fetch';
const MODULES = new Map([
  [BUNDLED_DATA_MODULE, `\0${BUNDLED_DATA_MODULE}`],
  [BUNDLED_DATA_FETCH_MODULE, `\0${BUNDLED_DATA_FETCH_MODULE}`],
]);

/** True for the files of dataset folder `folder` (not its schema/ or README). */
export function isDataFile(folder: string, file: string): boolean {
  return Object.keys(DATA_FILES).some((name) => resolve(folder, name) === resolve(file));
}

/** The data file's name: content-hashed, so a new build's data is never taken from a cache. */
export function bundledDataFileName(text: string): string {
  return `bundled-data-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;
}

/** `folder`: the dataset folder, relative to the project root (default data/). */
export function bundledData(options: { folder?: string } = {}): Plugin {
  let config: ResolvedConfig | null = null;
  let folder = '';
  let serving = false;
  /** In a build: where the data file was written, relative to the output folder. */
  let emitted: string | null = null;

  const check = (warn: (message: string) => void): string => {
    const result: ValidationResult = checkDataFolder(folder);
    if (result.problems.length > 0) {
      warn(`the bundled data has problems (the app will list them):\n${result.problems.map(formatProblem).join('\n')}`);
    }
    return JSON.stringify(result);
  };

  return {
    name: 'sanctions:bundled-data',
    configResolved(resolved) {
      config = resolved;
      folder = resolve(resolved.root, options.folder ?? 'data');
    },
    resolveId(id) {
      return MODULES.get(id) ?? null;
    },
    load(id) {
      if (id !== MODULES.get(BUNDLED_DATA_MODULE) && id !== MODULES.get(BUNDLED_DATA_FETCH_MODULE)) return null;
      // `vite build --watch` rebuilds when a data file changes; the dev server has its own watcher (below).
      if (!serving) for (const name of Object.keys(DATA_FILES)) this.addWatchFile(resolve(folder, name));
      const text = check((message) => this.warn(message));
      if (id === MODULES.get(BUNDLED_DATA_MODULE)) return `export default ${JSON.stringify(text)};\n`;
      if (config?.command !== 'build')
        return `export default async function fetchBundledData() { return ${JSON.stringify(text)}; }\n`;
      const name = bundledDataFileName(text);
      emitted = `${config.build.assetsDir}/${name}`;
      this.emitFile({ type: 'asset', fileName: emitted, source: text });
      // The scripts are written to the same folder as the data file.
      return [
        `const file = ${JSON.stringify(name)};`,
        'export default async function fetchBundledData() {',
        '  const response = await fetch(new URL(file, import.meta.url));',
        '  if (!response.ok) throw new Error(`HTTP ${response.status}`);',
        '  return response.text();',
        '}',
        '',
      ].join('\n');
    },
    transformIndexHtml: {
      order: 'post',
      // Fetch the data file alongside the scripts, not after them.
      handler() {
        if (emitted === null || config === null) return undefined;
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `${config.base}${emitted}`, as: 'fetch', crossorigin: true },
            injectTo: 'head',
          },
        ];
      },
    },
    configureServer(server: ViteDevServer) {
      serving = true;
      // A data file edited, added or removed while `npm start` runs: check again and reload the page.
      server.watcher.on('all', (_event, file) => {
        if (!isDataFile(folder, file)) return;
        for (const environment of Object.values(server.environments)) {
          for (const resolvedId of MODULES.values()) {
            const module = environment.moduleGraph.getModuleById(resolvedId);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
