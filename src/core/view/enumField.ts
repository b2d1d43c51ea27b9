// The row of the field table for a field holding one of a few names (layout, panel, main view), written in
// links as it is.
import type { FieldSpec, LinkKey } from './fieldSpec.ts';
import { ignoredJsonValue, ignoredLinkValue, oneOf } from './readers.ts';
import type { ViewState } from './types.ts';

/** A row for a field holding one of a few names, written as it is. */
/** The fields whose values are names (strings), such as layout, panel and mainView. */
export type NameField = { [K in keyof ViewState]: ViewState[K] extends string ? K : never }[keyof ViewState];

export function enumField<K extends NameField>(
  options: readonly ViewState[K][],
  what: string,
  doc: string,
  link: LinkKey,
): FieldSpec<K> {
  const read = oneOf(options);
  const [first] = options;
  if (first === undefined) throw new Error(`no options for the ${what}`);
  const expected = `expected ${options.length === 2 ? options.join(' or ') : `one of ${options.join(', ')}`}`;
  return {
    doc,
    link: [link],
    history: 'push',
    default: () => first,
    write: (value) => (value === first ? [] : [[link.key, value]]),
    readLink: (input) => {
      const text = input.get(link.key);
      if (text === undefined) return undefined;
      const value = read(text);
      if (value === null) ignoredLinkValue(input, link.key, what, text, expected);
      return value ?? undefined;
    },
    readJson: (input) => {
      const value = read(input.value);
      if (value === null && input.value !== undefined) ignoredJsonValue(input, what, input.value, expected);
      return value ?? undefined;
    },
    valid: (value) => read(value) !== null,
    equal: (a, b) => a === b,
    clean: (value) => value,
  };
}
