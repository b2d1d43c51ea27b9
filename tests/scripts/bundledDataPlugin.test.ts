// The bundled dataset is checked when the app is built: the app gets exactly what validating data/ in the
// page used to give (the dataset, or every problem with file, record and field), and a broken folder still
// reaches the app's "bundled data has problems" screen, with the lines `npm run data:check` prints. In a
// build the data is a file beside the scripts, preloaded by index.html and fetched by the app.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HtmlTagDescriptor, ResolvedConfig } from 'vite';
import {
  BUNDLED_DATA_FETCH_MODULE,
  BUNDLED_DATA_MODULE,
  bundledData,
  bundledDataFileName,
  isDataFile,
} from '../../scripts/lib/bundledDataPlugin.ts';
import { checkDataFolder } from '../../scripts/lib/readDataFolder.ts';
import { fetchBundledDataset, fetchedBundledDataset, loadBundledDataset } from '../../src/core/data/bundled.ts';
import { formatProblem, validateDataset, type ValidationResult } from '../../src/core/data/validate.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

type Hook<T> = T | { handler: T } | undefined;
function hook<T>(h: Hook<T>): T {
  if (h === undefined) throw new Error('missing hook');
  return typeof h === 'object' && h !== null && 'handler' in h ? h.handler : h;
}

interface Emitted {
  type: string;
  fileName: string;
  source: string;
}

/** Runs the plugin as Vite does (`command`: "serve" for `npm start` and unit tests, or "build") on `folder`. */
function runPlugin(folder: string, command: 'serve' | 'build' = 'serve') {
  const plugin = bundledData({ folder });
  const watched: string[] = [];
  const warnings: string[] = [];
  const emitted: Emitted[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    warn: (message: string) => warnings.push(message),
    emitFile: (file: Emitted) => emitted.push(file),
  };
  const config = { root, command, base: './', build: { assetsDir: 'assets' } } as ResolvedConfig;
  hook(plugin.configResolved as Hook<(config: ResolvedConfig) => void>).call(context, config);
  const load = async (module: string): Promise<string> => {
    const id = hook(plugin.resolveId as Hook<(id: string) => string | null>).call(context, module);
    if (id === null) throw new Error(`the plugin does not resolve ${module}`);
    return hook(plugin.load as Hook<(id: string) => string>).call(context, id);
  };
  const html = () => hook(plugin.transformIndexHtml as Hook<() => HtmlTagDescriptor[] | undefined>)();
  return { load, html, watched, warnings, emitted };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.unstubAllGlobals();
});

/** Imports module source from a file in `dir` (so that import.meta.url is a file beside it). */
async function importCode<T>(code: string, dir = mkdtempSync(join(tmpdir(), 'bundled-data-'))): Promise<T> {
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, `module-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as T;
}

/** The text module's result, as the app's Node-side readers get it. */
async function textModule(folder: string) {
  const run = runPlugin(folder);
  const module = await importCode<{ default: string }>(await run.load(BUNDLED_DATA_MODULE));
  return { ...run, result: JSON.parse(module.default) as ValidationResult };
}

/** The bundled files as the page used to import them, validated as the page used to validate them. */
function validatedInPage(): ValidationResult {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
  const names = [
    'dataset.json',
    'sources.json',
    'nodes.json',
    'roles.json',
    'actions.json',
    'measures.json',
    'identities.json',
  ] as const;
  return validateDataset(Object.fromEntries(names.map((name) => [name, read(name)])));
}

describe('the bundled data, checked at build time', () => {
  it('is exactly the dataset that validating in the page gave, and the data files are watched', async () => {
    const { result, watched, warnings } = await textModule('data');
    expect(result.problems).toEqual([]);
    expect(result).toStrictEqual(validatedInPage());
    expect(watched).toContain(join(root, 'data', 'nodes.json'));
    expect(watched).toContain(join(root, 'data', 'links.json'));
    expect(warnings).toEqual([]);
  });

  it.each(['unknown-kind', 'missing-sources', 'invalid-json', 'missing-file'])(
    'with a broken folder (%s) gives every problem data:check finds, and the build says so',
    async (name) => {
      const folder = join('tests/fixtures/broken', name);
      const { result, warnings } = await textModule(folder);
      const expected = checkDataFolder(join(root, folder)).problems;
      expect(expected.length).toBeGreaterThan(0);
      expect(result).toEqual({ dataset: null, problems: expected });
      for (const problem of expected) expect(warnings.join('\n')).toContain(formatProblem(problem));
    },
  );

  it('names the file, the record and the field of each problem', async () => {
    const { result } = await textModule('tests/fixtures/broken/unknown-kind');
    const lines = result.problems.map(formatProblem);
    expect(lines.some((line) => /^nodes\.json: [^:]+: kind: /.test(line))).toBe(true);
  });
});

describe('how the app gets it', () => {
  it('under npm start and in unit tests: at once, the same text', async () => {
    const run = runPlugin('data');
    const { default: fetchData } = await importCode<{ default: () => Promise<string> }>(
      await run.load(BUNDLED_DATA_FETCH_MODULE),
    );
    expect(JSON.parse(await fetchData())).toStrictEqual(validatedInPage());
    expect(run.emitted).toEqual([]);
    expect(run.html()).toBeUndefined();
  });

  it('in a build: a content-named data file beside the scripts, preloaded by index.html, fetched by the app', async () => {
    const run = runPlugin('data', 'build');
    const code = await run.load(BUNDLED_DATA_FETCH_MODULE);
    expect(run.emitted).toHaveLength(1);
    const [file] = run.emitted;
    if (!file) throw new Error('no data file');
    expect(file.fileName).toBe(`assets/${bundledDataFileName(file.source)}`);
    expect(file.fileName).toMatch(/^assets\/bundled-data-[0-9a-f]{10}\.json$/);
    expect(JSON.parse(file.source)).toStrictEqual(validatedInPage());
    expect(code).not.toContain('chen-quanguo');
    expect(run.html()).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `./${file.fileName}`, as: 'fetch', crossorigin: true },
        injectTo: 'head',
      },
    ]);

    // The app's script is written to assets/ too: it asks for the file beside it.
    const assets = mkdtempSync(join(tmpdir(), 'bundled-data-'));
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (url: URL) => {
      requested.push(url.href);
      return new Response(file.source);
    });
    const { default: fetchData } = await importCode<{ default: () => Promise<string> }>(code, assets);
    expect(await fetchData()).toBe(file.source);
    expect(requested).toEqual([pathToFileURL(join(assets, bundledDataFileName(file.source))).href]);

    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(fetchData()).rejects.toThrow('HTTP 404');
  });

  it('fetchBundledDataset gives the dataset, a fresh copy each time, and keeps it for later', async () => {
    const first = await fetchBundledDataset();
    expect(first).toStrictEqual(validatedInPage());
    first.dataset?.nodes.splice(0);
    expect((await fetchBundledDataset()).dataset?.nodes.length).toBeGreaterThan(0);
    expect(fetchedBundledDataset()).toStrictEqual(validatedInPage());
    expect(loadBundledDataset()).toStrictEqual(validatedInPage());
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
