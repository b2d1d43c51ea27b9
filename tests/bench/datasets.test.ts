import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hiddenIds, probeDataset, writeDatasets, type HiddenIds } from '../../scripts/lib/bench/datasets.ts';
import { visibleElements } from '../../src/core/algorithms/filters.ts';
import { atDate } from '../../src/core/algorithms/time.ts';
import { generateDataset } from '../../scripts/lib/synthetic.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { defaultViewState } from '../../src/core/view/viewState.ts';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('bench: ids the bare page hides', () => {
  const dataset = generateDataset({ seed: 1, nodes: 400 });
  const probe = probeDataset(dataset);
  const graph = buildGraph(dataset);
  const hidden = hiddenIds(dataset, probe);

  it('unticking Company hides exactly what the app\'s filter functions hide: companies and their edges', () => {
    expect(probe.filter).toBe('nodeKinds:company');
    const view = { ...defaultViewState(), filters: { ...defaultViewState().filters, nodeKinds: ['company' as const] } };
    const visible = visibleElements(graph, view);
    const expected = [...graph.nodes().filter((id) => !visible.nodes.has(id)), ...graph.edges().filter((id) => !visible.edges.has(id))];
    expect(sorted(hidden.filter)).toEqual(sorted(expected));
    // The same set from the data itself, so that the check does not only repeat the code under test.
    const companies = new Set(dataset.nodes.filter((n) => n.kind === 'company').map((n) => n.id));
    const touching = graph.edges().filter((e) => companies.has(graph.source(e)) || companies.has(graph.target(e)));
    expect(sorted(hidden.filter)).toEqual(sorted([...companies, ...touching]));
    expect(companies.size).toBeGreaterThan(0);
    expect(touching.length).toBeGreaterThan(0);
  });

  it('the as-of date hides the edges not in place then (time.ts) and no node', () => {
    const inPlace = atDate(graph, probe.asOf).edges;
    expect(sorted(hidden.asOf)).toEqual(sorted(graph.edges().filter((e) => !inPlace.has(e))));
    expect(hidden.asOf.length).toBeGreaterThan(0);
    expect(hidden.asOf.length).toBeLessThan(graph.size);
  });

  it('writes them beside the dataset bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-datasets-'));
    try {
      const [written] = writeDatasets(dir, [400], 1);
      if (!written) throw new Error('no dataset written');
      const file = JSON.parse(readFileSync(join(dir, written.hiddenFile), 'utf8')) as HiddenIds;
      expect(file).toEqual(hidden);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
