// Command-line options of `npm run bench`, parsed without a library.

export interface BenchOptions {
  sizes: number[];
  /** Frames recorded for each of pan and zoom. */
  frames: number;
  /** Fresh page loads per size and page (the figures are medians over these). */
  repeats: number;
  /** Latency measurements per page load (select, filter, date; search types the name this many times / 2). */
  interactions: number;
  seed: number;
  loadTimeoutMs: number;
  /** Where latest.json and latest.md go; null: write nothing. */
  outDir: string | null;
  /** Measure only these pages. */
  pages: ('app' | 'bare')[];
  /**
   * Other layouts to measure the app with, side by side with its default, at the sizes where they differ (up
   * to the force layout's limit, above which every force layout is the quick arrangement).
   */
  compareLayouts: string[];
  /** The largest size the layouts are compared at (settings.forceLayoutMaxNodes). */
  compareMaxNodes: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [100, 1000, 5000, 20000],
  frames: 300,
  repeats: 3,
  interactions: 4,
  seed: 1,
  loadTimeoutMs: 180_000,
  outDir: 'bench-results',
  pages: ['bare', 'app'],
  compareLayouts: ['fcose'],
  compareMaxNodes: 1000,
};

/** --quick: one load per page, 60 frames, two of each interaction, the three smaller sizes. */
export const QUICK: Partial<BenchOptions> = { sizes: [100, 1000, 5000], frames: 60, repeats: 1, interactions: 2 };

export const USAGE = `npm run bench [-- options]
  --sizes 100,1000,5000,20000   node counts (about twice as many edges)
  --frames 300                  frames recorded for pan and for zoom
  --repeats 3                   page loads per size and page; figures are medians
  --interactions 4              select / filter / date / search measurements per load
  --seed 1                      dataset seed
  --timeout 180                 seconds to wait for a first frame or the end of a layout
  --pages bare,app              which pages to measure
  --compare-layouts fcose       other layouts the app is measured with beside its default, up to 1,000 nodes (none: --compare-layouts '')
  --out bench-results           where latest.json and latest.md go (--no-write: none)
  --quick                       ${JSON.stringify(QUICK)}`;

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive whole number, got "${value ?? ''}"`);
  return n;
}

/** Options from argv (after the script name). Throws with a message on a bad option. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS };
  if (argv.includes('--quick')) Object.assign(options, QUICK);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--quick':
        break;
      case '--sizes':
        options.sizes = value().split(',').map((s) => positiveInt('--sizes', s.trim()));
        break;
      case '--frames':
        options.frames = positiveInt(arg, value());
        break;
      case '--repeats':
        options.repeats = positiveInt(arg, value());
        break;
      case '--interactions':
        options.interactions = positiveInt(arg, value());
        break;
      case '--seed':
        options.seed = positiveInt(arg, value());
        break;
      case '--timeout':
        options.loadTimeoutMs = positiveInt(arg, value()) * 1000;
        break;
      case '--pages': {
        const pages = value().split(',').map((p) => p.trim());
        if (pages.some((p) => p !== 'app' && p !== 'bare')) throw new Error('--pages takes app, bare or both');
        options.pages = pages as ('app' | 'bare')[];
        break;
      }
      case '--compare-layouts': {
        const names = value().split(',').map((p) => p.trim()).filter((p) => p !== '');
        if (names.some((n) => !/^[a-z]+$/.test(n))) throw new Error('--compare-layouts takes layout names such as fcose');
        options.compareLayouts = names;
        break;
      }
      case '--out':
        options.outDir = value();
        break;
      case '--no-write':
        options.outDir = null;
        break;
      default:
        throw new Error(`unknown option ${arg ?? ''}\n${USAGE}`);
    }
  }
  return options;
}
