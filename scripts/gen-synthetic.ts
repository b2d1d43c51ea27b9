// `npx tsx scripts/gen-synthetic.ts --seed 1 --entities 100000 --out file.ftm.json`: writes a seeded synthetic
// FollowTheMoney JSON-lines file; with `--nodes N --format bundle` a dataset bundle for benchmarks instead.
import { closeSync, openSync, writeSync } from 'node:fs';
import { generateDataset, generateFtmLines } from './lib/synthetic.ts';
import { serializeDatasetBundle } from '../src/core/data/import/bundle.ts';

const USAGE = `usage: npx tsx scripts/gen-synthetic.ts [--seed N] [--entities N] [--out FILE]
       npx tsx scripts/gen-synthetic.ts --format bundle [--seed N] [--nodes N] [--out FILE]
  --seed      PRNG seed (default 1): the same seed writes the same file
  --entities  FtM entities to write (default 1000)
  --nodes     nodes of a bundle (default 1000; about twice as many edges)
  --format    ftm (default: JSON lines) or bundle (our dataset format, one JSON object)
  --out       output file (default: standard output)`;

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`--${name} needs a value\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

function count(name: string, fallback: string): number {
  const value = Number(option(name, fallback));
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const seed = count('seed', '1');
const format = option('format', 'ftm');
const out = option('out', '-');
const fd = out === '-' ? 1 : openSync(out, 'w');

if (format === 'bundle') {
  const nodes = count('nodes', '1000');
  writeSync(fd, serializeDatasetBundle(generateDataset({ seed, nodes })));
} else if (format === 'ftm') {
  const entities = count('entities', '1000');
  let batch: string[] = [];
  for (const line of generateFtmLines({ seed, entities })) {
    batch.push(line);
    if (batch.length === 2000) {
      writeSync(fd, `${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) writeSync(fd, `${batch.join('\n')}\n`);
} else {
  console.error(`unknown --format ${format}\n${USAGE}`);
  process.exit(2);
}
if (fd !== 1) {
  closeSync(fd);
  console.error(`wrote ${out}`);
}
