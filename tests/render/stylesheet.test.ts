import { describe, expect, it } from 'vitest';
import { MEASURE_KINDS, NODE_KINDS } from '../../src/core/model/schema.ts';
import { MEASURE_LOOK, NODE_LOOK, THEMES } from '../../src/render/palette.ts';
import { buildLargeGraphStylesheet, buildStylesheet } from '../../src/render/stylesheet.ts';

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

  it('draws group nodes dashed', () => {
    expect(ruleFor('node[kind = "group"]')?.['border-style']).toBe('dashed');
  });
});

describe('the large-graph stylesheet', () => {
  const large = buildLargeGraphStylesheet(THEMES.light) as Rule[];
  const last = (selector: string, property: string) =>
    large.filter((r) => r.selector === selector && property in r.style).at(-1)?.style[property];

  it('draws no labels, arrowheads or dashes outside the detailed part', () => {
    expect(last('node', 'label')).toBe('');
    expect(last('edge', 'line-style')).toBe('solid');
    expect(last('edge', 'curve-style')).toBe('haystack');
  });

  it('gives elements marked detail every look of the full stylesheet', () => {
    const looks = rules.filter((r) => /^(node|edge)(\[|$)/.test(r.selector));
    expect(looks.length).toBeGreaterThan(NODE_KINDS.length + MEASURE_KINDS.length);
    const copies = large.filter((r) => r.selector.endsWith('.detail'));
    expect(copies.slice(0, looks.length)).toEqual(
      looks.map((r) => ({ selector: `${r.selector}.detail`, style: r.style })),
    );
    expect(last('node.detail', 'label')).toBe('data(label)');
    expect(last('edge[measureKind = "visaBan"].detail', 'line-style')).toBe(MEASURE_LOOK.visaBan.line);
  });

  it('keeps selection, paths and hiding above the looks', () => {
    const at = (selector: string) => large.findIndex((r) => r.selector === selector);
    expect(at('node:selected')).toBeGreaterThan(at('node.detail'));
    expect(at('.hidden')).toBeGreaterThan(at('edge.detail'));
  });
});
