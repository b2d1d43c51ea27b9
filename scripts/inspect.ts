// `npm run inspect -- FILE [--entity NAME]`: what a FollowTheMoney file turns into, for scripts and bug
// reports. Prints JSON: counts by kind and list type, skipped and warned lines; with --entity, the facts the
// entity's panel shows (the first entity whose id, name or alias matches).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importFtmText } from '../src/core/data/ftm/importer.ts';
import { entityReport, findEntities, summariseImport } from '../src/core/data/ftm/inspect.ts';

const USAGE = 'usage: npm run inspect -- FILE [--entity NAME]   (FILE: FollowTheMoney JSON lines, .gz accepted)';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let entity: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === '--entity') {
    entity = args[++i];
    if (entity === undefined) fail('--entity needs a name');
  } else if (arg.startsWith('--entity=')) entity = arg.slice('--entity='.length);
  else if (arg.startsWith('--')) fail(`unknown argument: ${arg}`);
  else if (file === undefined) file = arg;
  else fail(`one file only (got ${file} and ${arg})`);
}
if (file === undefined) fail('missing FILE');

let text: string;
try {
  const bytes = readFileSync(file);
  text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
const { dataset, report } = importFtmText(text, { fileName: basename(file) });
const out: Record<string, unknown> = {
  file: basename(file),
  summary: summariseImport(dataset, report),
  skipped: report.skipped.map((s) => `line ${s.line}: ${s.detail}`),
  warnings: report.warnings.map((w) => `line ${w.line}: ${w.detail}`),
};
if (entity !== undefined) {
  const [found, ...others] = findEntities(dataset, entity);
  if (found === undefined) fail(`no entity matches "${entity}"`);
  out.entity = entityReport(dataset, found);
  if (others.length > 0) out.otherMatches = others.slice(0, 20).map((n) => `${n.name} (${n.id})`);
}
console.log(JSON.stringify(out, null, 2));
