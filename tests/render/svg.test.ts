import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/render/palette.ts';
import { escapeXml, graphToSvg, type SvgInput } from '../../src/render/svg.ts';

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
