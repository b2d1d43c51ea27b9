// `npm run data:check [-- folder...]`: validates dataset folders (default data/), then the publishing rules
// (readerText.ts: no working notes in reader text, https source addresses), and prints every problem
// as "data/nodes.json: chen-quanguo: sources: ...", exiting 1; or one summary line per folder, exiting 0.
import { join } from 'node:path';
import { readerTextProblems } from '../src/core/data/readerText.ts';
import { formatProblem } from '../src/core/data/validate.ts';
import { checkDataFolder } from './lib/readDataFolder.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run data:check [-- folder...]   (default: data/)');
  process.exit(0);
}
const folders = args.length > 0 ? args : ['data/'];
let failed = false;
for (const folder of folders) {
  const checked = checkDataFolder(folder);
  // A dataset that validates must also be publishable: reader text without working notes, https addresses.
  const problems = checked.dataset === null ? checked.problems : readerTextProblems(checked.dataset);
  const dataset = problems.length === 0 ? checked.dataset : null;
  if (dataset === null || problems.length > 0) {
    failed = true;
    for (const problem of problems) {
      console.log(formatProblem({ ...problem, file: problem.file === '' ? folder : join(folder, problem.file) }));
    }
    console.log(`${folder}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  } else {
    const counts = [
      [dataset.sources.length, 'sources'],
      [dataset.nodes.length, 'nodes'],
      [dataset.roles.length, 'roles'],
      [dataset.actions.length, 'actions'],
      [dataset.measures.length, 'measures'],
      [dataset.links.length, 'links'],
    ] as const;
    console.log(
      `${folder}: OK, ${dataset.info.id} version ${dataset.info.version}: ${counts.map(([n, what]) => `${n} ${what}`).join(', ')}`,
    );
  }
}
process.exit(failed ? 1 : 0);
