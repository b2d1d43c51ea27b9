// Search over what a reader may type that is not a name: programs ("Magnitsky", "Entity List"), legal bases
// ("7031(c)"), action titles and source ids or titles ("sm1055"). Finds measures, grouped by their action.
import { MEASURE_KIND_LABEL } from '../model/labels.ts';
import type { Action, Dataset, Measure } from '../model/schema.ts';

/** What reader-facing names the OpenSanctions-style program ids stand for (a Map: program ids are data). */
export const PROGRAM_NAMES: ReadonlyMap<string, string> = new Map([
  ['US-GLOMAG', 'Global Magnitsky sanctions (US)'],
  ['US-BIS-EL', 'Entity List (US Commerce)'],
  ['US-NS-CMIC', 'Non-SDN Chinese Military-Industrial Complex list (US Treasury)'],
  ['US-7031C', 'Section 7031(c) visa designations (US State)'],
  ['CN-CML', 'Chinese counter-measures list'],
  ['EU-HR', 'EU Global Human Rights Sanctions Regime'],
  ['GB-HR', 'UK global human rights sanctions'],
  ['CA-SEMA', 'Special Economic Measures Act sanctions (Canada)'],
]);

/** An action whose measures match, with the measures that do and what matched. */
export interface ActionMatch {
  actionId: string;
  action: Action | null;
  date: string;
  /** The matching measures of this action, in data order. */
  measures: Measure[];
  /** What the query matched, for the result line: a program, a legal basis, the title or a source. */
  matched: string;
}

/** Lower case, no diacritics, one space between words: "Bütikofer" and "butikofer" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Field {
  label: string;
  /** The searchable text, folded (foldText). */
  text: string;
}

/** The searchable fields of a measure itself, each with how a result line names it. */
function ownFields(measure: Measure, action: Action | undefined): Field[] {
  const fields: Field[] = [];
  const field = (label: string, text: string) => fields.push({ label, text: foldText(text) });
  if (measure.program) {
    const name = PROGRAM_NAMES.get(measure.program);
    field(name ?? measure.program, `${measure.program} ${name ?? ''}`);
  }
  field(measure.legalBasis, measure.legalBasis);
  field(MEASURE_KIND_LABEL[measure.kind], `${MEASURE_KIND_LABEL[measure.kind]} ${measure.kind}`);
  if (action) field(action.title, `${action.title} ${action.id}`);
  return fields;
}

/** A measure with its fields folded, and the ids of the sources it and its action cite. */
interface Entry {
  measure: Measure;
  action: Action | undefined;
  own: Field[];
  cited: string[];
}

/**
 * A dataset's measures with their fields folded, built once and extended on demand (`upTo`): folding every
 * field of every measure on each key took 0.26 s per keystroke at 24,000 measures.
 */
interface Prepared {
  entries: Entry[];
  actions: Map<string, Action>;
  /** Each source's field, folded once (sources are cited by many measures). */
  sources: Map<string, Field>;
}

const preparedFor = new WeakMap<Dataset, Prepared>();

function prepare(dataset: Dataset, upTo: number): Prepared {
  let prepared = preparedFor.get(dataset);
  if (!prepared) {
    const sources = new Map<string, Field>();
    for (const source of dataset.sources)
      sources.set(source.id, {
        label: `source: ${source.title}`,
        text: foldText(`${source.id} ${source.title} ${source.url ?? ''}`),
      });
    prepared = { entries: [], actions: new Map(dataset.actions.map((a) => [a.id, a])), sources };
    preparedFor.set(dataset, prepared);
  }
  const { entries, actions } = prepared;
  for (let i = entries.length; i < Math.min(upTo, dataset.measures.length); i++) {
    const measure = dataset.measures[i] as Measure;
    const action = actions.get(measure.action);
    entries.push({
      measure,
      action,
      own: ownFields(measure, action),
      cited: [...measure.sources, ...(action?.sources ?? [])],
    });
  }
  return prepared;
}

/**
 * Folds the next `count` measures' fields for searchMeasures ahead of the first query (in idle time); returns
 * true once every measure is done. A query before then folds the rest itself.
 */
export function prepareMeasureSearch(dataset: Dataset, count: number): boolean {
  const done = preparedFor.get(dataset)?.entries.length ?? 0;
  return prepare(dataset, done + count).entries.length >= dataset.measures.length;
}

/**
 * Measures that a query finds outside names, grouped by action, most measures first, then latest: every word
 * of the query must occur in one field: a program with its name, the legal basis, the kind or the action's
 * title; only when none of those matches anywhere, a cited source's id, title or address (so "Magnitsky"
 * finds the program, not every measure a report on it cites). An empty query finds nothing.
 */
export function searchMeasures(dataset: Dataset, query: string, limit = 6): ActionMatch[] {
  const words = foldText(query)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const { entries, sources } = prepare(dataset, dataset.measures.length);
  const holdsEvery = (field: Field) => words.every((word) => field.text.includes(word));
  const own = matchMeasures(entries, (entry) => entry.own.find(holdsEvery));
  const found = own.size > 0 ? own : matchCited(entries, sources, holdsEvery);
  return [...found.values()]
    .sort((a, b) => b.measures.length - a.measures.length || b.date.localeCompare(a.date))
    .slice(0, limit);
}

/** The measures citing a source that matches: the few sources are matched once, then looked up per measure. */
function matchCited(
  entries: readonly Entry[],
  sources: ReadonlyMap<string, Field>,
  matches: (field: Field) => boolean,
): Map<string, ActionMatch> {
  const matching = new Map([...sources].filter(([, field]) => matches(field)));
  if (matching.size === 0) return new Map();
  return matchMeasures(entries, (entry) => {
    for (const id of entry.cited) {
      const field = matching.get(id);
      if (field) return field;
    }
    return undefined;
  });
}

/** The measures with a field that matches (`hitOf`), grouped by action. */
function matchMeasures(
  entries: readonly Entry[],
  hitOf: (entry: Entry) => Field | undefined,
): Map<string, ActionMatch> {
  const groups = new Map<string, ActionMatch>();
  for (const entry of entries) {
    const hit = hitOf(entry);
    if (!hit) continue;
    const { measure, action } = entry;
    const group = groups.get(measure.action) ?? {
      actionId: measure.action,
      action: action ?? null,
      date: action?.date ?? measure.announced,
      measures: [],
      matched: hit.label,
    };
    group.measures.push(measure);
    groups.set(measure.action, group);
  }
  return groups;
}
