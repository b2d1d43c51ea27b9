import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FOLDER, dataJsonSchemas, vscodeJsonSchemas } from '../../../scripts/lib/dataSchemas.ts';
import { NODE_KINDS } from '../../../src/core/model/schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const folder = join(root, SCHEMA_FOLDER);

describe('the JSON Schemas of the data files', () => {
  const generated = dataJsonSchemas();

  it('are committed and up to date with src/core/model/schema.ts (run npm run data:schema if not)', () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) {
      expect(readFileSync(join(folder, name), 'utf8'), `${SCHEMA_FOLDER}/${name} is stale`).toBe(text);
    }
  });

  it('describe records as typed by hand: defaults optional, unknown fields refused, kinds enumerated', () => {
    const nodes = JSON.parse(generated['nodes.schema.json'] ?? '{}') as {
      type: string;
      items: { required: string[]; additionalProperties: boolean; properties: { kind: { enum: string[] }; sources: { minItems: number } } };
    };
    expect(nodes.type).toBe('array');
    expect(nodes.items.required).toEqual(expect.arrayContaining(['id', 'kind', 'name', 'description', 'sources']));
    expect(nodes.items.required).not.toContain('aliases');
    expect(nodes.items.required).not.toContain('confidence');
    expect(nodes.items.additionalProperties).toBe(false);
    expect(nodes.items.properties.kind.enum).toEqual([...NODE_KINDS]);
    expect(nodes.items.properties.sources.minItems).toBe(1);
  });

  it('are mapped to data/*.json in .vscode/settings.json', () => {
    const settingsPath = join(root, '.vscode/settings.json');
    expect(existsSync(settingsPath)).toBe(true);
    const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>;
    expect(settings['json.schemas']).toEqual(vscodeJsonSchemas());
    for (const entry of vscodeJsonSchemas()) expect(existsSync(join(root, entry.url))).toBe(true);
  });
});
