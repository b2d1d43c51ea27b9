// `npm run export -- --format ftm|csv --out FILE [--data folder]`: writes the dataset as FollowTheMoney
// JSON lines (one entity a line) or the measures as CSV. "--out -" writes to standard output.
import { writeFileSync } from 'node:fs';
import { formatProblem } from '../src/core/data/validate.ts';
import { datasetToFtm, ftmToJsonLines } from '../src/core/data/export/ftm.ts';
import { measuresToCsv } from '../src/core/data/export/csv.ts';
import { checkDataFolder } from './lib/readDataFolder.ts';

const USAGE =
  'usage: npm run export -- --format ftm|csv --out FILE [--data folder]   (FILE "-" is standard output; folder defaults to data/)';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { format: 'ftm' | 'csv'; out: string; data: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const eq = /^--(format|out|data)=(.*)$/.exec(arg);
    if (eq?.[1] !== undefined && eq[2] !== undefined) {
      values.set(eq[1], eq[2]);
      continue;
    }
    const flag = /^--(format|out|data)$/.exec(arg);
    if (flag?.[1] === undefined) fail(`unknown argument: ${arg}`);
    const value = argv[i + 1];
    if (value === undefined || (value.startsWith('--') && value !== '-')) fail(`--${flag[1]} needs a value`);
    values.set(flag[1], value);
    i++;
  }
  const format = values.get('format');
  if (format === undefined) fail('missing --format');
  if (format !== 'ftm' && format !== 'csv') fail(`unknown format "${format}": expected ftm or csv`);
  const out = values.get('out');
  if (out === undefined || out === '') fail('missing --out');
  return { format, out, data: values.get('data') ?? 'data/' };
}

const { format, out, data } = parseArgs(process.argv.slice(2));
const { dataset, problems } = checkDataFolder(data);
if (dataset === null) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`${data}: ${problems.length} problem(s); run npm run data:check -- ${data}`);
  process.exit(1);
}
const text = format === 'ftm' ? ftmToJsonLines(datasetToFtm(dataset)) : measuresToCsv(dataset);
if (out === '-') process.stdout.write(text);
else {
  writeFileSync(out, text);
  const count = format === 'ftm' ? `${text.split('\n').length - 1} entities` : `${dataset.measures.length} measures`;
  console.log(`wrote ${out}: ${count}`);
}
