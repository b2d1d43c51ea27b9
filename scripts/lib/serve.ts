// Builds the site (unless asked not to) and serves it with `vite preview` on a free local port.
import { build, preview, type PreviewServer } from 'vite';

export async function serveBuiltSite(options: { build?: boolean } = {}): Promise<{ url: string; server: PreviewServer }> {
  if (options.build !== false) await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, server };
}
