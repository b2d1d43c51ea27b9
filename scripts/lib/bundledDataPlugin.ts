// The bundled dataset, validated when the app is built (or served by `npm start`) instead of in the browser:
// the module `virtual:bundled-data` holds the result of `npm run data:check`'s own check of data/ (the
// typed dataset, or every problem with file, record and field) as JSON text. zod then stays out of the
// page's first load, and the page does not spend its start validating data that cannot change under it.
// With problems, the app still opens on its "bundled data has problems" screen; builds also print them.
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from '../../src/core/data/problems.ts';
import type { ValidationResult } from '../../src/core/data/validate.ts';
import { DATA_FILES } from '../../src/core/model/schema.ts';
import { checkDataFolder } from './readDataFolder.ts';

export const BUNDLED_DATA_MODULE = 'virtual:bundled-data';
const RESOLVED_ID = `\0${BUNDLED_DATA_MODULE}`;

/** The module's source: the checked folder as JSON text, parsed afresh by each reader (no shared objects). */
export function bundledDataModule(result: ValidationResult): string {
  return `export default ${JSON.stringify(JSON.stringify(result))};\n`;
}

/** True for the files of dataset folder `folder` (not its schema/ or README). */
export function isDataFile(folder: string, file: string): boolean {
  return Object.keys(DATA_FILES).some((name) => resolve(folder, name) === resolve(file));
}

/** `folder`: the dataset folder, relative to the project root (default data/). */
export function bundledData(options: { folder?: string } = {}): Plugin {
  let folder = '';
  let serving = false;
  return {
    name: 'sanctions:bundled-data',
    configResolved(config) {
      folder = resolve(config.root, options.folder ?? 'data');
    },
    resolveId(id) {
      return id === BUNDLED_DATA_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // `vite build --watch` rebuilds when a data file changes; the dev server has its own watcher (below).
      if (!serving) for (const name of Object.keys(DATA_FILES)) this.addWatchFile(resolve(folder, name));
      const result = checkDataFolder(folder);
      if (result.problems.length > 0) {
        this.warn(`the bundled data has problems (the app will list them):\n${result.problems.map(formatProblem).join('\n')}`);
      }
      return bundledDataModule(result);
    },
    configureServer(server: ViteDevServer) {
      serving = true;
      // A data file edited, added or removed while `npm start` runs: check again and reload the page.
      server.watcher.on('all', (_event, file) => {
        if (!isDataFile(folder, file)) return;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
