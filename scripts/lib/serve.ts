// Builds the site into its own temporary folder (so parallel runs don't clash) and serves it with
// `vite preview` on a free local port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export interface ServedSite {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

export async function serveBuiltSite(options: { build?: boolean; outDir?: string } = {}): Promise<ServedSite> {
  const outDir = options.outDir ?? (options.build === false ? 'dist' : mkdtempSync(join(tmpdir(), 'sanctions-site-')));
  if (options.build !== false) await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      if (!options.outDir && options.build !== false) rmSync(outDir, { recursive: true, force: true });
    },
  };
}
