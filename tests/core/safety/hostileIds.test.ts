// Ids are data: a node, measure or role may be called 'constructor', '__proto__', 'toString',
// 'hasOwnProperty' or 'valueOf'. Each reaches import, data:check, every panel query, the List view's
// rows, insights, layout and export without an exception and with every record in place.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { parseDatasetBundleText, serializeDatasetBundle } from '../../../src/core/data/import/bundle.ts';
import { importFtmText } from '../../../src/core/data/ftm/importer.ts';
import { datasetToFtm, ftmToJsonLines } from '../../../src/core/data/export/ftm.ts';
import { measuresToCsv } from '../../../src/core/data/export/csv.ts';
import type { Dataset } from '../../../src/core/model/schema.ts';
import { prepareData } from '../../../src/state/loadedData.ts';
import {
  holdersOf,
  imposedBy,
  measuresAgainst,
  neighboursByKind,
  rolesOf,
  sanctionSummary,
  sourcesAbout,
} from '../../../src/core/graph/queries.ts';
import { visibleElements, filterOptionCounts } from '../../../src/core/algorithms/filters.ts';
import { defaultViewState } from '../../../src/core/view/viewState.ts';
import { neighbourhood, expand } from '../../../src/core/algorithms/neighbourhood.ts';
import { shortestPaths, describePath } from '../../../src/core/algorithms/paths.ts';
import {
  counterSanctionPairs,
  measuresPerBodyOverTime,
  mostSanctioned,
  targetBodyMatrix,
} from '../../../src/core/algorithms/insights.ts';
import { largestBodies, topSanctioned } from '../../../src/core/algorithms/rankings.ts';
import { atDate } from '../../../src/core/algorithms/time.ts';
import { computeLayout, type LayoutInput } from '../../../src/render/layoutRun.ts';
import { quickLayoutPositions } from '../../../src/core/layout/quickLayout.ts';
import { toElements } from '../../../src/render/elements.ts';
import { checkDataFolder } from '../../../scripts/lib/readDataFolder.ts';
import { decodeViewState, encodeViewState } from '../../../src/core/view/codec.ts';
import { HOSTILE_IDS } from './hostileIds.ts';

const NODES_RENAMED = ['chen-quanguo', 'us-treasury', 'xpsb', 'hikvision', 'zhu-hailun'] as const;

/**
 * The bundled dataset with five nodes (a person, a body, an agency, a company, a person) renamed to `ids`, a
 * measure against the first and a role of the first renamed too, every reference following.
 */
export function hostileIdDataset(ids: readonly string[] = HOSTILE_IDS): Dataset {
  const { dataset } = loadBundledDataset();
  if (!dataset) throw new Error('the bundled data does not validate');
  const renames = new Map<string, string>(NODES_RENAMED.map((from, i) => [from, ids[i] ?? from]));
  const measure = dataset.measures.find((m) => m.target === 'chen-quanguo');
  const role = dataset.roles.find((r) => r.person === 'chen-quanguo');
  // Edge ids share the namespace of node ids, so the measure and the role get two more.
  if (measure) renames.set(measure.id, 'tolocalestring' === ids[0] ? 'x' : 'toLocaleString');
  if (role) renames.set(role.id, 'isPrototypeOf');
  let text = JSON.stringify(dataset);
  for (const [from, to] of renames) text = text.split(`"${from}"`).join(JSON.stringify(to));
  return JSON.parse(text) as Dataset;
}

function writeFolder(folder: string, dataset: Dataset): void {
  for (const [file, content] of [
    ['dataset.json', dataset.info],
    ['sources.json', dataset.sources],
    ['nodes.json', dataset.nodes],
    ['roles.json', dataset.roles],
    ['actions.json', dataset.actions],
    ['measures.json', dataset.measures],
    ['links.json', dataset.links],
  ] as const) {
    writeFileSync(join(folder, file), JSON.stringify(content));
  }
}

