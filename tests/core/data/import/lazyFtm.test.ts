// A link to a bundle waits for the import worker's start, and the FtM importer (with the FtM model) was most
// of that start: it is loaded only once a file turns out to be FtM.
import { describe, expect, it, vi } from 'vitest';
import { serializeDatasetBundle } from '../../../../src/core/data/import/bundle.ts';
import { importStream } from '../../../../src/core/data/import/run.ts';
import { fixture } from '../ftm/helpers.ts';
import { streamOf, validSmall } from './helpers.ts';

const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../src/core/data/ftm/importer.ts', async (importOriginal) => {
  loaded.count += 1;
  return importOriginal();
});

describe('the FtM importer is loaded only for FtM files', () => {
  it('imports a bundle without it, then loads it for FtM lines', async () => {
    const bundle = await importStream(streamOf(serializeDatasetBundle(validSmall())), { name: 'small.json' });
    expect(bundle.format).toBe('bundle');
    expect(bundle.dataset.nodes.length).toBeGreaterThan(0);
    expect(loaded.count).toBe(0);

    const ftm = await importStream(streamOf(fixture('parties-and-sanctions.ftm.json'), 100), { name: 'parties.ftm.json' });
    expect(ftm.format).toBe('ftm');
    expect(ftm.dataset.nodes.length).toBeGreaterThan(0);
    expect(loaded.count).toBe(1);
  });
});
