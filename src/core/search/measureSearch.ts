// Search over what a reader may type that is not a name: programs ("Magnitsky", "Entity List"), legal bases
// ("7031(c)"), action titles and source ids or titles ("sm1055"). Finds measures, grouped by their action.
import { MEASURE_KIND_LABEL } from '../model/labels.ts';
import type { Action, Dataset, Measure, Source } from '../model/schema.ts';

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
  text: string;
}

/** The searchable fields of a measure itself, each with how a result line names it. */
function ownFields(measure: Measure, action: Action | undefined): Field[] {
  const fields: Field[] = [];
  if (measure.program) {
    const name = PROGRAM_NAMES.get(measure.program);
    fields.push({ label: name ?? measure.program, text: `${measure.program} ${name ?? ''}` });
  }
  fields.push({ label: measure.legalBasis, text: measure.legalBasis });
  fields.push({ label: MEASURE_KIND_LABEL[measure.kind], text: `${MEASURE_KIND_LABEL[measure.kind]} ${measure.kind}` });
  if (action) fields.push({ label: action.title, text: `${action.title} ${action.id}` });
  return fields;
}

/** The sources a measure and its action cite, as searchable fields. */
function sourceFields(measure: Measure, action: Action | undefined, sources: ReadonlyMap<string, Source>): Field[] {
  const fields: Field[] = [];
  for (const id of [...measure.sources, ...(action?.sources ?? [])]) {
    const source = sources.get(id);
    if (source)
      fields.push({ label: `source: ${source.title}`, text: `${source.id} ${source.title} ${source.url ?? ''}` });
  }
  return fields;
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
  const actions = new Map(dataset.actions.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const own = matchMeasures(dataset, words, actions, (m) => ownFields(m, actions.get(m.action)));
  const found =
    own.size > 0 ? own : matchMeasures(dataset, words, actions, (m) => sourceFields(m, actions.get(m.action), sources));
  return [...found.values()]
    .sort((a, b) => b.measures.length - a.measures.length || b.date.localeCompare(a.date))
    .slice(0, limit);
}

/** The measures with a field holding every word, grouped by action. */
function matchMeasures(
  dataset: Dataset,
  words: readonly string[],
  actions: ReadonlyMap<string, Action>,
  fieldsOf: (measure: Measure) => Field[],
): Map<string, ActionMatch> {
  const groups = new Map<string, ActionMatch>();
  for (const measure of dataset.measures) {
    const action = actions.get(measure.action);
    const hit = fieldsOf(measure).find((field) => {
      const text = foldText(field.text);
      return words.every((word) => text.includes(word));
    });
    if (!hit) continue;
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
