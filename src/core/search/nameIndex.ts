// The name index behind the search box: every node's name, Chinese name and aliases, searchable while
// typing (prefix), despite misspellings (fuzzy) and in Chinese script (characters indexed as n-grams).
import MiniSearch from 'minisearch';
import type { EntityNode, NodeKind } from '../model/schema.ts';
import { nextTask } from '../runToEnd.ts';

/** Which of a node's names a search matched. */
export type NameField = 'name' | 'chineseName' | 'alias';

/** One searchable name of a node. */
interface NameVariant {
  /** Position in NameIndex.variants: the document id in MiniSearch. */
  i: number;
  nodeId: string;
  nodeName: string;
  kind: NodeKind;
  field: NameField;
  text: string;
  note: string | undefined;
  /** Its Latin-script words, folded. */
  words: string[];
}

/** One word of a name, for matching one- and two-letter terms as word starts. */
interface WordStart {
  word: string;
  variant: number;
}

/** A built name index. Opaque: build it once with {@link buildNameIndex}, query it with {@link search}. */
export interface NameIndex {
  readonly engine: MiniSearch<NameVariant>;
  readonly variants: readonly NameVariant[];
  /** Every Latin word of every name, sorted. */
  readonly wordStarts: readonly WordStart[];
}

/** One search result: a node, the name of it that matched best, and how well. */
export interface NameMatch {
  id: string;
  /** The node's display name. */
  name: string;
  kind: NodeKind;
  /** Which of its names matched best. */
  matchedField: NameField;
  /** The text of that name, e.g. "Huo Liuju". */
  matchedText: string;
  /** The alias or Chinese name that matched, so the UI can say "matched alias Huo Liuju"; undefined when the name itself did. */
  matchedAlias: string | undefined;
  /** The alias's note, e.g. "misspelt in article 003". */
  matchedNote: string | undefined;
  /** Higher is better; only meaningful within one query. */
  score: number;
}

