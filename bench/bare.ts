// The benchmark's bare reference page: the same elements as the app, drawn by plain Cytoscape.js with its
// defaults (default style, default layout: grid). Opened as bare.html?data=<bundle URL>&hidden=<ids URL>
// by scripts/bench.ts. Marks: bare:layout-start / bare:layout-end around the constructor (which runs the
// default layout), bare:first-frame at the first animation frame after Cytoscape's first 'render' event, and
// the same a frame after the render that follows a toggle (bare:visible-drawn) or a node's selection
// (bare:selected-drawn).
import cytoscape, { type CollectionReturnValue, type Core, type ElementDefinition } from 'cytoscape';

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

/** The ids the app hides for the benchmark's filter and date (scripts/lib/bench/datasets.ts HiddenIds). */
interface HiddenIds {
  filter: string[];
  asOf: string[];
}

/** One node per dataset node and one edge per measure, role and link: the elements the app draws. */
export function bareElements(bundle: BundleRecordIds): ElementDefinition[] {
  const elements: ElementDefinition[] = bundle.nodes.map((n) => ({ group: 'nodes', data: { id: n.id } }));
  for (const m of bundle.measures) elements.push({ group: 'edges', data: { id: m.id, source: m.body, target: m.target } });
  for (const r of bundle.roles) elements.push({ group: 'edges', data: { id: r.id, source: r.person, target: r.organization } });
  for (const l of bundle.links ?? []) elements.push({ group: 'edges', data: { id: l.id, source: l.source, target: l.target } });
  return elements;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetch ${url}: ${response.status}`);
  return response.json();
}

/** Sets the mark at the first animation frame after Cytoscape's next draw. */
function markNextDraw(cy: Core, name: string): void {
  cy.one('render', () => requestAnimationFrame(() => performance.mark(name)));
}

/** The button hides the elements, or shows them again: the cheapest plain Cytoscape way, in one batch. */
function bindToggle(cy: Core, buttonId: string, eles: CollectionReturnValue): void {
  const button = document.getElementById(buttonId);
  if (!(button instanceof HTMLButtonElement)) return;
  let hidden = false;
  button.addEventListener('click', () => {
    hidden = !hidden;
    markNextDraw(cy, 'bare:visible-drawn');
    cy.batch(() => (hidden ? eles.style('display', 'none') : eles.removeStyle('display')));
  });
  button.disabled = false;
}

/** The elements of those ids, looked up once (outside any measurement). */
function collect(cy: Core, ids: readonly string[]): CollectionReturnValue {
  const eles = cy.collection();
  for (const id of ids) eles.merge(cy.getElementById(id));
  return eles;
}

async function main(): Promise<void> {
  const container = document.getElementById('cy');
  const params = new URLSearchParams(location.search);
  const url = params.get('data');
  if (!container || !url) throw new Error('bare.html needs #cy and ?data=URL');
  const elements = bareElements((await fetchJson(url)) as BundleRecordIds);
  performance.mark('bare:layout-start');
  const cy = cytoscape({ container, elements });
  performance.mark('bare:layout-end');
  markNextDraw(cy, 'bare:first-frame');
  // The default style already draws a selected node in another colour.
  cy.on('select', 'node', () => markNextDraw(cy, 'bare:selected-drawn'));
  window.__bareCy = cy;
  // Fetched after the constructor, so that the first frame is not delayed by it; the buttons wait for it.
  const hiddenUrl = params.get('hidden');
  if (hiddenUrl) {
    const ids = (await fetchJson(hiddenUrl)) as HiddenIds;
    bindToggle(cy, 'toggle-filter', collect(cy, ids.filter));
    bindToggle(cy, 'toggle-date', collect(cy, ids.asOf));
  }
}

main().catch((error: unknown) => {
  window.__bareError = error instanceof Error ? error.message : String(error);
});
