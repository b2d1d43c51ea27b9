// Text from data files, imported records, links and notes is untrusted. cleanText is applied where text
// enters: control characters go, and bidi overrides are dropped so that no name can read backwards.

// C0 and C1 controls but tab and newline; the bidi embedding, override and isolate controls; LRM/RLM/ALM.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A character that draws something: a name with none (only spaces, soft hyphens, fillers...) is empty.
const VISIBLE = /[^\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0]/;

/** True when the text holds a control or bidi-override character that cleanText would remove. */
export function hasControls(value: string): boolean {
  CONTROLS.lastIndex = 0;
  const found = CONTROLS.test(value);
  CONTROLS.lastIndex = 0;
  return found;
}

// Anything cleanText would change: a control (tab included), white space other than a space or newline, two
// spaces, a space beside a newline, white space at either end. Most values have none, and one test is cheaper
// than three replaces (an import cleans every value of a file).
const NEEDS_CLEANING = new RegExp(`${CONTROLS.source}|[^\\S \\n]| {2}| \\n|\\n |^\\s|\\s$`);

/** The text without control and bidi-override characters, and with white space runs folded (newlines kept). */
export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value
    .replace(CONTROLS, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** A cleaned one-line name, or null when nothing visible is left (the caller reports the name as dropped). */
export function cleanName(value: string): string | null {
  const text = cleanText(value);
  const cleaned = text.includes('\n') ? text.replace(/\n+/g, ' ') : text;
  return VISIBLE.test(cleaned) ? cleaned : null;
}
