import { describe, expect, it } from 'vitest';
import { fittingScale } from '../../src/features/share/rasterize.ts';

describe('the scale of a PNG export', () => {
  it('is the scale asked for when the canvas it needs is within the browser limits', () => {
    expect(fittingScale(1200, 900, 4)).toBe(4);
  });

  it('is lowered so neither side passes 16,384 pixels and the area stays under 120 million', () => {
    const wide = fittingScale(8000, 1000, 4);
    expect(wide).toBeLessThan(4);
    expect(8000 * wide).toBeLessThanOrEqual(16_384);
    const big = fittingScale(6000, 6000, 4);
    expect(6000 * big * 6000 * big).toBeLessThanOrEqual(120_000_000);
    expect(big).toBeGreaterThan(1.5);
  });
});
