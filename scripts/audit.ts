// `npm run audit`: checks the dependencies where the sources answer. `npm audit` asks the registry's advisory
// database about every package in the lockfile; `npm audit signatures` checks the registry signatures and
// provenance of what is installed. A source that cannot be reached is said by name and does not fail the run;
// a finding does (exit 1).
import { spawnSync } from 'node:child_process';
import { classifyAudit, classifySignatures, type CheckResult } from './lib/auditResults.ts';

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', args, { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const checks: CheckResult[] = [
  classifyAudit(run(['audit', '--json', '--audit-level=high'])),
  classifySignatures(run(['audit', 'signatures', '--json'])),
];
for (const check of checks) console.log(`${check.name}: ${check.state.toUpperCase()}: ${check.summary}`);
const unreachable = checks.filter((c) => c.state === 'unreachable').map((c) => c.name);
if (unreachable.length > 0) console.log(`Not checked (source unreachable): ${unreachable.join(', ')}.`);
process.exit(checks.some((c) => c.state === 'failed') ? 1 : 0);
