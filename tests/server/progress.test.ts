import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../server/ingest/progress.ts';

describe('formatProgress', () => {
  it('shows the share read, the rate and the time left', () => {
    const line = formatProgress(
      { stage: 'load', entities: 400_000, lines: 400_000, bytesRead: 40, totalBytes: 100, elapsedMs: 40_000 },
      10,
    );
    expect(line).toBe('[####------]   40%  400,000 entities  10,000/s  ETA 01:00');
  });

  it('has no ETA before anything is read, and says when it is indexing', () => {
    expect(
      formatProgress({ stage: 'load', entities: 0, lines: 0, bytesRead: 0, totalBytes: 100, elapsedMs: 0 }, 4),
    ).toBe('[----]    0%  0 entities  0/s  ETA --:--');
    expect(
      formatProgress({ stage: 'index', entities: 5, lines: 5, bytesRead: 1, totalBytes: 1, elapsedMs: 1 }),
    ).toMatch(/building indexes .* 5 entities/);
  });
});
