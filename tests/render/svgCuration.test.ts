import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/render/palette.ts';
import { combinedToSvg, groupsToSvg, notesToSvg, wrapText } from '../../src/render/svgCuration.ts';

describe('curation in SVG exports', () => {
  it('draws notes as escaped text with a line to what they are about', () => {
    const svg = notesToSvg([
      { text: '<script>alert(1)</script> & co', x: 10, y: 20, width: 120, height: 30, anchor: { x: 0, y: 0 } },
      { text: 'free', x: 1, y: 1, width: 40, height: 20, anchor: null },
    ]);
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; co');
    expect(svg).not.toContain('<script>');
    expect(svg.match(/<line /g)).toHaveLength(1);
  });

  it('draws group boxes with their names (the title is drawn by the export frame)', () => {
    expect(groupsToSvg([{ label: 'XPSB', x1: 0, y1: 0, x2: 10, y2: 10 }], THEMES.light)).toContain('>XPSB</text>');
  });

  it('draws a combined edge with its count, its arrowhead touching the target’s border', () => {
    const svg = combinedToSvg(
      [{ label: '3', count: 3, from: { x: 0, y: 0 }, to: { x: 100, y: 0 }, toRadius: 20 }],
      THEMES.light,
    );
    expect(svg).toContain('>3</text>');
    // The arrow's tip is 20 short of the target's centre; the line stops behind the arrowhead.
    expect(svg).toMatch(/<polygon points="80,0 /);
    const end = /x2="([\d.]+)"/.exec(svg)?.[1];
    expect(Number(end)).toBeLessThan(80);
    expect(combinedToSvg([], THEMES.light)).toBe('');
  });

  it('wraps note text into lines of whole words', () => {
    expect(wrapText('ran the IJOP platform that flagged residents', 16)).toEqual([
      'ran the IJOP',
      'platform that',
      'flagged',
      'residents',
    ]);
  });
});
