import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/render/palette.ts';
import {
  LABEL_FONT_SIZE,
  escapeXml,
  graphToSvg,
  insertIntoSvg,
  nodeToSvg,
  textWidth,
  type SvgInput,
} from '../../src/render/svg.ts';

const base: SvgInput = {
  nodes: [
    { id: 'ofac', label: 'US Treasury', kind: 'sanctioningBody', x: 0, y: 0 },
    { id: 'chen', label: '<img src=x onerror=alert(1)> & "Chen"', kind: 'person', x: 200, y: 0 },
    { id: 'far', label: 'Far away', kind: 'company', x: 5000, y: 5000 },
  ],
  edges: [
    { source: 'ofac', target: 'chen', edgeKind: 'measure', measureKind: 'blocking' },
    { source: 'ofac', target: 'far', edgeKind: 'measure', measureKind: 'investmentBan' },
  ],
  box: { x1: -50, y1: -50, x2: 250, y2: 50 },
  theme: THEMES.light,
  background: true,
};

describe('graphToSvg', () => {
  it('escapes names from the data instead of emitting markup', () => {
    const svg = graphToSvg(base);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;Chen&#34;');
  });

  it('draws the nodes and edges inside the box and leaves the rest out', () => {
    const svg = graphToSvg(base);
    expect(svg).toContain('US Treasury');
    expect(svg).not.toContain('Far away');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('marker-end="url(#arrow-blocking)"');
  });

  it('draws a background only when asked', () => {
    expect(graphToSvg(base)).toContain(`fill="${THEMES.light.background}"`);
    expect(graphToSvg({ ...base, background: false })).not.toContain(`fill="${THEMES.light.background}"`);
  });

  it('is a complete SVG document and escapes every XML special character', () => {
    const svg = graphToSvg({ ...base, box: { x1: -100, y1: -100, x2: 6000, y2: 6000 } });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(escapeXml(`a<b>&'"`)).toBe('a&#60;b&#62;&#38;&#39;&#34;');
  });
});

describe('labels in an SVG export', () => {
  it('wraps long names to two lines, ellipsised, and keeps every label inside the box', () => {
    const long = 'Xinjiang Uyghur Autonomous Region Public Security Bureau and its city and county bureaus of Xinjiang';
    const svg = graphToSvg({
      ...base,
      nodes: [
        { id: 'a', label: long, kind: 'agency', x: 0, y: 0 },
        { id: 'b', label: 'Chen Quanguo', kind: 'person', x: 230, y: 0 },
      ],
      edges: [],
      box: { x1: -100, y1: -60, x2: 250, y2: 60 },
    });
    const label = /<text data-node="a"[^>]*>(.*?)<\/text>/.exec(svg)?.[1] ?? '';
    const lines = [...label.matchAll(/<tspan x="([-\d.]+)"[^>]*>(.*?)<\/tspan>/g)];
    expect(lines).toHaveLength(2);
    expect(lines[1]?.[2]).toMatch(/…$/);
    // Chen Quanguo sits 20 units from the right edge: its label goes to the left of the node, where it fits.
    const chen = /<text data-node="b"[^>]*>(.*?)<\/text>/.exec(svg)?.[1] ?? '';
    const x = Number(/x="([-\d.]+)"/.exec(chen)?.[1]);
    expect(chen).toContain('Chen Quanguo');
    expect(x + textWidth('Chen Quanguo', LABEL_FONT_SIZE) / 2).toBeLessThanOrEqual(250);
    expect(x).toBeLessThan(230);
  });

  it('draws arrow heads in proportion to the line: about 10 px on a 3 px measure line', () => {
    const marker = /<marker id="arrow-blocking"[^>]*markerWidth="([\d.]+)"/.exec(graphToSvg(base));
    expect(Number(marker?.[1]) * 3).toBeGreaterThanOrEqual(8);
    expect(Number(marker?.[1]) * 3).toBeLessThanOrEqual(12);
  });

  it('draws a curated highlight colour as a halo under its node, and only there', () => {
    const svg = graphToSvg({
      ...base,
      nodes: base.nodes.map((n) => (n.id === 'chen' ? { ...n, highlight: '#882255' } : n)),
    });
    expect(svg.match(/fill="#882255" fill-opacity="0.55"/g)).toHaveLength(1);
    expect(svg.indexOf('#882255')).toBeLessThan(svg.indexOf('<title>&#60;img'));
  });
});

describe('insertIntoSvg', () => {
  it('inserts before the closing tag or a marker, keeping "$&" and "$\'" in user text as written', () => {
    const markup = '<svg><g class="edges"></g></svg>\n';
    const note = "<text>costs $&amp; more, $' and $1</text>";
    expect(insertIntoSvg(markup, note)).toBe(`<svg><g class="edges"></g>${note}\n</svg>\n`);
    expect(insertIntoSvg(markup, '<g class="groups">$&</g>', '<g class="edges">')).toBe(
      '<svg><g class="groups">$&</g>\n<g class="edges"></g></svg>\n',
    );
    expect(insertIntoSvg('<p/>', 'x')).toBe('<p/>');
  });
});

describe('nodeToSvg', () => {
  it("draws an organisation as the canvas's barrel: a square with flattened corners, not a cylinder", () => {
    const svg = nodeToSvg('organization', 0, 0, 10, THEMES.light);
    expect(svg.startsWith('<path d="M')).toBe(true);
    expect(svg.endsWith('</path>')).toBe(true);
    // Straight top and bottom over the middle half, straight sides over nine tenths of the height.
    expect(svg).toContain('-5,-10L5,-10');
    expect(svg).toContain('5,10L-5,10');
    expect(svg).toContain('10,-9L10,9');
    expect(svg).toMatch(/-10,9Z"/);
  });
});
