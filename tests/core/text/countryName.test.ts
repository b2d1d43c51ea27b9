import { describe, expect, it } from 'vitest';
import { COUNTRY_FACT_LABELS, countryName, readableFactValue } from '../../../src/core/text/countryName.ts';
import { FTM_MODEL } from '../../../src/core/data/ftm/model.ts';

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

describe('readableFactValue', () => {
  it('names the country of an imported fact whose FtM property holds a country ("Country: gb")', () => {
    expect(readableFactValue('Country', 'gb', 'en')).toBe('United Kingdom');
    expect(readableFactValue('Nationality', 'RU', 'en')).toBe('Russia');
    // Other facts, and values that are not codes, stay as written.
    expect(readableFactValue('Listing id', 'GB', 'en')).toBe('GB');
    expect(readableFactValue('Country', 'Ruritania', 'en')).toBe('Ruritania');
    // FtM's "global", and a former state Intl would name as its successor, stay as written.
    expect(readableFactValue('Country', 'zz', 'en')).toBe('zz');
    expect(readableFactValue('Nationality', 'SU', 'en')).toBe('SU');
  });

  it('knows every country-typed property label of the FtM model', () => {
    const labels = new Set<string>();
    for (const schema of Object.values(FTM_MODEL.schemata)) {
      for (const property of schema?.getProperties().values() ?? [])
        if (property.type.name === 'country') labels.add(property.label);
    }
    expect([...COUNTRY_FACT_LABELS].sort()).toEqual([...labels].sort());
  });
});
