// Keeps everything the page loads first in one chunk. Without it Rolldown moves the modules that the entry
// shares with lazily loaded parts (React, the store, the model's vocabularies...) into small common chunks,
// which the page then fetches up front anyway: four requests instead of one, and 1.6 kB more gzipped.
import type { Plugin } from 'vite';

export function firstLoadChunk(): Plugin {
  /** Modules reachable from an entry by static imports: what the page loads before any dynamic import. */
  const firstLoad = new Set<string>();
  return {
    name: 'sanctions:first-load-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: 'index', test: (id: string) => firstLoad.has(id) }] } },
        },
      },
    }),
    buildEnd() {
      firstLoad.clear();
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (const id of queue) firstLoad.add(id);
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) {
          if (!firstLoad.has(dep)) {
            firstLoad.add(dep);
            queue.push(dep);
          }
        }
      }
    },
  };
}
