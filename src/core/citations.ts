// The sources behind what a view shows, as plain text to paste under an article: every source cited by a
// visible node, role, measure (and the action announcing it) or link, once each, articles before references.
import { formatDate } from './graph/dates.ts';
import type { Dataset, Source } from './model/schema.ts';

/** The ids of what is shown: nodes, and edges by record id (roles, measures, links). */
export interface VisibleIds {
  nodes: Iterable<string>;
  edges: Iterable<string>;
}

export interface CitedSources {
  /** Sources of kind "article", by article number, then date and title. */
  articles: Source[];
  /** Every other source, by publisher, then title. */
  references: Source[];
  /** Source ids cited by a visible record that the dataset does not hold (none in validated data). */
  missing: string[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Folds line breaks and runs of spaces so each source stays on one line of the pasted text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Sorts by the given keys in turn, with a locale-aware collation. */
function byKeys<T>(...keys: ((item: T) => string)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = collator.compare(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/**
 * Every source behind the visible nodes and edges, once each: the sources of each visible node, role,
 * measure and link, and of the action each visible measure belongs to. Ids the dataset lacks are ignored.
 */
export function sourcesBehind(dataset: Dataset, visible: VisibleIds): CitedSources {
  const nodeIds = new Set(visible.nodes);
  const edgeIds = new Set(visible.edges);
  const cited = new Set<string>();
  const cite = (ids: readonly string[]): void => {
    for (const id of ids) cited.add(id);
  };
  for (const node of dataset.nodes) if (nodeIds.has(node.id)) cite(node.sources);
  for (const role of dataset.roles) if (edgeIds.has(role.id)) cite(role.sources);
  for (const link of dataset.links) if (edgeIds.has(link.id)) cite(link.sources);
  const actions = new Set<string>();
  for (const measure of dataset.measures) {
    if (!edgeIds.has(measure.id)) continue;
    cite(measure.sources);
    actions.add(measure.action);
  }
  for (const action of dataset.actions) if (actions.has(action.id)) cite(action.sources);

  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const found: Source[] = [];
  const missing: string[] = [];
  for (const id of cited) {
    const source = byId.get(id);
    if (source) found.push(source);
    else missing.push(id);
  }
  const articles = found
    .filter((s) => s.kind === 'article')
    .sort(
      byKeys(
        (s) => s.article ?? '~',
        (s) => s.date ?? '',
        (s) => s.title,
      ),
    );
  const references = found
    .filter((s) => s.kind !== 'article')
    .sort(
      byKeys(
        (s) => s.publisher,
        (s) => s.title,
        (s) => s.id,
      ),
    );
  return { articles, references, missing: missing.sort() };
}

const READER_RANK: Record<Source['kind'], number> = { official: 0, article: 1, reference: 2 };

/**
 * Sources in the order a panel lists them: official documents first (the measure's own record), then
 * the news articles, then other references; otherwise in the order cited.
 */
export function inReaderOrder(sources: readonly Source[]): Source[] {
  return sources
    .map((source, i) => ({ source, i }))
    .sort((a, b) => READER_RANK[a.source.kind] - READER_RANK[b.source.kind] || a.i - b.i)
    .map(({ source }) => source);
}

/** The publisher as a reader sees it: nothing when the data records it as "unknown". */
export function shownPublisher(source: Source): string | null {
  const publisher = oneLine(source.publisher);
  return publisher === '' || publisher.toLowerCase() === 'unknown' ? null : publisher;
}

/** One source as a line of a reference list: title, publisher, date, URL (saying whose copy it leads to). */
export function formatCitation(source: Source): string {
  const parts = [oneLine(source.title)];
  const publisher = shownPublisher(source);
  if (publisher !== null) parts.push(publisher);
  if (source.date !== undefined && source.date !== 'unknown') parts.push(formatDate(source.date, 'en-GB'));
  const line = `${parts.join('. ')}.`;
  if (!source.url) return line;
  const copy = source.copyBy === undefined ? '' : `Copy published by ${oneLine(source.copyBy)}: `;
  return `${line} ${copy}${source.url}`;
}

export interface CitationOptions {
  /** Heading line; default names the dataset and its version. Empty string: no heading. */
  heading?: string;
}

/**
 * The citation list of a view as plain text ready to paste under an article: a heading, then "Articles"
 * and "References" as numbered lists (numbering runs on across both), each source once. When nothing
 * visible cites a source, says so.
 */
export function citationList(dataset: Dataset, visible: VisibleIds, options: CitationOptions = {}): string {
  const { articles, references } = sourcesBehind(dataset, visible);
  const heading =
    options.heading ?? `Sources: ${oneLine(dataset.info.title)} (dataset version ${oneLine(dataset.info.version)})`;
  const lines: string[] = heading === '' ? [] : [heading, ''];
  if (articles.length + references.length === 0) {
    lines.push('Nothing shown cites a source.');
    return `${lines.join('\n')}\n`;
  }
  let number = 0;
  const group = (title: string, sources: readonly Source[]): void => {
    if (sources.length === 0) return;
    if (number > 0) lines.push('');
    lines.push(title);
    for (const source of sources) lines.push(`${++number}. ${formatCitation(source)}`);
  };
  group('Articles', articles);
  group('References', references);
  return `${lines.join('\n')}\n`;
}
