// `npm run bench`: the app against a bare Cytoscape.js page on seeded synthetic data of several sizes, in
// headless Debian Chromium. Prints the table (app, bare, app / bare) and writes bench-results/latest.json
// and latest.md. See docs/benchmarks.md for what each figure means; `--help` for the options.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchArgs, USAGE } from './lib/bench/options.ts';
import {
  checkTargets,
  layoutsTable,
  machineLines,
  problemLines,
  sizeTable,
  targetsTable,
  toMarkdown,
} from './lib/bench/report.ts';
import { runBench } from './lib/bench/run.ts';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

let options;
try {
  options = parseBenchArgs(argv);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const started = Date.now();
const results = await runBench(options);
console.log('');
console.log(machineLines(results));
for (const size of results.sizes) {
  console.log(`\n${sizeTable(size)}`);
  const layouts = layoutsTable(size);
  if (layouts) console.log(`\n${layouts}`);
}
console.log(`\n${targetsTable(checkTargets(results))}`);
const problems = problemLines(results);
if (problems.length) console.log(`\nProblems during the run:\n${problems.join('\n')}`);
if (options.outDir) {
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.outDir, 'latest.md'), toMarkdown(results));
  console.log(`\nwrote ${join(options.outDir, 'latest.json')} and latest.md`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
