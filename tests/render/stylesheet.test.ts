import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { MEASURE_KINDS, NODE_KINDS } from '../../src/core/model/schema.ts';
import { MEASURE_LOOK, NODE_LOOK, ROLE_LOOK, THEMES } from '../../src/render/palette.ts';
import { buildLargeGraphStylesheet, buildStylesheet, detailed } from '../../src/render/stylesheet.ts';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = buildStylesheet(THEMES.light) as Rule[];
const ruleFor = (selector: string) => rules.find((r) => r.selector === selector)?.style;

describe('the canvas stylesheet and the legend share one table', () => {
  it('gives every node kind the shape and colour the legend shows', () => {
    for (const kind of NODE_KINDS) {
      const style = ruleFor(`node[kind = "${kind}"]`);
      expect(style?.shape).toBe(NODE_LOOK[kind].shape);
      expect(style?.['background-color']).toBe(NODE_LOOK[kind].color);
    }
  });

  it('tells node kinds apart by shape alone, not only by colour', () => {
    const shapes = NODE_KINDS.map((k) => NODE_LOOK[k].shape);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
  });

  it('styles every measure kind as the legend draws it', () => {
    for (const kind of MEASURE_KINDS) {
      const style = ruleFor(`edge[measureKind = "${kind}"]`);
      expect(style?.['line-color']).toBe(MEASURE_LOOK[kind].color);
      expect(style?.['line-style']).toBe(MEASURE_LOOK[kind].line);
    }
    const looks = MEASURE_KINDS.map((k) => `${MEASURE_LOOK[k].color}/${MEASURE_LOOK[k].line}`);
    expect(new Set(looks).size).toBe(MEASURE_KINDS.length);
  });

  it("writes a link's name only where it is at least 7 px on screen, on an outline", () => {
    const style = ruleFor('edge[edgeKind = "link"]');
    expect(style?.label).toBe('data(label)');
    expect(style?.['min-zoomed-font-size']).toBe(7);
    expect(style?.['text-outline-color']).toBe(THEMES.light.textOutline);
  });

  it('draws group nodes dashed', () => {
    expect(ruleFor('node[kind = "group"]')?.['border-style']).toBe('dashed');
  });
});

/** A #rrggbb colour as Cytoscape reports it (rgb(r,g,b)). */
function cytoscapeColour(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r},${g},${b})`;
}

describe('the large-graph stylesheet', () => {
  const large = buildLargeGraphStylesheet(THEMES.light) as Rule[];
  const last = (selector: string, property: string) =>
    large.filter((r) => r.selector === selector && property in r.style).at(-1)?.style[property];

  it('draws kinds by colour and shape, but no labels, arrowheads, dashes or curves outside the detailed part', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: large,
      elements: [
        { group: 'nodes', data: { id: 'body', label: 'US Treasury', kind: 'sanctioningBody' } },
        { group: 'nodes', data: { id: 'chen', label: 'Chen Quanguo', kind: 'person', size: 40 } },
        {
          group: 'edges',
          data: {
            id: 'm',
            source: 'body',
            target: 'chen',
            edgeKind: 'measure',
            measureKind: 'visaBan',
            parallel: 'yes',
          },
        },
        { group: 'nodes', data: { id: 'bureau', label: 'Public Security Bureau', kind: 'agency' } },
        { group: 'edges', data: { id: 'role', source: 'chen', target: 'bureau', edgeKind: 'role' } },
      ],
    });
    const chen = cy.getElementById('chen');
    const measure = cy.getElementById('m');
    expect(chen.style('label')).toBe('');
    expect(chen.style('background-color')).toBe(cytoscapeColour(NODE_LOOK.person.color));
    expect(chen.style('shape')).toBe(NODE_LOOK.person.shape);
    expect(chen.width()).toBe(40);
    expect(measure.style('curve-style')).toBe('haystack');
    expect(measure.style('target-arrow-shape')).toBe('none');
    expect(measure.style('line-style')).toBe('solid');
    expect(measure.style('line-color')).toBe(cytoscapeColour(MEASURE_LOOK.visaBan.color));

    cy.elements().addClass('detail');
    expect(chen.style('label')).toBe('Chen Quanguo');
    expect(chen.width()).toBe(40);
    // Straight even where edges share their ends (curves cost every redraw on a large graph).
    expect(measure.style('curve-style')).toBe('straight');
    expect(cy.getElementById('role').style('curve-style')).toBe('straight');
    expect(measure.style('target-arrow-shape')).toBe('triangle');
    expect(measure.style('line-style')).toBe(MEASURE_LOOK.visaBan.line);
    cy.destroy();
  });

  it('gives elements marked detail every look of the full stylesheet', () => {
    const looks = rules.filter((r) => /^(node|edge)(\[|$)/.test(r.selector));
    expect(looks.length).toBeGreaterThan(NODE_KINDS.length + MEASURE_KINDS.length);
    const copies = large.filter((r) => r.selector.endsWith('.detail'));
    expect(copies.slice(0, looks.length)).toEqual(
      looks.map((r) => ({ selector: detailed(r.selector), style: r.style })),
    );
    expect(last('node.detail', 'label')).toBe('data(label)');
    expect(last('edge[measureKind = "visaBan"].detail', 'line-style')).toBe(MEASURE_LOOK.visaBan.line);
  });

  it('keeps selection, paths and hiding above the looks', () => {
    const at = (selector: string) => large.findIndex((r) => r.selector === selector);
    expect(at('node:selected')).toBeGreaterThan(at('node.detail'));
    expect(at('.hidden')).toBeGreaterThan(at('edge[parallel].detail'));
  });
});

describe('detailed', () => {
  it('marks every part of a list of selectors', () => {
    expect(detailed('edge[^edgeKind], edge[edgeKind = "role"]')).toBe(
      'edge[^edgeKind].detail, edge[edgeKind = "role"].detail',
    );
    expect(detailed('node')).toBe('node.detail');
  });
});

describe('the stylesheet where labels are placed', () => {
  it('names only labelled nodes, and gives each edge the look of its kind', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(THEMES.light, { size: 12, margin: 3, halo: 2 }),
      elements: [
        { group: 'nodes', data: { id: 'a', label: 'Chen Quanguo', display: 'Chen Quanguo', kind: 'person' } },
        {
          group: 'nodes',
          data: { id: 'b', label: 'Public Security Bureau', display: 'Public Security Bureau', kind: 'agency' },
        },
        { group: 'edges', data: { id: 'role', source: 'a', target: 'b', edgeKind: 'role' } },
        {
          group: 'edges',
          data: { id: 'measure', source: 'b', target: 'a', edgeKind: 'measure', measureKind: 'blocking' },
        },
        // A curation's combined edge has no kind.
        { group: 'edges', data: { id: 'combined', source: 'a', target: 'b' } },
      ],
    });
    const a = cy.getElementById('a');
    expect(a.style('label')).toBe('');
    a.addClass('labelled');
    expect(a.style('label')).toBe('Chen Quanguo');
    expect(a.style('text-valign')).toBe('bottom');
    expect(a.style('color')).toBe(cytoscapeColour(THEMES.light.text));
    for (const id of ['role', 'combined']) {
      expect(cy.getElementById(id).style('line-color')).toBe(cytoscapeColour(ROLE_LOOK.color));
      expect(cy.getElementById(id).style('target-arrow-shape')).toBe('none');
    }
    expect(cy.getElementById('measure').style('line-color')).toBe(cytoscapeColour(MEASURE_LOOK.blocking.color));
    expect(cy.getElementById('measure').style('target-arrow-shape')).toBe('triangle');
    cy.destroy();
  });
});
