// Shared by the import tests: the valid-small fixture as a Dataset, and streams made of given chunks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../../../src/core/model/schema.ts';
import { validateDataset } from '../../../../src/core/data/validate.ts';

export function validSmall(): Dataset {
  const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../fixtures/valid-small/${name}`, import.meta.url)), 'utf8'));
  const { dataset, problems } = validateDataset({
    'dataset.json': read('dataset.json'), 'sources.json': read('sources.json'), 'nodes.json': read('nodes.json'),
    'roles.json': read('roles.json'), 'actions.json': read('actions.json'), 'measures.json': read('measures.json'),
    'links.json': read('links.json'),
  });
  if (dataset === null) throw new Error(`valid-small is not valid: ${JSON.stringify(problems)}`);
  return dataset;
}

/** A byte stream delivering `text` in chunks of `size` bytes. */
export function streamOf(text: string | Uint8Array<ArrayBuffer>, size = 1024): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  let at = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

export async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}
