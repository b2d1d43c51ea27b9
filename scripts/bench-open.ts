// `npm run bench:open`: how long a large FtM file takes to open, and how long the page is blocked meanwhile
// (issue 13: a 100,000-entity file opens on the summary in about 3.4 s with no main-thread task over 200 ms).
// Writes a seeded synthetic file (scripts/lib/synthetic.ts), builds and serves the app, and in Debian's
// Chromium chooses the file in the Open data button's file input, as a user does, once per run in a fresh
// page. Prints, as medians over the runs: the time from choosing the file to the summary on screen (and to
// its rankings), the longest main-thread task while opening, and how many tasks took over 200 ms. Writes
// bench-results/open-<entities>.json and .md. Timings, never a test; `--help` for the options.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { median } from './lib/bench/stats.ts';
import { machineInfo, type MachineInfo } from './lib/bench/machine.ts';
import { serveBuiltSite } from './lib/serve.ts';
import { generateFtmLines } from './lib/synthetic.ts';
import { openRun, type OpenRun } from './lib/bench/open.ts';

const USAGE = `npm run bench:open [-- options]
  --entities 100000   FtM entities in the file
  --seed 11           generator seed (11: the file of tests/browser/import.test.ts)
  --runs 5            fresh pages, each opening the file once; figures are medians
  --settle 5          seconds after the summary's rankings show that long tasks are still counted
  --sites A,B         serve these built folders (npm run build's dist/, say) instead of building; with two or
                      more, their runs alternate in one browser, for a before/after under the same load
  --out bench-results where open-<entities>.json and .md go (--no-write: none)`;

interface Options {
  entities: number;
  seed: number;
  runs: number;
  settleMs: number;
  sites: string[];
  outDir: string | null;
}

