// Writes the tables of docs/link-format.md that come from the view field table (src/core/view/fields.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { rewriteGeneratedBlocks } from './lib/viewDocs.ts';

const path = new URL('../docs/link-format.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = rewriteGeneratedBlocks(before);
if (after === before) console.log('docs/link-format.md is up to date.');
else {
  writeFileSync(path, after);
  console.log('docs/link-format.md: the view field and link key tables were rewritten.');
}