/** Options for {@link search}. */
export interface SearchOptions {
  /** Most results returned (default 10). */
  limit?: number;
  /** Only nodes of these kinds. */
  kinds?: readonly NodeKind[];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;

/** Lower case without diacritics: "CHEN" and "Chén" both become "chen". */
function fold(term: string): string {
  return term.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * Splits text into search terms. Latin-script words become one folded term each. A run of Chinese (or
 * other CJK) characters has no spaces to split on, so it becomes character n-grams: when indexing, every
 * character and every pair of neighbours ("陈全国" -> 陈, 全, 国, 陈全, 全国); when querying, the pairs
 * alone (or the single character of a one-character run), so "全国" and "陈全国" both match.
 */
function terms(text: string, mode: 'index' | 'query'): string[] {
  const out: string[] = [];
  for (const word of text.normalize('NFKC').split(SEPARATORS)) {
    if (word === '') continue;
    for (const run of word.split(CJK_RUNS)) {
      if (run === '') continue;
      if (!CJK.test(run)) {
        const folded = fold(run);
        if (folded !== '') out.push(folded);
        continue;
      }
      const chars = [...run];
      if (mode === 'index' || chars.length === 1) out.push(...chars);
      for (let k = 0; k + 1 < chars.length; k++) out.push(`${chars[k]}${chars[k + 1]}`);
    }
  }
  return out;
}

const isCjkTerm = (term: string): boolean => CJK.test(term);

/** Typo tolerance by term length: none below 4 letters, one edit up to 7, two beyond; none for CJK n-grams. */
function fuzziness(term: string): number | false {
  if (isCjkTerm(term) || term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/** Builds the index over every node's name, Chinese name and aliases (each distinct name once per node). */
export function buildNameIndex(nodes: Iterable<EntityNode>): NameIndex {
  const variants: NameVariant[] = [];
  const wordStarts: WordStart[] = [];
  for (const _pause of collectNames(nodes, variants, wordStarts)) {
    // No pauses without a slice size.
  }
  wordStarts.sort(compareWordStarts);
  const engine = createEngine();
  engine.addAll(variants);
  return { engine, variants, wordStarts };
}

/**
 * buildNameIndex in slices of `slice` nodes and names, each its own task, for data opened while the page is
 * in use: the same index, without one long task on a large dataset.
 */
export async function buildNameIndexInSteps(nodes: Iterable<EntityNode>, slice = 2500): Promise<NameIndex> {
  const variants: NameVariant[] = [];
  const collected: WordStart[] = [];
  for (const _pause of collectNames(nodes, variants, collected, slice)) await nextTask();
  // Sorted by first code unit in buckets, a few buckets per task (one sort of every word took up to 0.4 s on
  // a busy machine); buckets in code-unit order, each sorted, are the whole list sorted.
  const buckets = new Map<number, WordStart[]>();
  for (const start of collected) {
    const key = start.word.charCodeAt(0);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(start);
    else buckets.set(key, [start]);
  }
  const wordStarts: WordStart[] = [];
  let sinceTask = Infinity;
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) {
    const bucket = buckets.get(key) ?? [];
    if (sinceTask >= slice * 4) {
      await nextTask();
      sinceTask = 0;
    }
    bucket.sort(compareWordStarts);
    for (const start of bucket) wordStarts.push(start);
    sinceTask += bucket.length;
  }
  const engine = createEngine();
  await engine.addAllAsync(variants, { chunkSize: slice });
  return { engine, variants, wordStarts };
}

const compareWordStarts = (a: WordStart, b: WordStart): number =>
  a.word < b.word ? -1 : a.word > b.word ? 1 : a.variant - b.variant;

/** Collects each node's distinct names (and their words) into the lists, pausing every `slice` nodes. */
function* collectNames(
  nodes: Iterable<EntityNode>,
  variants: NameVariant[],
  wordStarts: WordStart[],
  slice = Infinity,
): Generator<void> {
  let count = 0;
  for (const node of nodes) {
    const seen = new Set<string>();
    const add = (field: NameField, text: string, note?: string): void => {
      const key = fold(text.trim());
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      const words = terms(text, 'query').filter((term) => !isCjkTerm(term));
      const i = variants.length;
      variants.push({ i, nodeId: node.id, nodeName: node.name, kind: node.kind, field, text, note, words });
      for (const word of words) wordStarts.push({ word, variant: i });
    };
    add('name', node.name);
    if (node.chineseName !== undefined) add('chineseName', node.chineseName);
    for (const alias of node.aliases) add('alias', alias.name, alias.note);
    // Identifiers of imported entities (INN, IMO, passport...): a user pastes one to find its holder.
    for (const fact of node.facts ?? []) if (fact.group === 'identifier') add('alias', fact.value, fact.label);
    count += 1;
    if (count % slice === 0) yield;
  }
}

function createEngine(): MiniSearch<NameVariant> {
  return new MiniSearch<NameVariant>({
    idField: 'i',
    fields: ['text'],
    storeFields: [],
    tokenize: (text) => terms(text, 'index'),
    processTerm: (term) => term,
    searchOptions: {
      // search() hands over terms it has already made: split them apart, nothing more.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      prefix: (term) => !isCjkTerm(term),
      fuzzy: (term) => fuzziness(term),
      combineWith: 'OR',
    },
  });
}

/** Longer queries are cut: no name is this long, and fuzzy matching costs grow with term length. */
const MAX_QUERY_LENGTH = 200;

/** Latin terms this short are matched as word starts by the index's own sorted word list, not by MiniSearch. */
const SHORT_TERM = 2;

/**
 * Finds nodes by any of their names, best first, each node once (with the name of it that matched
 * best). Tolerates typos and unfinished words; matches Chinese script in part or in full.
 * An empty query gives no results; only the first 200 characters of a query count.
 *
 * Terms of three letters or more (and Chinese n-grams) are scored by MiniSearch (BM25, prefix, fuzzy).
 * Words of one or two letters would expand to thousands of prefix matches on a large graph, so they
 * are matched against a sorted list of word starts instead: they rank the results of the longer terms,
 * or, when the query has nothing else, choose the results themselves.
 */
export function search(index: NameIndex, query: string, options: SearchOptions = {}): NameMatch[] {
  const limit = options.limit ?? 10;
  if (limit <= 0) return [];
  const queryTerms = terms(query.slice(0, MAX_QUERY_LENGTH), 'query');
  const short = queryTerms.filter((term) => !isCjkTerm(term) && term.length <= SHORT_TERM);
  const long = queryTerms.filter((term) => isCjkTerm(term) || term.length > SHORT_TERM);
  const kinds = options.kinds ? new Set<NodeKind>(options.kinds) : null;
  const allowed = (variant: NameVariant): boolean => !kinds || kinds.has(variant.kind);

  let scored: Scored[] = [];
  if (long.length > 0) {
    const results = index.engine.search(long.join(' '));
    // MiniSearch gives them best first: without short terms to re-rank by, read only up to `limit` nodes
    // (a three-letter prefix can match thousands of names on a large graph).
    if (short.length === 0) return distinctNodes(allowedResults(index, results, allowed), limit);
    for (const result of results) {
      const variant = variantAt(index, result.id);
      if (!allowed(variant)) continue;
      scored.push({ variant, score: result.score * (1 + shortTermScore(variant, short) / 2) });
    }
    scored.sort((a, b) => b.score - a.score);
  }
  if (scored.length === 0 && short.length > 0) {
    // Keep room for several names of one node; widen until enough distinct nodes or nothing was cut.
    for (let keep = limit * 4; ; keep *= 4) {
      const { matches, truncated } = shortTermMatches(index, short, allowed, keep);
      scored = matches;
      if (!truncated || new Set(matches.map((m) => m.variant.nodeId)).size >= limit) break;
    }
  }
  return distinctNodes(scored, limit);
}

/** MiniSearch's results as scored names, in its order, skipping names of kinds not asked for; read lazily. */
function* allowedResults(
  index: NameIndex,
  results: Iterable<{ id: unknown; score: number }>,
  allowed: (variant: NameVariant) => boolean,
): Generator<Scored> {
  for (const result of results) {
    const variant = variantAt(index, result.id);
    if (allowed(variant)) yield { variant, score: result.score };
  }
}

/** The first (best) match of each node, up to `limit` nodes. */
function distinctNodes(scored: Iterable<Scored>, limit: number): NameMatch[] {
  const matches: NameMatch[] = [];
  const seen = new Set<string>();
  for (const { variant, score } of scored) {
    if (seen.has(variant.nodeId)) continue;
    seen.add(variant.nodeId);
    matches.push({
      id: variant.nodeId,
      name: variant.nodeName,
      kind: variant.kind,
      matchedField: variant.field,
      matchedText: variant.text,
      matchedAlias: variant.field === 'name' ? undefined : variant.text,
      matchedNote: variant.note,
      score,
    });
    if (matches.length >= limit) break;
  }
  return matches;
}

/** How well a short term matches one word: 1 for the whole word, less the more of the word it leaves out. */
function wordScore(term: string, word: string): number {
  if (word === term) return 1;
  return word.startsWith(term) ? 0.3 + (0.5 * term.length) / word.length : 0;
}

/** How well short terms match a name: for each term, its best word. */
function shortTermScore(variant: NameVariant, short: readonly string[]): number {
  let total = 0;
  for (const term of short) {
    let best = 0;
    for (const word of variant.words) best = Math.max(best, wordScore(term, word));
    total += best;
  }
  return total;
}

interface Scored {
  variant: NameVariant;
  score: number;
}

/** Best first, then names of fewer words, then shorter names, then index order. */
function compareScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    a.variant.words.length - b.variant.words.length ||
    a.variant.text.length - b.variant.text.length ||
    a.variant.i - b.variant.i
  );
}

/**
 * Names with a word starting with one of the short terms, best first. A one-letter query can touch
 * most of a large index, so only the best `keep` are kept while scanning (no sort of every candidate);
 * the caller asks again with a larger `keep` when names of the same node crowd the list.
 */
function shortTermMatches(
  index: NameIndex,
  short: readonly string[],
  allowed: (variant: NameVariant) => boolean,
  keep: number,
): { matches: Scored[]; truncated: boolean } {
  const marked = new Uint8Array(index.variants.length);
  const candidates: number[] = [];
  for (const term of short) {
    for (let k = lowerBound(index.wordStarts, term); k < index.wordStarts.length; k++) {
      const entry = index.wordStarts[k];
      if (!entry || !entry.word.startsWith(term)) break;
      if (marked[entry.variant] === 0) {
        marked[entry.variant] = 1;
        candidates.push(entry.variant);
      }
    }
  }
  const best: Scored[] = [];
  let truncated = false;
  for (const i of candidates) {
    const variant = index.variants[i];
    if (!variant || !allowed(variant)) continue;
    const first = short[0] !== undefined && variant.words[0]?.startsWith(short[0]) ? 0.1 : 0;
    const candidate = { variant, score: shortTermScore(variant, short) + first };
    const worst = best[best.length - 1];
    if (best.length >= keep && worst && compareScored(candidate, worst) >= 0) {
      truncated = true;
      continue;
    }
    let at = best.length;
    while (at > 0 && compareScored(candidate, best[at - 1] as Scored) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > keep) {
      best.pop();
      truncated = true;
    }
  }
  return { matches: best, truncated };
}

/** First position in the sorted word list whose word is not before `term`. */
function lowerBound(list: readonly WordStart[], term: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const entry = list[mid];
    if (entry !== undefined && entry.word < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function variantAt(index: NameIndex, id: unknown): NameVariant {
  const variant = typeof id === 'number' ? index.variants[id] : undefined;
  if (!variant) throw new Error(`nameIndex: no name variant ${String(id)}`);
  return variant;
}
