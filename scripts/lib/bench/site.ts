// The benchmark's site: the app built as `npm run build` builds it, the bare reference page (bench/bare.html)
// built beside it by a separate small Vite build into bench/, the datasets in bench-data/, all served by
// `vite preview` on 127.0.0.1. Also reads the size of the JavaScript the app's first screen loads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { serveBuiltSite } from '../serve.ts';

export interface BenchSite {
  /** Base URL of the app, ending in "/". */
  url: string;
  outDir: string;
  /** Where datasets go (served at `${url}bench-data/`). */
  dataDir: string;
  close(): Promise<void>;
}

export interface InitialJs {
  /** Files the first screen loads before any dynamic import: the entry script and its preloaded chunks. */
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Builds the app and the bare page into a temporary folder; call `serve` once the datasets are written. */
export async function buildBenchSite(root = process.cwd()): Promise<{ outDir: string; dataDir: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'sanctions-bench-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({
    configFile: false,
    root: resolve(root, 'bench'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(outDir, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: resolve(root, 'bench/bare.html') },
    },
  });
  return { outDir, dataDir: join(outDir, 'bench-data') };
}

/** Serves a folder made by buildBenchSite; `close` stops the server and deletes the folder. */
export async function serveBenchSite(outDir: string): Promise<BenchSite> {
  const site = await serveBuiltSite({ build: false, outDir });
  const url = site.url.endsWith('/') ? site.url : `${site.url}/`;
  return {
    url,
    outDir,
    dataDir: join(outDir, 'bench-data'),
    close: async () => {
      await site.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The JavaScript index.html loads up front (module script and modulepreload links), with gzip sizes. */
export function initialJs(outDir: string): InitialJs {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) if (m[1]) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) if (m[1]) refs.add(m[1]);
  const files = [...refs].map((ref) => {
    const content = readFileSync(join(outDir, ref.replace(/^\.?\//, '')));
    return { file: ref.replace(/^\.?\//, ''), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}
