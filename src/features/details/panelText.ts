// The sentences of the node panel, as pure functions (tested without a browser).
import { formatDate } from '../../core/graph/dates.ts';
import type { SanctionSummary } from '../../core/graph/queries.ts';
import type { Measure } from '../../core/model/schema.ts';

function bodies(count: number): string {
  return count === 1 ? '1 body' : `${count} bodies`;
}

/**
 * The status line under a name. `all` counts every measure against the node, `shown` those announced by
 * the "as of" date (the same as `all` without one). Null when there is no measure at all.
 */
export function statusLine(
  all: SanctionSummary,
  shown: SanctionSummary,
  asOf: string | null,
  locale?: string,
): string | null {
  if (all.measureCount === 0 || all.since === null) return null;
  // "or earlier" when the earliest listing is dated only by when it was first seen.
  const since = (summary: SanctionSummary) =>
    `${formatDate(summary.since ?? undefined, locale)}${summary.sinceAtLatest ? ' or earlier' : ''}`;
  if (asOf === null) return `Sanctioned by ${bodies(all.bodies)} since ${since(all)}`;
  const then = `As of ${formatDate(asOf, locale)}`;
  if (shown.measureCount === 0) return `${then}: not yet sanctioned (first measure ${since(all)})`;
  const later = all.measureCount - shown.measureCount;
  const rest = later > 0 ? ` (${later} later ${later === 1 ? 'measure' : 'measures'} not counted)` : '';
  return `${then}: sanctioned by ${bodies(shown.bodies)} since ${since(shown)}${rest}`;
}

/**
 * For an imported entity the file marks as sanctioned (FtM topic "sanction") but without any listing record:
 * the file says it is sanctioned, not by whom, when or under what. Null otherwise (a listing says more).
 */
export function topicOnlyStatus(
  topics: readonly string[] | undefined,
  sanctionCount: number,
  sourceLists: readonly string[] = [],
): string | null {
  if (sanctionCount > 0 || !(topics ?? []).includes('sanction')) return null;
  // The lists the entity comes from say where to look (eu_fsf is the EU's), not what they impose.
  // At most three by name: an entity with family or owners on many lists can come from a dozen.
  const named = sourceLists.length > 3 ? [...sourceLists.slice(0, 3), `${sourceLists.length - 3} more`] : sourceLists;
  const lists =
    named.length === 0
      ? ''
      : ` It comes from the source ${sourceLists.length === 1 ? 'list' : 'lists'} ${joinAnd(named)}.`;
  return `Marked as sanctioned in the file, which has no sanctions listing for it: by whom, when and under what are not stated.${lists}`;
}

/**
 * A post's title split around its organisation's name when the title already contains it ("Secretary of
 * the XUAR Political and Legal Affairs Committee"), so the name is written once and made the link. Null
 * when the title does not contain it: then the panel writes "title, organisation".
 */
export function splitPostTitle(title: string, organization: string): { before: string; after: string } | null {
  const at = title.toLocaleLowerCase('en').indexOf(organization.toLocaleLowerCase('en'));
  if (at < 0 || organization.trim() === '') return null;
  return { before: title.slice(0, at), after: title.slice(at + organization.length) };
}

/** Facts that tell apart listings that otherwise read alike, in the order tried, and how a row says them. */
const TELLING: readonly (readonly [string, (value: string, locale?: string) => string])[] = [
  ['Listing id', (value) => `listing ${value}`],
  ['UN listing id', (value) => `UN listing ${value}`],
  ['Listing date', (value, locale) => `listed ${formatDate(value, locale)}`],
];

/**
 * For measures whose rows would read the same (date, body, kind, legal basis, program: a file may hold two
 * OFAC records of one target), what tells each apart: the first fact whose values differ for all of them
 * ("listing 45928"), else "one of 3 alike records". Measures that read differently get nothing.
 */
export function tellApart(measures: readonly Measure[], locale?: string): Map<string, string> {
  const groups = new Map<string, Measure[]>();
  for (const m of measures) {
    const key = [m.announced, m.body, m.kind, m.legalBasis, m.program ?? ''].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const telling = TELLING.find(([label]) => {
      const values = group.map((m) => valuesOf(m, label));
      return values.every((v) => v !== '') && new Set(values).size === group.length;
    });
    for (const m of group) {
      out.set(m.id, telling ? telling[1](valuesOf(m, telling[0]), locale) : `one of ${group.length} alike records`);
    }
  }
  return out;
}

function valuesOf(measure: Measure, label: string): string {
  return (measure.facts ?? [])
    .filter((f) => f.label === label)
    .map((f) => f.value)
    .join(', ');
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The program id to write beside a measure's legal basis: none when it is the legal basis itself. */
export function programBeside(measure: Pick<Measure, 'program' | 'legalBasis'>): string | null {
  return measure.program !== undefined && measure.program !== measure.legalBasis ? measure.program : null;
}
