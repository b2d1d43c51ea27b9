// The bundled dataset is checked when the app is built: the app gets exactly what validating data/ in the
// page used to give (the dataset, or every problem with file, record and field), and a broken folder still
// reaches the app's "bundled data has problems" screen, with the lines `npm run data:check` prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { BUNDLED_DATA_MODULE, bundledData, isDataFile } from '../../scripts/lib/bundledDataPlugin.ts';
import { checkDataFolder } from '../../scripts/lib/readDataFolder.ts';
import { loadBundledDataset } from '../../src/core/data/bundled.ts';
import { formatProblem, validateDataset, type ValidationResult } from '../../src/core/data/validate.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the plugin as Vite does on `folder`: resolve the module, load it, read its default export. */
async function loadModule(folder: string): Promise<{ result: ValidationResult; watched: string[]; warnings: string[] }> {
  const plugin = bundledData({ folder });
  const hook = <T>(h: T | { handler: T } | undefined): T => {
    if (h === undefined) throw new Error('missing hook');
    return typeof h === 'object' && h !== null && 'handler' in h ? h.handler : h;
  };
  const watched: string[] = [];
  const warnings: string[] = [];
  const context = { addWatchFile: (file: string) => watched.push(file), warn: (message: string) => warnings.push(message) };
  hook(plugin.configResolved as (config: ResolvedConfig) => void).call(context, { root } as ResolvedConfig);
  const id = hook(plugin.resolveId as (id: string) => string | null).call(context, BUNDLED_DATA_MODULE);
  if (id === null) throw new Error('the plugin does not resolve its module');
  const code = await hook(plugin.load as (id: string) => Promise<string> | string).call(context, id);
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  const module = (await import(/* @vite-ignore */ url)) as { default: string };
  return { result: JSON.parse(module.default) as ValidationResult, watched, warnings };
}

/** The bundled files as the page used to import them, validated as the page used to validate them. */
function validatedInPage(): ValidationResult {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
  const names = ['dataset.json', 'sources.json', 'nodes.json', 'roles.json', 'actions.json', 'measures.json'] as const;
  return validateDataset(Object.fromEntries(names.map((name) => [name, read(name)])));
}

describe('the bundled data, checked at build time', () => {
  it('gives the app exactly the dataset that validating in the page gave, and watches the data files', async () => {
    const { result, watched, warnings } = await loadModule('data');
    expect(result.problems).toEqual([]);
    expect(result).toStrictEqual(validatedInPage());
    expect(watched).toContain(join(root, 'data', 'nodes.json'));
    expect(watched).toContain(join(root, 'data', 'links.json'));
    expect(warnings).toEqual([]);
  });

  it('is what the app loads, a fresh copy each time', () => {
    const first = loadBundledDataset();
    expect(first).toStrictEqual(validatedInPage());
    first.dataset?.nodes.splice(0);
    expect(loadBundledDataset().dataset?.nodes.length).toBeGreaterThan(0);
  });

  it.each(['unknown-kind', 'missing-sources', 'invalid-json', 'missing-file'])(
    'with a broken folder (%s) gives every problem data:check finds, and the build says so',
    async (name) => {
      const folder = join('tests/fixtures/broken', name);
      const { result, warnings } = await loadModule(folder);
      const expected = checkDataFolder(join(root, folder)).problems;
      expect(expected.length).toBeGreaterThan(0);
      expect(result).toEqual({ dataset: null, problems: expected });
      for (const problem of expected) expect(warnings.join('\n')).toContain(formatProblem(problem));
    },
  );

  it('names the file, the record and the field of each problem', async () => {
    const { result } = await loadModule('tests/fixtures/broken/unknown-kind');
    const lines = result.problems.map(formatProblem);
    expect(lines.some((line) => /^nodes\.json: [^:]+: kind: /.test(line))).toBe(true);
  });
});

describe('while `npm start` runs', () => {
  it('tells the data files (whose change, addition or removal makes a new check and a reload) from other files', () => {
    const data = join(root, 'data');
    expect(isDataFile(data, join(data, 'nodes.json'))).toBe(true);
    expect(isDataFile(data, join(data, 'links.json'))).toBe(true);
    expect(isDataFile(data, join(data, 'schema/nodes.schema.json'))).toBe(false);
    expect(isDataFile(data, join(data, 'README.md'))).toBe(false);
    expect(isDataFile(data, join(root, 'src/App.tsx'))).toBe(false);
  });
});
