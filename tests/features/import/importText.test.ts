// The import dialog's figures: the progress bar's fraction through reading then linking, the text under it,
// and the load report's counts and reasons.
import { describe, expect, it } from 'vitest';
import { importFtmText } from '../../../src/core/data/ftm/importer.ts';
import { REPORT_REASON_LABEL } from '../../../src/core/data/ftm/report.ts';
import type { ImportProgress } from '../../../src/core/data/import/protocol.ts';
import {
  formatBytes,
  progressFigures,
  progressFraction,
  READING_SHARE,
  summariseReport,
} from '../../../src/features/import/importText.ts';
import { readFileSync } from 'node:fs';

const reading = (bytesRead: number, totalBytes: number | null): ImportProgress => ({
  phase: 'reading',
  linesRead: 1200,
  entitiesKept: 1100,
  linked: 0,
  bytesRead,
  totalBytes,
});

describe('progressFraction', () => {
  it('fills up to the reading share while reading, then the rest while linking, never going back', () => {
    const steps: (ImportProgress | null)[] = [
      reading(0, 1000),
      reading(500, 1000),
      reading(1000, 1000),
      { phase: 'linking', linesRead: 1200, entitiesKept: 1100, linked: 0, bytesRead: 1000, totalBytes: 1000 },
      { phase: 'linking', linesRead: 1200, entitiesKept: 1100, linked: 550, bytesRead: 1000, totalBytes: 1000 },
      { phase: 'linking', linesRead: 1200, entitiesKept: 1100, linked: 1100, bytesRead: 1000, totalBytes: 1000 },
    ];
    const fractions = steps.map(progressFraction);
    expect(fractions[0]).toBe(0);
    expect(fractions[1]).toBeCloseTo(READING_SHARE / 2);
    expect(fractions[2]).toBeCloseTo(READING_SHARE);
    expect(fractions[5]).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0);
  });

  it('has no value before the first report, or while reading a download of unknown size', () => {
    expect(progressFraction(null)).toBeNull();
    expect(progressFraction(reading(5000, null))).toBeNull();
    expect(progressFraction(reading(5000, 0))).toBeNull();
  });

  it('stays within 0 and 1 on inconsistent figures', () => {
    expect(progressFraction(reading(2000, 1000))).toBe(READING_SHARE);
    expect(
      progressFraction({ phase: 'linking', linesRead: 1, entitiesKept: 0, linked: 0, bytesRead: 1, totalBytes: 1 }),
    ).toBe(1);
  });
});

describe('progressFigures', () => {
  it('says lines read, entities kept and bytes (of the total when known), and entities linked while linking', () => {
    expect(progressFigures(reading(4_200_000, 20_000_000))).toEqual([
      '1,200 lines read',
      '1,100 entities kept',
      '4.0 MB of 19 MB',
    ]);
    expect(progressFigures(reading(512, null))).toEqual(['1,200 lines read', '1,100 entities kept', '512 B read']);
    const linking = progressFigures({
      phase: 'linking',
      linesRead: 1200,
      entitiesKept: 1100,
      linked: 300,
      bytesRead: 10,
      totalBytes: 10,
    });
    expect(linking.at(-1)).toBe('300 of 1,100 linked');
    expect(progressFigures(null)).toEqual(['Starting…']);
  });

  it('formats bytes in B, KB, MB and GB', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(150 * 1024)).toBe('150 KB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });
});

describe('summariseReport', () => {
  const { report } = importFtmText(readFileSync('tests/fixtures/import/broken.ftm.json', 'utf8'), {
    fileName: 'broken.ftm.json',
  });

  it('puts the counts first: lines read, entities kept, skipped, warnings, then the records', () => {
    const summary = summariseReport(report);
    const counts = Object.fromEntries(summary.counts.map((c) => [c.label, c.value]));
    expect(summary.counts.slice(0, 4).map((c) => c.label)).toEqual([
      'Lines read',
      'Entities kept',
      'Lines skipped',
      'Warnings',
    ]);
    expect(counts['Lines read']).toBe(report.linesRead);
    expect(counts['Entities kept']).toBe(report.entitiesKept);
    expect(counts['Lines skipped']).toBe(report.skipped.length + report.skippedNotListed);
    expect(counts['Nodes']).toBe(report.records.nodes);
  });

  it('lists each reason once with its count and label, most frequent first', () => {
    const summary = summariseReport(report);
    const total = summary.skippedByReason.reduce((sum, r) => sum + r.count, 0);
    expect(total).toBe(summary.skipped);
    expect(summary.skippedByReason[0]?.reason).toBe('badJson');
    expect(summary.skippedByReason[0]?.count).toBe(2);
    for (const r of [...summary.skippedByReason, ...summary.warningsByReason])
      expect(r.label).toBe(REPORT_REASON_LABEL[r.reason]);
    const counts = summary.skippedByReason.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts lines beyond the listed ones', () => {
    const many = { ...report, skippedNotListed: 40, warningsNotListed: 7 };
    const summary = summariseReport(many);
    expect(summary.skipped).toBe(report.skipped.length + 40);
    expect(summary.warnings).toBe(report.warnings.length + 7);
  });
});
