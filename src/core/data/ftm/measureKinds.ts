// Measure kinds read from a Sanction's text: each provision keeps its text and gets a kind only where one
// matches; the measure's kind is the weightiest kind found, or "listing" (kind not stated). Never guessed
// from the authority or the schema name.
import { MEASURE_KIND_LABEL } from '../../model/labels.ts';
import type { MeasureKind } from '../../model/schema.ts';

/**
 * Measure kinds recognised in a provision, program or program id, tried in this order; the first pattern
 * that matches a text gives its kind. Ukrainian, Russian and Japanese asset-freeze wording is matched too.
 */
export const MEASURE_KIND_RULES: readonly { kind: MeasureKind; pattern: RegExp }[] = [
  { kind: 'counterSanction', pattern: /counter[- ]?(sanction|measure)|retaliat|anti-foreign sanction|\bcn-cml\b|反制/i },
  { kind: 'exportBlacklisting', pattern: /entity list|\bbis-el\b|\bexport|end[- ]user|military end|unverified list/i },
  { kind: 'investmentBan', pattern: /\bns-cmic\b|\bcmic\b|military-industrial complex|invest|securities|1260h/i },
  { kind: 'importBan', pattern: /\bimports?\b|forced labou?r|\buflpa\b|withhold release/i },
  { kind: 'visaBan', pattern: /\bvisa|travel|entry ban|from entering|admission|inadmissib|7031/i },
  {
    kind: 'blocking',
    pattern: /asset freeze|\bfreez|\bblock|\bsdn\b|\bsdgt\b|glomag|magnitsky|financial sanction|\bproperty\b|блокування активів|блокирование активов|資産凍結/i,
  },
];

/** Which kind names a measure when its provisions name several: the weightiest first. */
const PRECEDENCE: readonly MeasureKind[] = [
  'counterSanction',
  'blocking',
  'investmentBan',
  'exportBlacklisting',
  'importBan',
  'visaBan',
];

const KIND_BY_LABEL = (Object.entries(MEASURE_KIND_LABEL) as [MeasureKind, string][])
  .filter(([kind]) => kind !== 'listing')
  .map(([kind, label]) => ({ kind, label: label.toLowerCase() }));

/** The kind whose label a text starts with, as our own export writes provisions ("Visa ban under ..."). */
export function labelKind(text: string): MeasureKind | undefined {
  const lower = text.trim().toLowerCase();
  return KIND_BY_LABEL.find((k) => lower.startsWith(k.label))?.kind;
}

/** The kind of a provisions or program text: its label's kind, else the first matching rule; or undefined. */
export function kindOfText(text: string): MeasureKind | undefined {
  return labelKind(text) ?? MEASURE_KIND_RULES.find((rule) => rule.pattern.test(text))?.kind;
}

export interface SanctionText {
  provisions: readonly string[];
  /** `programId` and `program` values. */
  programs: readonly string[];
  /** The Sanction's own topics. */
  topics: readonly string[];
  /** The target's topics. */
  targetTopics: readonly string[];
}

export interface KindReading {
  kind: MeasureKind;
  /** Every provision, with its kind where one matches. */
  provisions: { text: string; kind?: MeasureKind }[];
  /** False when nothing stated a kind ("listing"). */
  stated: boolean;
}

/**
 * The kind of one Sanction, in this order:
 * 1. the Sanction's topics include `sanction.counter`, or a provision or program reads as a counter-measure;
 * 2. the kinds its provisions state (our export's labels, else MEASURE_KIND_RULES): the weightiest of them;
 * 3. the kind its program id or program text states;
 * 4. the target's topics include `sanction.counter` (and nothing above said otherwise);
 * 5. otherwise "listing": kind not stated. Never an asset freeze by default.
 */
export function readMeasureKind(text: SanctionText): KindReading {
  const provisions = text.provisions.map((p) => {
    const kind = kindOfText(p);
    return kind === undefined ? { text: p } : { text: p, kind };
  });
  const found = new Set(provisions.map((p) => p.kind).filter((k) => k !== undefined));
  const counter = MEASURE_KIND_RULES[0]?.pattern;
  const programText = text.programs.join(' ');
  if (text.topics.includes('sanction.counter') || (counter !== undefined && counter.test(programText))) {
    return { kind: 'counterSanction', provisions, stated: true };
  }
  const weightiest = PRECEDENCE.find((k) => found.has(k));
  if (weightiest !== undefined) return { kind: weightiest, provisions, stated: true };
  const fromProgram = text.programs.map(kindOfText).find((k) => k !== undefined);
  if (fromProgram !== undefined) return { kind: fromProgram, provisions, stated: true };
  if (text.targetTopics.includes('sanction.counter')) return { kind: 'counterSanction', provisions, stated: true };
  return { kind: 'listing', provisions, stated: false };
}
