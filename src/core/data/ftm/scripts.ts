// The writing system of a name, labelled only when it is certain: Japanese when it has kana, Korean when it
// has Hangul, otherwise the one script all its letters are in. Han characters alone are "Chinese" only when
// nothing about the entity points to Japanese (see chineseNameOf); a name mixing scripts gets no label.

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/gu;

/** Scripts named in labels, tested in this order on every letter of a name. */
const SCRIPTS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Latin', pattern: /\p{Script=Latin}/u },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  { name: 'Greek', pattern: /\p{Script=Greek}/u },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u },
  { name: 'Georgian', pattern: /\p{Script=Georgian}/u },
  { name: 'Armenian', pattern: /\p{Script=Armenian}/u },
  { name: 'Thai', pattern: /\p{Script=Thai}/u },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u },
  { name: 'Han', pattern: HAN },
];

export type NameScript = 'Japanese' | 'Korean' | 'Han' | (typeof SCRIPTS)[number]['name'];

/** The script of a name, or undefined when its letters mix scripts or it has none. */
const LATIN_ONLY = /^[\p{Script=Latin}\P{L}]*\p{L}[\p{Script=Latin}\P{L}]*$/u;

export function scriptOf(name: string): NameScript | undefined {
  // Most names are Latin: one test instead of one per letter.
  if (LATIN_ONLY.test(name)) return 'Latin';
  const letters = name.match(LETTER) ?? [];
  if (letters.length === 0) return undefined;
  const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/u;
  if (KANA.test(name) && letters.every((l) => japanese.test(l))) return 'Japanese';
  if (HANGUL.test(name) && letters.every((l) => HANGUL.test(l) || HAN.test(l))) return 'Korean';
  for (const script of SCRIPTS) if (letters.every((l) => script.pattern.test(l))) return script.name;
  return undefined;
}

/** The note an alias gets for its script: none for Latin or mixed text. */
export function scriptNote(name: string): string | undefined {
  const script = scriptOf(name);
  if (script === undefined || script === 'Latin') return undefined;
  if (script === 'Japanese') return 'Japanese (kana)';
  if (script === 'Korean') return 'Korean (Hangul)';
  if (script === 'Han') return 'Han characters';
  return `${script} script`;
}

/**
 * The name to show as the Chinese name: the first all-Han name, unless the entity has a Japanese (kana) or
 * Korean name or its countries include Japan or Korea, in which case Han characters alone cannot tell.
 */
export function chineseNameOf(names: readonly string[], countries: readonly string[]): string | undefined {
  if (countries.some((c) => c === 'JP' || c === 'KR' || c === 'KP')) return undefined;
  if (names.some((n) => KANA.test(n) || HANGUL.test(n))) return undefined;
  return names.find((n) => scriptOf(n) === 'Han');
}
