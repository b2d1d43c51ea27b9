// Dark mode: every node colour and edge style of the palette table stands out from the background by at
// least 3:1 (WCAG 2.1, 1.4.11 non-text contrast), edges at the opacity the stylesheet draws them with.
import { describe, expect, it } from 'vitest';
import { LINK_LOOK, MEASURE_LOOK, NODE_LOOK, ROLE_LOOK, THEMES } from '../../src/render/palette.ts';
import { buildStylesheet } from '../../src/render/stylesheet.ts';

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [
    Number.parseInt(match[1] ?? '', 16),
    Number.parseInt(match[2] ?? '', 16),
    Number.parseInt(match[3] ?? '', 16),
  ];
}

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` drawn at `opacity` over `background`. */
function over(color: Rgb, opacity: number, background: Rgb): Rgb {
  return color.map((c, i) => opacity * c + (1 - opacity) * (background[i] ?? 0)) as Rgb;
}

/** The opacity the stylesheet gives every edge. */
function edgeOpacity(): number {
  const rules = buildStylesheet(THEMES.dark) as { selector: string; style: Record<string, unknown> }[];
  const opacity = rules.find((rule) => rule.selector === 'edge')?.style.opacity;
  return typeof opacity === 'number' ? opacity : 1;
}

describe('contrast helpers', () => {
  it('match the WCAG figures for black and white', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });
});

describe('dark mode: palette against the background', () => {
  const background = rgb(THEMES.dark.background);

  it.each(Object.entries(NODE_LOOK))('node colour of %s meets 3:1', (_kind, look) => {
    expect(contrast(rgb(look.color), background)).toBeGreaterThanOrEqual(3);
  });

  const edges = [
    ...Object.entries(MEASURE_LOOK).map(([kind, look]) => [`measure ${kind}`, look] as const),
    ['role', ROLE_LOOK] as const,
    ['link', LINK_LOOK] as const,
  ];
  it.each(edges)('edge style of %s meets 3:1 at the opacity edges are drawn with', (_name, look) => {
    const opacity = edgeOpacity();
    expect(opacity).toBeGreaterThan(0);
    expect(contrast(over(rgb(look.color), opacity, background), background)).toBeGreaterThanOrEqual(3);
  });
});
