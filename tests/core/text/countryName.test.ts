import { describe, expect, it } from 'vitest';
import { countryName } from '../../../src/core/text/countryName.ts';

describe('countryName', () => {
  it('names a country in the given language', () => {
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('CN', 'fr')).toBe('Chine');
  });

  it('keeps a code it cannot name instead of failing', () => {
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});