const temp = mkdtempSync(join(tmpdir(), 'hostile-ids-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('ids named like Object.prototype members', () => {
  const dataset = hostileIdDataset();

  it('data:check passes an id the format allows (constructor) and names each one it does not', () => {
    const { dataset: bundled } = loadBundledDataset();
    if (!bundled) throw new Error('the bundled data does not validate');
    const legal = JSON.parse(JSON.stringify(bundled).split('"chen-quanguo"').join('"constructor"')) as Dataset;
    writeFolder(temp, legal);
    const checked = checkDataFolder(temp);
    expect(checked.problems).toEqual([]);
    expect(checked.dataset?.nodes.some((n) => n.id === 'constructor')).toBe(true);
    const bundle = parseDatasetBundleText(serializeDatasetBundle(legal));
    expect(bundle.problems).toEqual([]);
    expect(prepareData(bundle.dataset ?? legal, { kind: 'bundled' }).graph.inboundEdges('constructor').length).toBe(
      legal.measures.filter((m) => m.target === 'constructor').length,
    );

    writeFolder(temp, dataset);
    const problems = checkDataFolder(temp).problems.filter((p) => p.file === 'nodes.json' && p.field === 'id');
    expect(problems.map((p) => p.record).sort()).toEqual(['__proto__', 'hasOwnProperty', 'toString', 'valueOf']);
    expect(parseDatasetBundleText(serializeDatasetBundle(dataset)).dataset).toBeNull();
  });

  it('builds a graph with every node and edge, and leaves Object.prototype alone', () => {
    const data = prepareData(dataset, { kind: 'bundled' });
    // The same graph as the data with ordinary ids: every node and edge is there.
    const { dataset: plain } = loadBundledDataset();
    if (!plain) throw new Error('the bundled data does not validate');
    const reference = prepareData(plain, { kind: 'bundled' }).graph;
    expect([data.graph.order, data.graph.size]).toEqual([reference.order, reference.size]);
    for (const id of HOSTILE_IDS) expect(data.graph.hasNode(id)).toBe(true);
    expect(Object.prototype).not.toHaveProperty('previous');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort(),
    );
    expect(Object.hasOwn(Object, 'previous')).toBe(false);
  });

  it('answers every panel query, the List view rows, insights and paths', () => {
    const data = prepareData(dataset, { kind: 'bundled' });
    const { graph, index } = data;
    const against = measuresAgainst(graph, index, 'constructor');
    expect(against.length).toBe(dataset.measures.filter((m) => m.target === 'constructor').length);
    expect(against.length).toBeGreaterThan(0);
    expect(rolesOf(graph, 'constructor').length).toBe(dataset.roles.filter((r) => r.person === 'constructor').length);
    expect(holdersOf(graph, 'toString').length).toBeGreaterThan(0);
    expect(imposedBy(graph, index, '__proto__').length).toBeGreaterThan(0);
    for (const id of HOSTILE_IDS) {
      expect(neighboursByKind(graph, id).length).toBeGreaterThan(0);
      sanctionSummary(graph, id);
      sourcesAbout(graph, index, id);
      expect(neighbourhood(graph, id, 2).nodes.has(id)).toBe(true);
      for (const kind of ['measures', 'roles', 'links'] as const) expand(graph, id, kind);
    }
    const view = defaultViewState();
    const visible = visibleElements(graph, view, data.filterIndex);
    expect(visible.nodes.size).toBe(graph.order);
    filterOptionCounts(graph, view, data.filterIndex);
    const paths = shortestPaths(graph, 'constructor', 'valueOf');
    expect(paths.length).toBeGreaterThan(0);
    expect(describePath(graph, paths[0] ?? { nodes: [], edges: [] })).toContain('Chen Quanguo');
    expect(mostSanctioned(graph).some((row) => row.target === 'constructor')).toBe(true);
    measuresPerBodyOverTime(graph);
    targetBodyMatrix(graph);
    counterSanctionPairs(dataset, graph);
    largestBodies(graph, 5);
    topSanctioned(graph, 5);
    expect([...atDate(graph, '2021-01-01').edges].some((e) => graph.target(e) === 'constructor')).toBe(true);
    // The List view's rows and the canvas elements come from the graph's node and edge walks.
    const elements = toElements(graph);
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(
      expect.arrayContaining([...HOSTILE_IDS]),
    );
  });

  it('lays out every node, with every layout and the quick arrangement', () => {
    const data = prepareData(dataset, { kind: 'bundled' });
    const input: LayoutInput = {
      name: 'fcose',
      nodes: data.graph.nodes().map((id) => ({ id, kind: data.graph.getNodeAttribute(id, 'kind') })),
      edges: data.graph.edges().map((id) => ({
        id,
        source: data.graph.source(id),
        target: data.graph.target(id),
        kind: data.graph.getEdgeAttribute(id, 'kind'),
      })),
    };
    for (const positions of [
      computeLayout(input),
      computeLayout({ ...input, name: 'circle' }),
      computeLayout({ ...input, name: 'force' }),
      computeLayout({ ...input, name: 'bodies' }),
      computeLayout({ ...input, name: 'timeline' }),
      computeLayout({ ...input, name: 'around', centre: HOSTILE_IDS[0] ?? null }),
      quickLayoutPositions(data.graph),
    ]) {
      for (const id of HOSTILE_IDS) {
        expect(Object.hasOwn(positions, id)).toBe(true);
        expect(Number.isFinite(positions[id]?.x)).toBe(true);
      }
    }
  }, 30_000);

  it('imports every entity of a FollowTheMoney file with such ids, and exports every measure', () => {
    const lines = ftmToJsonLines(datasetToFtm(dataset));
    const { dataset: back, report } = importFtmText(lines, { fileName: 'hostile.ftm.json' });
    expect(report.skipped).toEqual([]);
    const { dataset: plain } = loadBundledDataset();
    if (!plain) throw new Error('the bundled data does not validate');
    const reference = importFtmText(ftmToJsonLines(datasetToFtm(plain)), { fileName: 'plain.ftm.json' }).dataset;
    expect(back.nodes.length).toBe(reference.nodes.length);
    expect(back.nodes.some((n) => n.id === 'constructor')).toBe(true);
    const graph = prepareData(back, { kind: 'bundled' }).graph;
    expect(graph.inboundEdges('constructor').length).toBe(
      dataset.measures.filter((m) => m.target === 'constructor').length,
    );
    expect(measuresToCsv(dataset).trim().split('\n').length).toBe(dataset.measures.length + 1);
  });

  it('selects, focuses and positions such ids through a link', () => {
    const view = {
      ...defaultViewState(),
      selection: { type: 'node' as const, id: 'constructor' },
      positions: Object.fromEntries(HOSTILE_IDS.map((id, i) => [id, { x: i, y: i }])),
    };
    const decoded = decodeViewState(encodeViewState(view));
    expect(decoded.notices).toEqual([]);
    for (const id of HOSTILE_IDS) expect(Object.hasOwn(decoded.state.positions, id)).toBe(true);
  });
});
