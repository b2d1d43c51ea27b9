// The filters row of the field table: six hidden-lists, each with its own link key, described once here
// and looped over for writing, reading, validity, equality and cleaning.
import { LIST_TYPES, MEASURE_KINDS, MEASURE_STATUSES, NODE_KINDS } from '../model/kinds.ts';
import { nodeIdsIn } from './cleanIds.ts';
import type { FieldSpec, LinkKey } from './fieldSpec.ts';
import { escapeLinkText, ignoredJsonValue, oneOf, readId, readJsonList, readTextList } from './readers.ts';
import type { Filters } from './types.ts';
import { isCountryFilterValue, isPlainRecord, isStrictObject, isUniqueList, isValidId } from './validate.ts';

interface FilterList<L extends keyof Filters> {
  link: LinkKey;
  /** How notices name the list. */
  what: string;
  /** Reads one escaped item of link text. */
  readText: (item: string) => Filters[L][number] | null;
  /** True for a valid item. */
  is: (item: unknown) => item is Filters[L][number];
  /** Writes one item as link text. */
  writeItem: (item: Filters[L][number]) => string;
}

const isIn =
  <T extends string>(options: readonly T[]) =>
  (item: unknown): item is T =>
    oneOf(options)(item) !== null;

const FILTER_LISTS: { [L in keyof Filters]: FilterList<L> } = {
  nodeKinds: {
    link: {
      key: 'k',
      field: 'filters.nodeKinds',
      meaning: 'Hidden node kinds, comma-separated.',
      absent: 'every kind shown',
      example: 'k=company,group',
    },
    what: 'hidden node kinds',
    readText: oneOf(NODE_KINDS),
    is: isIn(NODE_KINDS),
    writeItem: escapeLinkText,
  },
  measureKinds: {
    link: {
      key: 'm',
      field: 'filters.measureKinds',
      meaning: 'Hidden measure kinds, comma-separated.',
      absent: 'every measure kind shown',
      example: 'm=visaBan,importBan',
    },
    what: 'hidden measure kinds',
    readText: oneOf(MEASURE_KINDS),
    is: isIn(MEASURE_KINDS),
    writeItem: escapeLinkText,
  },
  bodies: {
    link: {
      key: 'b',
      field: 'filters.bodies',
      meaning: 'Sanctioning bodies (node ids) whose measures are hidden, comma-separated.',
      absent: 'every body shown',
      example: 'b=us-treasury-ofac',
    },
    what: 'hidden sanctioning bodies',
    readText: readId,
    is: isValidId,
    writeItem: escapeLinkText,
  },
  countries: {
    link: {
      key: 'c',
      field: 'filters.countries',
      meaning: 'Hidden countries (ISO 3166 two-letter codes), comma-separated; `-` stands for nodes without a country.',
      absent: 'every country shown',
      example: 'c=RU,-',
    },
    what: 'hidden countries',
    readText: (item) => (item === '-' ? '' : /^[A-Za-z]{2}$/.test(item) ? item.toUpperCase() : null),
    is: isCountryFilterValue,
    writeItem: (country) => (country === '' ? '-' : escapeLinkText(country)),
  },
  measureStatuses: {
    link: {
      key: 't',
      field: 'filters.measureStatuses',
      meaning: 'Hidden measure statuses, comma-separated (inForce, lifted, expired, unknown).',
      absent: 'every status shown',
      example: 't=lifted,unknown',
    },
    what: 'hidden measure statuses',
    readText: oneOf(MEASURE_STATUSES),
    is: isIn(MEASURE_STATUSES),
    writeItem: escapeLinkText,
  },
  listTypes: {
    link: {
      key: 'lt',
      field: 'filters.listTypes',
      meaning: 'Hidden kinds of list (sanctions, debarment, directorDisqualification...), comma-separated.',
      absent: 'every kind of list shown',
      example: 'lt=debarment,directorDisqualification',
    },
    what: 'hidden kinds of list',
    readText: oneOf(LIST_TYPES),
    is: isIn(LIST_TYPES),
    writeItem: escapeLinkText,
  },
};

const LIST_NAMES = Object.keys(FILTER_LISTS) as (keyof Filters)[];
const same = (item: string): string => item;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((item) => setB.has(item));
}

export function defaultFilters(): Filters {
  return { nodeKinds: [], measureKinds: [], bodies: [], countries: [], measureStatuses: [], listTypes: [] };
}

function writeList<L extends keyof Filters>(name: L, filters: Filters): [string, string][] {
  const list = FILTER_LISTS[name];
  const items: readonly Filters[L][number][] = filters[name];
  return items.length === 0 ? [] : [[list.link.key, items.map((item) => list.writeItem(item)).join(',')]];
}

function readListInto<L extends keyof Filters>(name: L, filters: Filters, read: (list: FilterList<L>) => Filters[L]) {
  filters[name] = read(FILTER_LISTS[name]);
}

export const filtersField: FieldSpec<'filters'> = {
  doc: 'What is hidden: node kinds, measure kinds, sanctioning bodies, countries, measure statuses and kinds of list.',
  link: LIST_NAMES.map((name) => FILTER_LISTS[name].link),
  history: 'push',
  default: defaultFilters,
  write: (filters) => LIST_NAMES.flatMap((name) => writeList(name, filters)),
  readLink: (link) => {
    const filters = defaultFilters();
    for (const name of LIST_NAMES) {
      const text = link.get(FILTER_LISTS[name].link.key);
      if (text === undefined) continue;
      readListInto(name, filters, (list) =>
        readTextList(text, list.link.key, list.what, list.readText, same, link.notices),
      );
    }
    return filters;
  },
  readJson: (input) => {
    const { value } = input;
    if (value === undefined) return undefined;
    if (!isPlainRecord(value)) {
      ignoredJsonValue(input, 'filters', value, 'expected an object');
      return undefined;
    }
    const filters = defaultFilters();
    for (const name of LIST_NAMES) {
      const raw = Object.hasOwn(value, name) ? value[name] : undefined;
      readListInto(name, filters, (list) =>
        readJsonList(raw, list.what, (item) => (list.is(item) ? item : null), same, input.notices),
      );
    }
    return filters;
  },
  valid: (value) =>
    isStrictObject(value, LIST_NAMES, (record) =>
      LIST_NAMES.every((name) => isUniqueList(record[name], FILTER_LISTS[name].is)),
    ),
  equal: (a, b) => LIST_NAMES.every((name) => sameSet(a[name], b[name])),
  clean: (filters, input) => ({ ...filters, bodies: nodeIdsIn(filters.bodies, input, 'hidden body') }),
};
