import { useMemo } from 'react';
import { REPORT_REASON_LABEL, type LoadReport, type ReportLine } from '../../core/data/ftm/report.ts';
import { formatCount, summariseReport } from './importText.ts';

function Lines<R extends keyof typeof REPORT_REASON_LABEL>({
  lines,
  more,
  kind,
}: {
  lines: ReportLine<R>[];
  more: number;
  kind: string;
}) {
  return (
    <>
      <ol className="report-lines" data-report-lines={kind}>
        {lines.map((entry, i) => (
          <li key={`${entry.line}-${i}`} data-report-line={entry.line} data-reason={entry.reason}>
            <span className="report-line-no">{entry.line === 0 ? 'file' : `line ${entry.line}`}</span>
            <span className="report-reason">{REPORT_REASON_LABEL[entry.reason]}</span>
            {entry.detail !== '' && <span className="report-detail">{entry.detail}</span>}
          </li>
        ))}
      </ol>
      {more > 0 && <p className="muted">… and {formatCount(more)} more, counted above but not listed.</p>}
    </>
  );
}

/** The load report: counts first, then every skipped line with its number and reason, then the warnings. */
export function LoadReportPanel({ report }: { report: LoadReport }) {
  const summary = useMemo(() => summariseReport(report), [report]);
  return (
    <div className="load-report" data-load-report>
      <dl className="report-counts">
        {summary.counts.map((c) => (
          <div key={c.label} data-count={c.label}>
            <dt>{c.label}</dt>
            <dd>{formatCount(c.value)}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="report-skipped">
        <h3 id="report-skipped">Skipped ({formatCount(summary.skipped)})</h3>
        {summary.skipped === 0 ? (
          <p className="muted">No line was skipped.</p>
        ) : (
          <>
            <ul className="report-reasons" aria-label="Skipped lines by reason">
              {summary.skippedByReason.map((r) => (
                <li key={r.reason} data-skip-reason={r.reason}>
                  <span>{r.label}</span> <strong>{formatCount(r.count)}</strong>
                </li>
              ))}
            </ul>
            <Lines lines={report.skipped} more={report.skippedNotListed} kind="skipped" />
          </>
        )}
      </section>

      <section aria-labelledby="report-warnings">
        <h3 id="report-warnings">Kept, but worth checking ({formatCount(summary.warnings)})</h3>
        {summary.warnings === 0 ? (
          <p className="muted">No warnings.</p>
        ) : (
          <>
            <ul className="report-reasons" aria-label="Warnings by reason">
              {summary.warningsByReason.map((r) => (
                <li key={r.reason} data-warning-reason={r.reason}>
                  <span>{r.label}</span> <strong>{formatCount(r.count)}</strong>
                </li>
              ))}
            </ul>
            <details>
              <summary>Every warning, line by line</summary>
              <Lines lines={report.warnings} more={report.warningsNotListed} kind="warnings" />
            </details>
          </>
        )}
      </section>
    </div>
  );
}
