// The as-of row of the field table: the date the graph is shown at, as a real day YYYY-MM-DD.
import { isIsoDay } from '../graph/dates.ts';
import type { FieldSpec } from './fieldSpec.ts';
import { escapeLinkText, ignoredJsonValue, ignoredLinkValue } from './readers.ts';

export const asOfField: FieldSpec<'asOf'> = {
  doc: 'The as-of date (YYYY-MM-DD): show what was announced and held by then; null shows everything.',
  link: [
    {
      key: 'a',
      field: 'asOf',
      meaning: 'The as-of date (YYYY-MM-DD): show what was announced and held by then.',
      absent: 'no date limit',
      example: 'a=2020-07-31',
    },
  ],
  history: 'push',
  default: () => null,
  write: (asOf) => (asOf === null ? [] : [['a', escapeLinkText(asOf)]]),
  readLink: (link) => {
    const text = link.get('a');
    if (text === undefined || isIsoDay(text)) return text;
    ignoredLinkValue(link, 'a', 'as-of date', text, 'expected a real date as YYYY-MM-DD');
    return undefined;
  },
  readJson: (input) => {
    if (isIsoDay(input.value)) return input.value;
    if (input.value !== undefined && input.value !== null)
      ignoredJsonValue(input, 'as-of date', input.value, 'expected a real date as YYYY-MM-DD');
    return undefined;
  },
  valid: (value) => value === null || isIsoDay(value),
  equal: (a, b) => a === b,
  clean: (asOf) => asOf,
};
