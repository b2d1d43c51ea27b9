// The load report of an import: how many lines were read and entities kept, and every line skipped or
// changed with its line number and reason, so that bad input never loses anything silently.

/** Why a line or entity was left out of the dataset. */
export const SKIP_REASONS = [
  'badJson',
  'notAnObject',
  'missingId',
  'missingSchema',
  'unknownSchema',
  'unsupportedSchema',
  'duplicateId',
  'missingReference',
  'danglingReference',
  'undatedSanction',
  'lineTooLong',
  'unattachedFact',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Things kept but changed or guessed on the way in: the report lists them so that a reader can check. */
export const WARNING_REASONS = [
  'unknownAuthority',
  'missingAuthority',
  'guessedMeasureKind',
  'inferredDate',
  'placeholderDate',
  'invalidDate',
  'mergedFragments',
  'noName',
  'renamedId',
  'ignoredValues',
  'unknownProperty',
  'unsupportedSchemaCount',
  'nestedEntity',
  'missingAddress',
] as const;
export type WarningReason = (typeof WARNING_REASONS)[number];

/** Human labels for the report's headings. */
export const REPORT_REASON_LABEL: Record<SkipReason | WarningReason, string> = {
  badJson: 'Not valid JSON',
  notAnObject: 'Not a JSON object',
  missingId: 'Entity without an id',
  missingSchema: 'Entity without a schema',
  unknownSchema: 'Not a FollowTheMoney schema',
  unsupportedSchema: 'FollowTheMoney schema not shown in this graph',
  duplicateId: 'Same id as an earlier entity of another schema',
  missingReference: 'Relationship missing one of its ends',
  danglingReference: 'Refers to an entity not in the file (or skipped)',
  undatedSanction: 'Sanction without any date',
  lineTooLong: 'Line too long to be one entity',
  unattachedFact: 'Address or identity document of no entity in the file',
  unknownAuthority: 'Authority not in the table: a body of its own',
  missingAuthority: 'Sanction without an authority',
  guessedMeasureKind: 'Measure kind not stated: shown as a listing',
  inferredDate: 'Date taken from first_seen',
  placeholderDate: 'No date: placeholder used',
  invalidDate: 'Date left out (not a date, or out of order)',
  mergedFragments: 'Fragments of one entity merged',
  noName: 'Entity without a name',
  renamedId: 'Id rewritten to fit the id format',
  ignoredValues: 'Extra values kept only in notes',
  unknownProperty: 'Property not in the FtM model: kept as a fact',
  unsupportedSchemaCount: 'Entities of a schema not shown, by schema',
  nestedEntity: 'Entities nested in another entity, read as their own',
  missingAddress: 'Address entity referred to but not in the file',
};

export interface ReportLine<R extends string> {
  /** 1-based line number in the file; 0 when the entry concerns the file as a whole. */
  line: number;
  reason: R;
  detail: string;
}

export interface LoadReport {
  /** Physical lines read, blank ones included. */
  linesRead: number;
  blankLines: number;
  /** Lines that held a FollowTheMoney entity (well-formed, known schema). */
  entitiesRead: number;
  /** Entities that made it into the dataset (as a node, an edge, or a post's title). */
  entitiesKept: number;
  /** The first `listLimit` skipped lines, in file order. */
  skipped: ReportLine<SkipReason>[];
  /** Skipped lines beyond the listed ones. */
  skippedNotListed: number;
  /** Skipped lines per reason (all of them, listed or not). */
  skippedCounts: Partial<Record<SkipReason, number>>;
  warnings: ReportLine<WarningReason>[];
  warningsNotListed: number;
  warningCounts: Partial<Record<WarningReason, number>>;
  /** Records in the resulting dataset. */
  records: { nodes: number; roles: number; measures: number; actions: number; links: number };
}

export const DEFAULT_LIST_LIMIT = 1000;

/** Collects report lines, listing at most `listLimit` of each sort and counting the rest. */
export class ReportBuilder {
  linesRead = 0;
  blankLines = 0;
  entitiesRead = 0;
  private readonly skipped: ReportLine<SkipReason>[] = [];
  private readonly warnings: ReportLine<WarningReason>[] = [];
  private readonly skippedCounts: Partial<Record<SkipReason, number>> = {};
  private readonly warningCounts: Partial<Record<WarningReason, number>> = {};
  private skippedTotal = 0;
  private warningsTotal = 0;

  constructor(private readonly listLimit = DEFAULT_LIST_LIMIT) {}

  skip(line: number, reason: SkipReason, detail: string): void {
    this.skippedTotal++;
    this.skippedCounts[reason] = (this.skippedCounts[reason] ?? 0) + 1;
    if (this.skipped.length < this.listLimit) this.skipped.push({ line, reason, detail });
  }

  warn(line: number, reason: WarningReason, detail: string): void {
    this.warningsTotal++;
    this.warningCounts[reason] = (this.warningCounts[reason] ?? 0) + 1;
    if (this.warnings.length < this.listLimit) this.warnings.push({ line, reason, detail });
  }

  /** Skipped entities so far (lines that were FtM entities but left out). */
  get skippedCount(): number {
    return this.skippedTotal;
  }

  build(entitiesKept: number, records: LoadReport['records']): LoadReport {
    const byLine = <R extends string>(a: ReportLine<R>, b: ReportLine<R>) => a.line - b.line;
    return {
      linesRead: this.linesRead,
      blankLines: this.blankLines,
      entitiesRead: this.entitiesRead,
      entitiesKept,
      skipped: [...this.skipped].sort(byLine),
      skippedNotListed: this.skippedTotal - this.skipped.length,
      skippedCounts: { ...this.skippedCounts },
      warnings: [...this.warnings].sort(byLine),
      warningsNotListed: this.warningsTotal - this.warnings.length,
      warningCounts: { ...this.warningCounts },
      records,
    };
  }
}

/** Report lines as text, counts first: what a user reads under "What was skipped". */
export function formatReport(report: LoadReport): string {
  const out = [
    `${report.linesRead} lines read, ${report.entitiesKept} entities kept, ` +
      `${report.skipped.length + report.skippedNotListed} skipped, ` +
      `${report.warnings.length + report.warningsNotListed} warnings.`,
  ];
  for (const [reason, count] of Object.entries(report.skippedCounts) as [SkipReason, number][]) {
    out.push(`  skipped ${count}: ${REPORT_REASON_LABEL[reason]}`);
  }
  for (const [reason, count] of Object.entries(report.warningCounts) as [WarningReason, number][]) {
    out.push(`  warning ${count}: ${REPORT_REASON_LABEL[reason]}`);
  }
  for (const s of report.skipped) out.push(`line ${s.line}: skipped: ${s.detail}`);
  if (report.skippedNotListed > 0) out.push(`... and ${report.skippedNotListed} more skipped lines`);
  for (const w of report.warnings) out.push(`line ${w.line}: ${w.detail}`);
  if (report.warningsNotListed > 0) out.push(`... and ${report.warningsNotListed} more warnings`);
  return out.join('\n');
}
