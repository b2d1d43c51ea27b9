import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  certainlyBefore,
  formatProblem,
  impossibleDate,
  validateDataset,
  type DataProblem,
} from '../../../src/core/data/validate.ts';
import { loadBundledDataset } from '../../../src/core/data/bundled.ts';
import { checkDataFolder, readDataFolder } from '../../../scripts/lib/readDataFolder.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures');
const broken = join(fixtures, 'broken');
const validSmall = join(fixtures, 'valid-small');

/** The one problem each broken fixture must produce, exactly. */
const EXPECTED: Record<string, DataProblem> = {
  'duplicate-id': { file: 'nodes.json', record: 'xpsb', field: 'id', message: 'duplicate id: already used by nodes.json #4' },
  'duplicate-edge-id': { file: 'links.json', record: 'zhu-hailun', field: 'id', message: 'duplicate id: already used by nodes.json #1' },
  'dangling-reference': {
    file: 'measures.json', record: 'm-2020-07-09-treasury-xpsb', field: 'target',
    message: 'unknown node "xinjiang-psb": no record in nodes.json has this id',
  },
  'dangling-source': {
    file: 'roles.json', record: 'r-zhu-hailun-xuar-party-committee', field: 'sources',
    message: 'unknown source "treasury-sm1056": no record in sources.json has this id',
  },
  'dangling-responds-to': {
    file: 'actions.json', record: 'act-2021-03-27-mfa', field: 'respondsTo',
    message: 'unknown action "act-2020-07-09-treasry": no record in actions.json has this id',
  },
  'impossible-date': {
    file: 'measures.json', record: 'm-2021-03-27-mfa-gayle-manchin', field: 'announced',
    message: '2021-02-30 is not a real date: February 2021 has 28 days',
  },
  'bad-date-format': {
    file: 'actions.json', record: 'act-2020-07-09-state', field: 'date',
    message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  },
  'end-before-start': {
    file: 'roles.json', record: 'r-chen-quanguo-xuar-party-committee', field: 'end',
    message: 'end 2015-12-25 is before start 2016-08-29',
  },
  'effective-before-announced': {
    file: 'measures.json', record: 'm-2021-12-10-treasury-sensetime-investment', field: 'effective',
    message: 'effective 2021-12-01 is before announced 2021-12-10',
  },
  'unknown-kind': {
    file: 'nodes.json', record: 'sensetime', field: 'kind',
    message: 'unknown kind "corporation": expected one of person, agency, company, sanctioningBody, organization, group, asset',
  },
  'missing-sources': {
    file: 'nodes.json', record: 'european-institute-justo', field: 'sources',
    message: 'missing: every record cites at least one source',
  },
  'empty-sources': {
    file: 'measures.json', record: 'm-2020-07-09-treasury-xpsb', field: 'sources',
    message: 'every record cites at least one source',
  },
  'missing-field': {
    file: 'nodes.json', record: 'zhu-hailun', field: 'name',
    message: 'missing: this field is required (expected string)',
  },
  'unknown-field': {
    file: 'measures.json', record: 'm-2020-07-09-state-chen-quanguo', field: 'efective',
    message: 'unknown field: not part of the schema (a typo?)',
  },
  'body-not-sanctioning': {
    file: 'measures.json', record: 'm-2021-03-27-mfa-gayle-manchin', field: 'body',
    message: '"uscirf" is an agency, but a measure\'s body must be a sanctioning body',
  },
  'role-person-not-person': {
    file: 'roles.json', record: 'r-gayle-manchin-uscirf', field: 'person',
    message: '"xpsb" is an agency, but a role is held by a person',
  },
  'action-body-not-sanctioning': {
    file: 'actions.json', record: 'act-2019-10-08-state', field: 'body',
    message: '"xuar-party-committee" is an agency, but an action is announced by a sanctioning body',
  },
  'measure-body-not-action-body': {
    file: 'measures.json', record: 'm-2020-07-09-state-chen-quanguo', field: 'body',
    message: '"us-treasury" is not the body of its action act-2020-07-09-state ("us-state"): a measure shares its action\'s body',
  },
  'measure-date-not-action-date': {
    file: 'measures.json', record: 'm-2020-07-09-treasury-xpsb', field: 'announced',
    message: 'announced 2020-07-19 differs from the date of its action act-2020-07-09-treasury (2020-07-09)',
  },
  'not-an-array': { file: 'roles.json', record: '', field: '', message: 'expected a JSON array of records, found an object' },
  'missing-file': { file: 'measures.json', record: '', field: '', message: 'file is missing' },
  'invalid-json': {
    file: 'nodes.json', record: '', field: '',
    message: "invalid JSON at line 155, column 4: a comma before ']': JSON allows no trailing comma",
  },
};

