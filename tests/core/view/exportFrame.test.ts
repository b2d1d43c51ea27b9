import { describe, expect, it } from 'vitest';
import { visibleElements } from '../../../src/core/algorithms/filters.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { buildGraph } from '../../../src/core/graph/build.ts';
import {
  composeExportFrame,
  defaultExportTitle,
  filterLines,
  filterNote,
  frameLegend,
} from '../../../src/core/view/exportFrame.ts';
import { defaultViewState, type ViewState } from '../../../src/core/view/viewState.ts';

const { dataset } = loadBundledDataset();
if (!dataset) throw new Error('the bundled data does not load');
const graph = buildGraph(dataset);
const info = dataset.info;

function view(change: Partial<ViewState> = {}): ViewState {
  return { ...defaultViewState(), ...change };
}

function frameOf(v: ViewState, title?: string) {
  return composeExportFrame({ graph, view: v, info, shown: visibleElements(graph, v), title });
}

describe('the export title', () => {
  it('names the measures against the focused person and the date the view is limited to', () => {
    const v = view({ focus: { node: 'chen-quanguo', depth: 1 }, asOf: '2021-12-31' });
    expect(defaultExportTitle(graph, v, info)).toBe('Measures against Chen Quanguo, as of 2021-12-31');
  });

  it('names the measures imposed by a focused sanctioning body', () => {
    const v = view({ focus: { node: 'us-commerce', depth: 1 } });
    expect(defaultExportTitle(graph, v, info)).toBe(
      `Measures imposed by ${graph.getNodeAttribute('us-commerce', 'name')}`,
    );
  });

  it('is the dataset title without a focus, even with a selection (the whole graph is drawn)', () => {
    expect(defaultExportTitle(graph, view(), info)).toBe(info.title);
    expect(defaultExportTitle(graph, view({ selection: { type: 'node', id: 'chen-quanguo' } }), info)).toBe(info.title);
  });

  it('prefers what the user typed, then the curated title', () => {
    const curated = view({
      curation: { ...defaultViewState().curation, title: 'Who answered whom', caption: 'March' },
    });
    expect(frameOf(curated).title).toBe('Who answered whom');
    expect(frameOf(curated).caption).toBe('March');
    expect(frameOf(curated, '  My title ').title).toBe('My title');
    expect(frameOf(curated, '   ').title).toBe('Who answered whom');
  });
});

describe('filter lines', () => {
  it('are empty, and there is no note, when nothing is filtered', () => {
    expect(filterLines(graph, view())).toEqual([]);
    expect(filterNote([])).toBeNull();
  });

  it('give one line per active filter, with names rather than ids', () => {
    const filters = {
      ...defaultViewState().filters,
      bodies: ['us-commerce'],
      nodeKinds: ['company' as const],
      measureStatuses: ['unknown' as const],
      countries: ['CN'],
    };
    const lines = filterLines(graph, view({ filters }));
    expect(lines).toEqual([
      'Hidden entity kinds: Company',
      `Hidden: ${graph.getNodeAttribute('us-commerce', 'name')}`,
      'Hidden countries: China',
      'Hidden measure statuses: Status not stated',
    ]);
    expect(filterNote(lines)).toBe(`Filters: ${lines.join('; ')}`);
  });

  it('say what a focus and the author hid, and shorten long lists', () => {
    const hidden = ['mike-pompeo', 'antony-blinken', 'joe-biden', 'nury-turkel', 'tony-perkins', 'james-carr'];
    const v = view({
      focus: { node: 'chen-quanguo', depth: 2 },
      curation: { ...defaultViewState().curation, hidden },
    });
    expect(filterLines(graph, v)).toEqual([
      'Only what is within 2 steps of Chen Quanguo',
      'Left out by the author: Mike Pompeo, Antony Blinken, Joe Biden, Nury Turkel and 2 more',
    ]);
  });
});

describe('the legend of an export', () => {
  it('lists only the kinds drawn', () => {
    const all = frameLegend(graph, visibleElements(graph, view()), view());
    expect(all.nodeKinds).toContain('company');
    expect(all.measureKinds).toContain('exportBlacklisting');
    const noCompanies = view({ filters: { ...defaultViewState().filters, nodeKinds: ['company'] } });
    const legend = frameLegend(graph, visibleElements(graph, noCompanies), noCompanies);
    expect(legend.nodeKinds).not.toContain('company');
    expect(legend.nodeKinds).toContain('person');
    expect(legend.sizeLine).toBe('Node size: measures received');
  });

  it('follows a focus: only the kinds around the focused node', () => {
    const v = view({ focus: { node: 'hikvision', depth: 1 } });
    const shown = visibleElements(graph, v);
    const legend = frameLegend(graph, shown, v);
    const kinds = new Set([...shown.nodes].map((id) => graph.getNodeAttribute(id, 'kind')));
    expect(new Set(legend.nodeKinds)).toEqual(kinds);
    expect(legend.nodeKinds.length).toBeLessThan(
      frameLegend(graph, visibleElements(graph, view()), view()).nodeKinds.length,
    );
  });
});

describe('the frame', () => {
  it('carries the as-of date, the data version and the credit', () => {
    const dated = frameOf(view({ asOf: '2021-12-31' }));
    expect(dated.asOfLine).toContain('2021-12-31');
    const undated = frameOf(view());
    expect(undated.asOfLine).toContain(String(info.date));
    expect(undated.dataLine).toBe(`Data: ${info.title}, version ${info.version}`);
    expect(undated.creditLine).toContain('Sanctions graph explorer');
    for (const credit of info.credits ?? []) expect(undated.creditLine).toContain(credit);
  });
});
