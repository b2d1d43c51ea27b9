// The benchmark's bare reference page: the same elements as the app, drawn by plain Cytoscape.js with its
// defaults (default style, default layout: grid). Opened as bare.html?data=<bundle URL> by scripts/bench.ts.
// Marks: bare:layout-start / bare:layout-end around the constructor (which runs the default layout) and
// bare:first-frame at the first animation frame after Cytoscape's first 'render' event.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

interface BundleRecordIds {
  nodes: { id: string }[];
  measures: { id: string; body: string; target: string }[];
  roles: { id: string; person: string; organization: string }[];
  links?: { id: string; source: string; target: string }[];
}

declare global {
  interface Window {
    /** The Cytoscape instance, for the benchmark driver (positions, camera). */
    __bareCy?: Core;
    /** Set when loading failed. */
    __bareError?: string;
  }
}

/** One node per dataset node and one edge per measure, role and link: the elements the app draws. */
export function bareElements(bundle: BundleRecordIds): ElementDefinition[] {
  const elements: ElementDefinition[] = bundle.nodes.map((n) => ({ group: 'nodes', data: { id: n.id } }));
  for (const m of bundle.measures) elements.push({ group: 'edges', data: { id: m.id, source: m.body, target: m.target } });
  for (const r of bundle.roles) elements.push({ group: 'edges', data: { id: r.id, source: r.person, target: r.organization } });
  for (const l of bundle.links ?? []) elements.push({ group: 'edges', data: { id: l.id, source: l.source, target: l.target } });
  return elements;
}

async function main(): Promise<void> {
  const container = document.getElementById('cy');
  const url = new URLSearchParams(location.search).get('data');
  if (!container || !url) throw new Error('bare.html needs #cy and ?data=URL');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetch ${url}: ${response.status}`);
  const elements = bareElements((await response.json()) as BundleRecordIds);
  performance.mark('bare:layout-start');
  const cy = cytoscape({ container, elements });
  performance.mark('bare:layout-end');
  cy.one('render', () => requestAnimationFrame(() => performance.mark('bare:first-frame')));
  window.__bareCy = cy;
}

main().catch((error: unknown) => {
  window.__bareError = error instanceof Error ? error.message : String(error);
});