function parse(argv: readonly string[]): Options {
  const options: Options = { entities: 100_000, seed: 11, runs: 5, settleMs: 5000, sites: [], outDir: 'bench-results' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-write') {
      options.outDir = null;
      continue;
    }
    const value = argv[++i];
    const n = Number(value);
    const whole = () => {
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${arg} needs a positive whole number, got "${value ?? ''}"`);
      return n;
    };
    if (arg === '--entities') options.entities = whole();
    else if (arg === '--seed') options.seed = whole();
    else if (arg === '--runs') options.runs = whole();
    else if (arg === '--settle') options.settleMs = whole() * 1000;
    else if (arg === '--sites' && value !== undefined) options.sites = value.split(',').filter((d) => d !== '');
    else if (arg === '--out' && value !== undefined) options.outDir = value;
    else throw new Error(`unknown option ${arg ?? ''}\n${USAGE}`);
  }
  return options;
}

interface Summary {
  site: string;
  runs: number;
  nodes: number | null;
  summaryMs: number;
  rankingsMs: number;
  longestTaskMs: number;
  longestTaskWorstMs: number;
  tasksOver200: number;
  tasksOver200Total: number;
  /** The same from the trace's CPU times (null: no thread times). */
  longestCpuTaskMs: number | null;
  cpuTasksOver200Total: number | null;
}

function summarise(site: string, runs: OpenRun[]): Summary {
  const longest = (run: OpenRun) => Math.max(0, ...run.tasks.map((t) => t.duration));
  const over200 = (run: OpenRun) => run.tasks.filter((t) => t.duration > 200).length;
  return {
    site,
    runs: runs.length,
    nodes: runs[0]?.nodes ?? null,
    summaryMs: median(runs.map((r) => r.summaryMs)),
    rankingsMs: median(runs.map((r) => r.rankingsMs)),
    longestTaskMs: median(runs.map(longest)),
    longestTaskWorstMs: Math.max(...runs.map(longest)),
    tasksOver200: median(runs.map(over200)),
    tasksOver200Total: runs.reduce((sum, r) => sum + over200(r), 0),
    longestCpuTaskMs: runs.every((r) => r.cpuTasks)
      ? median(runs.map((r) => Math.max(0, ...(r.cpuTasks ?? []))))
      : null,
    cpuTasksOver200Total: runs.every((r) => r.cpuTasks)
      ? runs.reduce((sum, r) => sum + (r.cpuTasks ?? []).filter((ms) => ms > 200).length, 0)
      : null,
  };
}

function table(entities: number, summaries: Summary[]): string {
  const row = (label: string, cell: (s: Summary) => string) => `| ${label} | ${summaries.map(cell).join(' | ')} |`;
  return [
    `| ${entities.toLocaleString('en')} entities (${summaries[0]?.nodes?.toLocaleString('en') ?? '?'} nodes), medians | ${summaries.map((s) => `${s.site} (${s.runs} runs)`).join(' | ')} |`,
    `| --- | ${summaries.map(() => '---:').join(' | ')} |`,
    row('File chosen to summary shown', (s) => `${(s.summaryMs / 1000).toFixed(2)} s`),
    row("File chosen to the summary's rankings", (s) => `${(s.rankingsMs / 1000).toFixed(2)} s`),
    row(
      'Longest main-thread task while opening (worst run)',
      (s) => `${s.longestTaskMs.toFixed(0)} ms (${s.longestTaskWorstMs.toFixed(0)} ms)`,
    ),
    row('Tasks over 200 ms per open (all runs)', (s) => `${s.tasksOver200} (${s.tasksOver200Total})`),
    row('Longest task in main-thread CPU time (tasks over 200 ms, all runs)', (s) =>
      s.longestCpuTaskMs === null
        ? 'no trace times'
        : `${s.longestCpuTaskMs.toFixed(0)} ms (${s.cpuTasksOver200Total})`,
    ),
  ].join('\n');
}

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
let options: Options;
try {
  options = parse(argv);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const folder = mkdtempSync(join(tmpdir(), 'bench-open-'));
const file = join(folder, `synthetic-${options.seed}-${options.entities}.ftm.json`);
writeFileSync(file, [...generateFtmLines({ seed: options.seed, entities: options.entities })].join('\n'));
console.log(`wrote ${options.entities.toLocaleString('en')} entities to ${file}`);

const sites =
  options.sites.length > 0
    ? await Promise.all(
        options.sites.map(async (dir) => ({ label: dir, site: await serveBuiltSite({ build: false, outDir: dir }) })),
      )
    : [{ label: 'this build', site: await serveBuiltSite() }];
const browser = await launchChromium();
const runs = new Map<string, OpenRun[]>(sites.map(({ label }) => [label, []]));
try {
  for (let i = 0; i < options.runs; i++) {
    // Alternating which site goes first, so that neither always follows the other.
    const order = i % 2 === 0 ? sites : [...sites].reverse();
    for (const { label, site } of order) {
      const run = await openRun(browser, site.url, file, options.settleMs);
      runs.get(label)?.push(run);
      console.log(
        `${label}, run ${i + 1}: summary ${run.summaryMs.toFixed(0)} ms, rankings ${run.rankingsMs.toFixed(0)} ms, ` +
          `tasks over 50 ms while opening: ${run.tasks.map((t) => `${t.duration.toFixed(0)}@${t.at.toFixed(0)}`).join(', ') || 'none'}; ` +
          `in CPU time: ${run.cpuTasks?.map((ms) => ms.toFixed(0)).join(', ') ?? 'no trace times'}`,
      );
    }
  }
} finally {
  await browser.close();
  for (const { site } of sites) await site.close();
  rmSync(folder, { recursive: true, force: true });
}

const summaries = sites.map(({ label }) => summarise(label, runs.get(label) ?? []));
const machine: MachineInfo = machineInfo(browser.version(), 'not measured');
const about = `${machine.nproc} cores (${machine.cpuModel}), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}; the machine is shared, so read medians.`;
const text = table(options.entities, summaries);
console.log(`\n${text}\n\n${about}`);
for (const s of summaries) {
  console.log(
    `${s.site}: no main-thread task over 200 ms while opening: ${s.tasksOver200Total === 0 ? 'met' : 'missed'} (in CPU time: ${s.cpuTasksOver200Total === null ? 'not measured' : s.cpuTasksOver200Total === 0 ? 'met' : 'missed'}); summary in about 3.4 s: ${(s.summaryMs / 1000).toFixed(1)} s.`,
  );
}
if (options.outDir) {
  mkdirSync(options.outDir, { recursive: true });
  const base = join(options.outDir, `open-${options.entities}`);
  const all = sites.map(({ label }) => ({ site: label, runs: runs.get(label) ?? [] }));
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ date: new Date().toISOString(), machine, summaries, runs: all }, null, 2)}\n`,
  );
  const each = all
    .flatMap(({ site, runs: list }) =>
      list.map(
        (r, i) =>
          `- ${site}, run ${i + 1}: summary ${r.summaryMs.toFixed(0)} ms; tasks over 50 ms: ${r.tasks.map((t) => t.duration.toFixed(0)).join(', ') || 'none'} ms`,
      ),
    )
    .join('\n');
  writeFileSync(
    `${base}.md`,
    `# Opening a ${options.entities.toLocaleString('en')}-entity FtM file (npm run bench:open)\n\n${new Date().toISOString()}. ${about}\n\n${text}\n\n${each}\n`,
  );
  console.log(`wrote ${base}.json and .md`);
}
