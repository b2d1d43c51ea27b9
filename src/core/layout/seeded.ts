// Seeded numbers for layouts: nothing a layout computes may depend on Math.random, so that the same graph lays
// out alike on any machine and a shared link needs no positions but the dragged ones.

/** mulberry32: a tiny, good-enough generator of numbers in [0, 1) from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs fn (synchronously) with Math.random replaced by a seeded generator, then restores it: Noverlap nudges
 * nodes that sit exactly on each other by a random amount.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
