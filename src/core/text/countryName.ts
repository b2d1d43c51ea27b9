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
