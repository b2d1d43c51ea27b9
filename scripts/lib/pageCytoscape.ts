// The page's copy of Cytoscape.js without two parts it never runs, 22 kB gzipped of its first load:
// - the graph algorithms Cytoscape adds to collections (Dijkstra, PageRank, centralities, clustering...): the
//   app's algorithms are graphology's, in src/core; breadth- and depth-first search stay, as `components()`
//   and the layouts use them;
// - the WebGL renderer (`webgl: true`), which the canvas does not turn on (docs/benchmarks.md, "Tried and not
//   kept"): without it, asking for WebGL fails at once ("initWebgl is not a function").
// Cytoscape is one module, so the bundler cannot drop them by itself: each cut shortens the list that mixes
// a part in, after which nothing refers to it. Build only (tests and the dev server run the whole library);
// the layout worker is a separate bundle that this plugin does not touch. A cut that no longer matches the
// installed Cytoscape fails the build (tests/scripts/pageCytoscape.test.ts checks it too).
import type { Plugin } from 'vite';

const ALGORITHMS =
  'elesfn$u, elesfn$t, elesfn$s, elesfn$r, elesfn$q, elesfn$p, elesfn$o, elesfn$n, elesfn$m, elesfn$l, markovClustering$1, kClustering, hierarchicalClustering$1, affinityPropagation$1, elesfn$k, hopcroftTarjanBiconnected$1, tarjanStronglyConnected$1';

/** Each cut: the text of the installed Cytoscape it replaces (exactly once) and the replacement. */
export const CYTOSCAPE_CUTS: readonly { part: string; from: string; to: string }[] = [
  {
    part: 'graph algorithms',
    from: `[elesfn$v, ${ALGORITHMS}].forEach(`,
    to: '[elesfn$v].forEach(',
  },
  {
    part: 'WebGL renderer',
    from: '[CRp$b, CRp$a, CRp$9, CRp$8, CRp$7, CRp$6, CRp$5, CRp$4, CRp$3, CRp$2, CRp$1].forEach(',
    to: '[CRp$b, CRp$a, CRp$9, CRp$8, CRp$7, CRp$6, CRp$5, CRp$3, CRp$2, CRp$1].forEach(',
  },
];

export const CYTOSCAPE_MODULE = /[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.mjs$/;

/** The module's code with every cut made; throws naming the cut that does not match exactly once. */
export function cutCytoscape(code: string): string {
  let out = code;
  for (const cut of CYTOSCAPE_CUTS) {
    const at = out.indexOf(cut.from);
    if (at < 0 || out.indexOf(cut.from, at + 1) >= 0) {
      throw new Error(
        `pageCytoscape: the ${cut.part} cut does not match the installed Cytoscape.js exactly once; update scripts/lib/pageCytoscape.ts`,
      );
    }
    out = out.slice(0, at) + cut.to + out.slice(at + cut.from.length);
  }
  return out;
}

export function pageCytoscape(): Plugin {
  return {
    name: 'sanctions:page-cytoscape',
    apply: 'build',
    transform(code, id) {
      // Same line count, so the source map of the unchanged lines stays right.
      return CYTOSCAPE_MODULE.test(id) ? { code: cutCytoscape(code), map: null } : null;
    },
  };
}
