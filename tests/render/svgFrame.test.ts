import { describe, expect, it } from 'vitest';
import type { ExportFrame } from '../../src/core/view/exportFrame.ts';
import { THEMES } from '../../src/render/palette.ts';
import { graphToSvg } from '../../src/render/svg.ts';
import { svgSize } from '../../src/core/text/svgSize.ts';
import { frameSvg } from '../../src/render/svgFrame.ts';

const frame: ExportFrame = {
  title: 'Measures against <Chen> & co, as of 2021-12-31',
  caption: '',
  asOfLine: 'As of 2021-12-31: only measures announced by then and posts held then',
  filterLines: ['Hidden: US Department of Commerce'],
  legend: {
    nodeKinds: ['person', 'sanctioningBody'],
    measureKinds: ['blocking'],
    roles: false,
    links: false,
    sizeLine: 'Node size: measures received',
  },
  dataLine: 'Data: Xinjiang sanctions, version 1',
  creditLine: 'Made with the Sanctions graph explorer',
};

const graph = graphToSvg({
  nodes: [
    { id: 'ofac', label: 'US Treasury', kind: 'sanctioningBody', x: 0, y: 0 },
    { id: 'chen', label: 'Chen Quanguo', kind: 'person', x: 200, y: 0 },
  ],
  edges: [{ source: 'ofac', target: 'chen', edgeKind: 'measure', measureKind: 'blocking' }],
  box: { x1: -60, y1: -60, x2: 260, y2: 60 },
  theme: THEMES.light,
  background: true,
});

function texts(markup: string, className: string): string[] {
  return [...markup.matchAll(new RegExp(`<(?:text|g) class="${className}"[^>]*>(.*?)</(?:text|g)>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );
}

describe('the export frame', () => {
  const framed = frameSvg(graph, frame, THEMES.light, true);

  it('carries the escaped title, the as-of line, each filter, the legend, the data version and the credit', () => {
    expect(texts(framed.markup, 'frame-title')).toEqual(['Measures against &#60;Chen&#62; &#38; co, as of 2021-12-31']);
    expect(texts(framed.markup, 'frame-asof')[0]).toContain('2021-12-31');
    expect(texts(framed.markup, 'frame-filter')).toEqual(['Hidden: US Department of Commerce']);
    expect(texts(framed.markup, 'frame-legend')).toEqual(['Person', 'Sanctioning body', 'Asset freeze (blocking)']);
    expect(texts(framed.markup, 'frame-data')).toEqual([frame.dataLine]);
    expect(texts(framed.markup, 'frame-credit')).toEqual([frame.creditLine]);
    expect(framed.markup).not.toContain('<Chen>');
  });

  it('is at least 640 wide, holds the graph whole and says its size', () => {
    expect(framed.width).toBe(640);
    expect(svgSize(framed.markup)).toEqual({ width: framed.width, height: framed.height });
    expect(framed.height).toBeGreaterThan(svgSize(graph).height + 100);
    expect(framed.markup).toContain('<svg x="');
    expect(framed.markup).toContain('Chen Quanguo');
  });

  it('wraps a long title within the frame rather than running past it', () => {
    const long = frameSvg(
      graph,
      { ...frame, title: 'Measures against '.repeat(12), filterLines: [] },
      THEMES.light,
      false,
    );
    const title = /<text class="frame-title"[^>]*>(.*?)<\/text>/.exec(long.markup)?.[1] ?? '';
    expect((title.match(/<tspan/g) ?? []).length).toBeGreaterThan(1);
    expect(texts(long.markup, 'frame-filter')).toEqual([]);
    expect(long.markup).not.toContain(`fill="${THEMES.light.background}"/>\n<text`);
  });
});
