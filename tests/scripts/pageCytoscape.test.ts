// The page's Cytoscape.js (scripts/lib/pageCytoscape.ts): the cuts match the installed version, what the page
// uses still works (elements, components, traversal, preset positions), and what was cut is really gone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type cytoscapeType from 'cytoscape';
import { CYTOSCAPE_MODULE, cutCytoscape } from '../../scripts/lib/pageCytoscape.ts';

const esm = fileURLToPath(new URL('../../node_modules/cytoscape/dist/cytoscape.esm.mjs', import.meta.url));
const original = readFileSync(esm, 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'page-cytoscape-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function cutLibrary(): Promise<typeof cytoscapeType> {
  const file = join(folder, 'cytoscape.esm.mjs');
  writeFileSync(file, cutCytoscape(original));
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: typeof cytoscapeType };
  return module.default;
}

describe('the page Cytoscape', () => {
  it('applies to the installed module, keeping its line count', () => {
    expect(CYTOSCAPE_MODULE.test(esm)).toBe(true);
    const cut = cutCytoscape(original);
    expect(cut.length).toBeLessThan(original.length);
    expect(cut.split('\n').length).toBe(original.split('\n').length);
  });

  // Importing a 1 MB module takes 2 s alone and more on a busy 2-core machine.
  it(
    'keeps what the page uses (elements, preset positions, components, traversal) and drops the algorithms',
    { timeout: 30_000 },
    async () => {
      const cytoscape = await cutLibrary();
      const cy = cytoscape({
        headless: true,
        layout: { name: 'preset' },
        elements: [
          { data: { id: 'a' }, position: { x: 0, y: 0 } },
          { data: { id: 'b' }, position: { x: 100, y: 50 } },
          { data: { id: 'c' }, position: { x: 300, y: 0 } },
          { data: { id: 'ab', source: 'a', target: 'b' } },
        ],
      });
      expect(cy.getElementById('b').position()).toEqual({ x: 100, y: 50 });
      expect(
        cy
          .elements()
          .components()
          .map((c) => c.nodes().length)
          .sort(),
      ).toEqual([1, 2]);
      const visited: string[] = [];
      cy.elements().bfs({ roots: '#a', visit: (v) => void visited.push(v.id()) });
      expect(visited).toEqual(['a', 'b']);
      const eles = cy.elements() as unknown as Record<string, unknown>;
      expect(eles.dijkstra).toBeUndefined();
      expect(eles.pageRank).toBeUndefined();
      expect(eles.markovClustering).toBeUndefined();
    },
  );

  it('fails loudly, naming the part, when Cytoscape changed', () => {
    expect(() => cutCytoscape(original.replace('CRp$4, CRp$3', 'CRp$4,CRp$3'))).toThrow(/WebGL renderer cut/);
    expect(() => cutCytoscape(`${original}\n${original}`)).toThrow(/exactly once/);
  });
});