const brokenFolders = readdirSync(broken, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('validateDataset', () => {
  it('accepts the small valid fixture with every kind of node and edge', () => {
    const { dataset, problems } = checkDataFolder(validSmall);
    expect(problems).toEqual([]);
    expect(dataset).not.toBeNull();
    expect(new Set(dataset?.nodes.map((n) => n.kind))).toEqual(
      new Set(['person', 'agency', 'company', 'sanctioningBody', 'organization', 'group']),
    );
    expect(dataset?.links).toHaveLength(1);
  });

  it('has an expected problem for every broken fixture, and a fixture for every expectation', () => {
    expect(brokenFolders).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(brokenFolders)('reports exactly the one mistake in broken/%s', (name) => {
    const { dataset, problems } = checkDataFolder(join(broken, name));
    expect(dataset).toBeNull();
    expect(problems).toEqual([EXPECTED[name]]);
  });

  it('reports every problem of a file with many mistakes, not just the first', () => {
    const files = readDataFolder(validSmall).files;
    const nodes = structuredClone(files['nodes.json']) as Record<string, unknown>[];
    const measures = structuredClone(files['measures.json']) as Record<string, unknown>[];
    nodes.push({ ...nodes[0], name: 'Chen again' }); // duplicate id
    nodes.push({ id: 'x', kind: 'robot', name: 'X', description: 'd', sources: [] }); // unknown kind + no sources
    measures.push({ ...measures[1], id: 'm-new', target: 'nobody', body: 'xpsb', announced: '2019-02-29', sources: ['nowhere'] });
    const { dataset, problems } = validateDataset({ ...files, 'nodes.json': nodes, 'measures.json': measures });
    expect(dataset).toBeNull();
    expect(problems.map(formatProblem).sort()).toEqual([
      'measures.json: m-new: announced: 2019-02-29 is not a real date: February 2019 has 28 days',
      'measures.json: m-new: body: "xpsb" is an agency, but a measure\'s body must be a sanctioning body',
      'measures.json: m-new: sources: unknown source "nowhere": no record in sources.json has this id',
      'measures.json: m-new: target: unknown node "nobody": no record in nodes.json has this id',
      'nodes.json: chen-quanguo: id: duplicate id: already used by nodes.json #0',
      'nodes.json: x: kind: unknown kind "robot": expected one of person, agency, company, sanctioningBody, organization, group, asset',
      'nodes.json: x: sources: every record cites at least one source',
    ]);
  });

  it('does not report references into a file that could not be read as dangling', () => {
    const files = readDataFolder(validSmall).files;
    const { problems } = validateDataset({ ...files, 'nodes.json': undefined }, { unreadable: ['nodes.json'] });
    expect(problems).toEqual([]);
  });

  it('names a record without a usable id by its index', () => {
    const files = readDataFolder(validSmall).files;
    const { problems } = validateDataset({ ...files, 'sources.json': [...(files['sources.json'] as unknown[]), 42] });
    expect(problems).toEqual([{ file: 'sources.json', record: '#3', field: '', message: 'Invalid input: expected object, received number' }]);
  });
});

describe('dates', () => {
  it('knows the real calendar, leap years included', () => {
    expect(impossibleDate('2020-02-29')).toBeNull();
    expect(impossibleDate('2000-02-29')).toBeNull();
    expect(impossibleDate('2100-02-29')).toBe('2100-02-29 is not a real date: February 2100 has 28 days');
    expect(impossibleDate('2021-04-31')).toBe('2021-04-31 is not a real date: April 2021 has 30 days');
    expect(impossibleDate('2021-12-31')).toBeNull();
    expect(impossibleDate('2021-02')).toBeNull();
  });

  it('treats partial dates as ranges: only certainly-earlier counts as before', () => {
    expect(certainlyBefore('2019', '2020-05')).toBe(true);
    expect(certainlyBefore('2020', '2020-05')).toBe(false);
    expect(certainlyBefore('2020-05-31', '2020-05')).toBe(false);
    expect(certainlyBefore('2020-04-30', '2020-05')).toBe(true);
    expect(certainlyBefore('unknown', '2020')).toBe(false);
    expect(certainlyBefore('2021', '2020')).toBe(false);
  });
});

describe('npm run data:check', () => {
  it('exits non-zero on the broken fixtures naming file, record and field, and zero on a valid folder', async () => {
    const run = promisify(execFile);
    const folders = brokenFolders.map((name) => relative(root, join(broken, name)));
    const failure = await run('npx', ['tsx', 'scripts/data-check.ts', ...folders], { cwd: root }).then(
      () => null,
      (error: { code?: number; stdout?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    for (const name of brokenFolders) {
      const problem = EXPECTED[name];
      if (!problem) throw new Error(`no expectation for ${name}`);
      const line = formatProblem({ ...problem, file: `tests/fixtures/broken/${name}/${problem.file}` });
      expect(failure?.stdout).toContain(line);
    }
    const ok = await run('npx', ['tsx', 'scripts/data-check.ts', relative(root, validSmall)], { cwd: root });
    expect(ok.stdout).toMatch(/^tests\/fixtures\/valid-small: OK, valid-small version test-1: 3 sources, 12 nodes, 3 roles, 5 actions, 6 measures, 1 links\n$/);
  }, 60_000);
});

describe('the bundled data/', () => {
  it('validates with zero problems', () => {
    const { dataset, problems } = checkDataFolder(join(root, 'data'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset?.nodes.length).toBeGreaterThan(0);
    expect(loadBundledDataset().problems.map(formatProblem)).toEqual([]);
  });
});
