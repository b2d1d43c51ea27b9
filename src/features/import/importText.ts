// The words and figures of the import dialog: progress as a fraction and as text, and the load report's
// counts. Pure, so that the dialog stays a thin view and these are unit-tested.
import type { ImportProgress } from '../../core/data/import/protocol.ts';
import {
  REPORT_REASON_LABEL,
  type LoadReport,
  type SkipReason,
  type WarningReason,
} from '../../core/data/ftm/report.ts';

/** Share of the bar given to reading the file; linking the entities takes the rest. */
export const READING_SHARE = 0.85;

/** "512 B", "14.2 KB", "20.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/**
 * How far the import is, from 0 to 1: reading fills the bar up to READING_SHARE (bytes read of the file's
 * size), linking the rest (entities placed of those kept). Null when it cannot be told (no progress yet, or a
 * download of unknown size still reading): the bar is then shown as busy without a value.
 */
export function progressFraction(progress: ImportProgress | null): number | null {
  if (!progress) return null;
  if (progress.phase === 'linking') {
    const linked = progress.entitiesKept === 0 ? 1 : progress.linked / progress.entitiesKept;
    return READING_SHARE + (1 - READING_SHARE) * Math.min(1, Math.max(0, linked));
  }
  if (progress.totalBytes === null || progress.totalBytes <= 0) return null;
  return READING_SHARE * Math.min(1, progress.bytesRead / progress.totalBytes);
}

/** The figures under the bar: lines read, entities kept, bytes (and, while linking, entities linked). */
export function progressFigures(progress: ImportProgress | null): string[] {
  if (!progress) return ['Starting…'];
  const bytes =
    progress.totalBytes === null
      ? `${formatBytes(progress.bytesRead)} read`
      : `${formatBytes(progress.bytesRead)} of ${formatBytes(progress.totalBytes)}`;
  const figures = [
    `${formatCount(progress.linesRead)} lines read`,
    `${formatCount(progress.entitiesKept)} entities kept`,
    bytes,
  ];
  if (progress.phase === 'linking')
    figures.push(`${formatCount(progress.linked)} of ${formatCount(progress.entitiesKept)} linked`);
  return figures;
}

export interface ReasonCount<R extends string> {
  reason: R;
  label: string;
  count: number;
}

export interface ReportSummary {
  /** The counts shown first, as label and number. */
  counts: { label: string; value: number }[];
  skipped: number;
  warnings: number;
  skippedByReason: ReasonCount<SkipReason>[];
  warningsByReason: ReasonCount<WarningReason>[];
}

function byCount<R extends string>(counts: Partial<Record<R, number>>): ReasonCount<R>[] {
  return (Object.entries(counts) as [R, number][])
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => ({ reason, label: REPORT_REASON_LABEL[reason as SkipReason | WarningReason], count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}

/** The counts at the top of the load report, and the skipped lines and warnings per reason, most first. */
export function summariseReport(report: LoadReport): ReportSummary {
  const skipped = report.skipped.length + report.skippedNotListed;
  const warnings = report.warnings.length + report.warningsNotListed;
  const { nodes, roles, measures, actions, links } = report.records;
  return {
    counts: [
      { label: 'Lines read', value: report.linesRead },
      { label: 'Entities kept', value: report.entitiesKept },
      { label: 'Lines skipped', value: skipped },
      { label: 'Warnings', value: warnings },
      { label: 'Nodes', value: nodes },
      { label: 'Measures', value: measures },
      { label: 'Actions', value: actions },
      { label: 'Roles', value: roles },
      { label: 'Links', value: links },
    ],
    skipped,
    warnings,
    skippedByReason: byCount(report.skippedCounts),
    warningsByReason: byCount(report.warningCounts),
  };
}
