// Reads the JSON that `npm audit` and `npm audit signatures` print into one verdict per check: passed,
// failed (a finding), or unreachable (the registry did not answer: 405 for advisories here, network errors).

export interface CheckResult {
  name: string;
  state: 'passed' | 'failed' | 'unreachable';
  summary: string;
}

interface Output {
  status: number | null;
  stdout: string;
  stderr: string;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UNREACHABLE =
  /\b(405|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|network|audit endpoint returned an error)\b/i;

/** `npm audit --json`: vulnerabilities by severity, or the error that kept it from answering. */
export function classifyAudit(output: Output): CheckResult {
  const name = 'npm audit (known vulnerabilities)';
  const json = parse(output.stdout);
  const error = isRecord(json) && isRecord(json.error) ? json.error : null;
  if (error || (output.status !== 0 && UNREACHABLE.test(output.stderr))) {
    const why =
      isRecord(json) && typeof json.message === 'string'
        ? json.message
        : error && typeof error.summary === 'string' && error.summary !== ''
          ? error.summary
          : (output.stderr.split('\n')[0] ?? '');
    return {
      name,
      state: 'unreachable',
      summary: `the advisory database did not answer (${why.trim() || 'no reply'})`,
    };
  }
  const counts =
    isRecord(json) && isRecord(json.metadata) && isRecord(json.metadata.vulnerabilities)
      ? json.metadata.vulnerabilities
      : null;
  if (!counts) return { name, state: 'unreachable', summary: 'no readable answer from npm audit' };
  const n = (key: string): number => (typeof counts[key] === 'number' ? counts[key] : 0);
  const serious = n('high') + n('critical');
  const summary = `${n('critical')} critical, ${n('high')} high, ${n('moderate')} moderate, ${n('low')} low`;
  return { name, state: serious > 0 ? 'failed' : 'passed', summary };
}

/** `npm audit signatures --json`: packages with invalid or missing signatures, or why it could not check. */
export function classifySignatures(output: Output): CheckResult {
  const name = 'npm audit signatures (package integrity)';
  const json = parse(output.stdout);
  if (isRecord(json) && (Array.isArray(json.invalid) || Array.isArray(json.missing))) {
    const invalid = Array.isArray(json.invalid) ? json.invalid.length : 0;
    const missing = Array.isArray(json.missing) ? json.missing.length : 0;
    return {
      name,
      state: invalid > 0 ? 'failed' : 'passed',
      summary: `${invalid} invalid signatures, ${missing} packages without a signature`,
    };
  }
  const text = `${output.stdout}\n${output.stderr}`;
  if (output.status === 0) return { name, state: 'passed', summary: 'all signatures verified' };
  const error = isRecord(json) && isRecord(json.error) ? json.error : null;
  if (error || UNREACHABLE.test(text)) {
    const why = error && typeof error.summary === 'string' ? error.summary : 'no reply';
    return { name, state: 'unreachable', summary: `the signing keys could not be fetched (${why})` };
  }
  return { name, state: 'failed', summary: text.trim().split('\n').slice(0, 3).join(' ') };
}
