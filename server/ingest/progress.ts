// The terminal's progress line while importing: a bar, the share of the file read, entities, rate and ETA.
import type { IngestProgress } from './ingest.ts';

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * One line such as `[########------------]  40%  400,000 entities  9,850/s  ETA 01:01`. The share is of
 * the bytes read (compressed bytes for gzip), so the ETA holds for any file size.
 */
export function formatProgress(progress: IngestProgress, width = 24): string {
  if (progress.stage === 'index') {
    return `building indexes and the summary for ${progress.entities.toLocaleString('en')} entities...`;
  }
  const share = progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : 0;
  const filled = Math.round(share * width);
  const seconds = progress.elapsedMs / 1000;
  const rate = seconds > 0 ? progress.entities / seconds : 0;
  const eta = share > 0 ? (seconds / share) * (1 - share) : Number.NaN;
  return [
    `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`,
    `${String(Math.floor(share * 100)).padStart(3)}%`,
    `${progress.entities.toLocaleString('en')} entities`,
    `${Math.round(rate).toLocaleString('en')}/s`,
    `ETA ${clock(eta)}`,
  ].join('  ');
}
