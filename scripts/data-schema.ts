// `npm run data:schema`: writes data/schema/<file>.schema.json from the zod schemas and points VS Code's
// json.schemas setting (.vscode/settings.json) at them. Run it after changing src/core/model/schema.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FOLDER, dataJsonSchemas, vscodeJsonSchemas } from './lib/dataSchemas.ts';

mkdirSync(SCHEMA_FOLDER, { recursive: true });
const schemas = dataJsonSchemas();
for (const [name, text] of Object.entries(schemas)) writeFileSync(join(SCHEMA_FOLDER, name), text);

const settingsPath = join('.vscode', 'settings.json');
let settings: Record<string, unknown> = {};
if (existsSync(settingsPath)) {
  const parsed: unknown = JSON.parse(readFileSync(settingsPath, 'utf8'));
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) settings = { ...parsed };
}
settings['json.schemas'] = vscodeJsonSchemas();
mkdirSync('.vscode', { recursive: true });
writeFileSync(settingsPath, `${JSON.stringify(settings, null, 2)}\n`);
console.log(`wrote ${Object.keys(schemas).length} schemas to ${SCHEMA_FOLDER}/ and ${settingsPath}`);
