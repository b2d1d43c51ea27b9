// The limits that keep a tab alive whatever it is asked to open: one home, so the import, the confirmation
// for data from a link and the docs read the same numbers. A caller may lower or raise one (the user can raise
// the download limit in the confirmation); resolveLimits keeps the result within sane bounds.

export interface ImportLimits {
  /** Bytes read from a file or a download (and after decompression) before the read stops. */
  maxBytes: number;
  /** Entities kept before the read stops: what was read is shown. */
  maxEntities: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ImportLimits> = {
  maxBytes: 200 * MB,
  maxEntities: 300_000,
};

/** The largest download a user can ask for in the confirmation (a tab would not survive much more). */
export const MAX_BYTES_CEILING = 2048 * MB;

/** Limits with defaults filled in; a value that is not a positive number falls back to its default. */
export function resolveLimits(partial: Partial<ImportLimits> = {}): ImportLimits {
  const pick = (value: number | undefined, fallback: number, ceiling: number): number =>
    value !== undefined && Number.isFinite(value) && value > 0 ? Math.min(Math.floor(value), ceiling) : fallback;
  return {
    maxBytes: pick(partial.maxBytes, DEFAULT_LIMITS.maxBytes, MAX_BYTES_CEILING),
    maxEntities: pick(partial.maxEntities, DEFAULT_LIMITS.maxEntities, 10_000_000),
  };
}

/** "200 MB", "1.5 GB", "12 kB": a size for a reader. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1).replace(/\.0$/, '')} GB`;
  if (bytes >= MB) return `${Math.round(bytes / MB).toLocaleString('en')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
