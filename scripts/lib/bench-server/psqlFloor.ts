// The floor under each API figure: the very statements a request ran, with their parameters written in as
// literals, timed by psql's \timing on the PostgreSQL server (no driver, no HTTP, no JSON).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { TRIGRAM_SETTINGS } from '../../../server/db/types.ts';

export interface Statement {
  sql: string;
  params: readonly unknown[];
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`));
    return quote(`{${items.join(',')}}`);
  }
  return quote(String(value));
}

/** The statement with $1, $2... replaced by literals (highest first, so $1 never eats the start of $10). */
export function inlineParams(statement: Statement): string {
  let sql = statement.sql;
  for (let i = statement.params.length; i >= 1; i--) sql = sql.replaceAll(`$${i}`, literal(statement.params[i - 1]));
  return `${sql};`;
}

/** Runs each request's statements in one psql session; returns each request's summed server time in ms. */
export function psqlTimes(url: string, requests: readonly Statement[][], scriptPath: string): number[] {
  const settings = Object.entries(TRIGRAM_SETTINGS).map(([name, value]) => `SET ${name} = ${value};`);
  const lines = [...settings, '\\timing on', '\\o /dev/null'];
  requests.forEach((statements, i) => {
    lines.push(`\\echo REQUEST ${i}`);
    for (const statement of statements) lines.push(inlineParams(statement));
  });
  writeFileSync(scriptPath, `${lines.join('\n')}\n`);
  const out = execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-f', scriptPath], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const times = requests.map(() => 0);
  let current = -1;
  for (const line of out.split('\n')) {
    const request = /^REQUEST (\d+)$/.exec(line);
    if (request) current = Number(request[1]);
    const time = /^Time: ([\d.]+) ms/.exec(line);
    if (time && current >= 0) times[current] = (times[current] ?? 0) + Number(time[1]);
  }
  return times;
}
