// npm run audit: a finding fails, an unreachable source is named and does not fail.
import { describe, expect, it } from 'vitest';
import { classifyAudit, classifySignatures } from '../../scripts/lib/auditResults.ts';

const metadata = (counts: Record<string, number>) =>
  JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe('npm audit results', () => {
  it('fails on a high or critical advisory, passes on moderate ones', () => {
    expect(classifyAudit({ status: 1, stdout: metadata({ high: 2 }), stderr: '' }).state).toBe('failed');
    const moderate = classifyAudit({ status: 1, stdout: metadata({ moderate: 3 }), stderr: '' });
    expect(moderate).toMatchObject({ state: 'passed', summary: '0 critical, 0 high, 3 moderate, 0 low' });
  });

  it('says the advisory database did not answer (405 from this registry)', () => {
    const stdout = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    const result = classifyAudit({ status: 1, stdout, stderr: 'npm error audit endpoint returned an error' });
    expect(result.state).toBe('unreachable');
    expect(result.summary).toContain('405 Method Not Allowed');
  });

  it('reads signatures: invalid fails, unreachable keys are named', () => {
    expect(
      classifySignatures({ status: 1, stdout: JSON.stringify({ invalid: [{}], missing: [] }), stderr: '' }).state,
    ).toBe('failed');
    expect(
      classifySignatures({ status: 0, stdout: JSON.stringify({ invalid: [], missing: [] }), stderr: '' }).state,
    ).toBe('passed');
    const offline = JSON.stringify({
      error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND tuf-repo-cdn.sigstore.dev' },
    });
    expect(classifySignatures({ status: 1, stdout: offline, stderr: '' })).toMatchObject({ state: 'unreachable' });
  });
});
