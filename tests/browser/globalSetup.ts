// Builds the site once (into a temporary folder) and serves it for every browser test.
import type { TestProject } from 'vitest/node';
import { serveBuiltSite } from '../../scripts/lib/serve.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await serveBuiltSite();
  project.provide('baseUrl', site.url);
  project.provide('siteDir', site.outDir);
  return () => site.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site's folder (server mode serves it itself). */
    siteDir: string;
  }
}
