// Countries by name in the reader's language ("China", "Chine"), from the ISO 3166 codes the data holds.

const namers = new Map<string, Intl.DisplayNames>();

/** The country's name for an ISO 3166-1 alpha-2 code; the code itself when the runtime does not know it. */
export function countryName(code: string, locale?: string): string {
  const key = locale ?? '';
  let namer = namers.get(key);
  if (!namer) {
    namer = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    namers.set(key, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    // A malformed code (the schema allows only two capitals, but imported data may not have passed it).
    return code;
  }
}

/**
 * Labels of the FtM properties whose values are country codes (tests/core/text/countryName.test.ts checks them
 * against the FtM model), as imported facts carry them.
 */
export const COUNTRY_FACT_LABELS: ReadonlySet<string> = new Set([
  'Citizenship',
  'Co-occurring countries',
  'Country',
  'Country of birth',
  'Country of departure',
  'Country of destination',
  'Country of origin',
  'Detected country',
  'Flag',
  'Jurisdiction',
  'Nationality',
  'Past Flags',
  'Trading Country',
]);

/** A fact's value as a reader sees it: a country code by its name ("gb" -> "United Kingdom"), else as it is. */
export function readableFactValue(label: string, value: string, locale?: string): string {
  const code = value.toUpperCase();
  const named = COUNTRY_FACT_LABELS.has(label) && /^[A-Z]{2}$/.test(code) && !UNNAMED_CODES.has(code);
  return named ? countryName(code, locale) : value;
}

/**
 * Codes left as written: FtM's "ZZ" (global), and former states Intl would name as their successors
 * ("SU" as Russia, "YU" as Serbia).
 */
const UNNAMED_CODES: ReadonlySet<string> = new Set(['ZZ', 'SU', 'YU', 'CS', 'DD']);
