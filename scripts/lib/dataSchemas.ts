// Generates the JSON Schemas of the data files from the zod schemas (zod 4's z.toJSONSchema), so editors
// validate data/*.json as they are typed. Pure: returns file texts; scripts/data-schema.ts writes them.
import { z } from 'zod';
import { DATA_FILES } from '../../src/core/model/schema.ts';
import type { DataFileName } from '../../src/core/data/validate.ts';

/** Where the generated schemas live, relative to the project root. */
export const SCHEMA_FOLDER = 'data/schema';

const TITLES: Record<DataFileName, string> = {
  'dataset.json': 'Dataset: id, title and version of the data',
  'sources.json': 'Sources: the articles and references records cite',
  'nodes.json': 'Nodes: people, agencies, companies, sanctioning bodies, organisations and groups',
  'roles.json': 'Roles: posts people held (person -> organisation)',
  'actions.json': 'Actions: announcements that measures are part of',
  'measures.json': 'Measures: sanctions a sanctioning body imposed on a target',
  'links.json': 'Links: other relationships between nodes',
  'identities.json': 'Identity judgements: nodes that are one body under two names',
};

/** "nodes.json" -> "nodes.schema.json". */
export function schemaFileName(file: DataFileName): string {
  return file.replace(/\.json$/, '.schema.json');
}

/**
 * One JSON Schema text per data file, keyed by schema file name. Input types (fields with defaults are
 * optional), and unknown fields are refused, as `npm run data:check` refuses them.
 */
export function dataJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    const schema = z.toJSONSchema(DATA_FILES[file], {
      io: 'input',
      override: ({ jsonSchema }) => {
        if (jsonSchema.type === 'object' && jsonSchema.properties !== undefined)
          jsonSchema.additionalProperties = false;
      },
    });
    const document = {
      $schema: schema.$schema,
      title: TITLES[file],
      description: `Generated from src/core/model/schema.ts by npm run data:schema: do not edit by hand.`,
      ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
    };
    out[schemaFileName(file)] = `${JSON.stringify(document, null, 2)}\n`;
  }
  return out;
}

/** The VS Code `json.schemas` setting mapping each data/*.json to its schema. */
export function vscodeJsonSchemas(): { fileMatch: string[]; url: string }[] {
  return (Object.keys(DATA_FILES) as DataFileName[]).map((file) => ({
    fileMatch: [`data/${file}`],
    url: `./${SCHEMA_FOLDER}/${schemaFileName(file)}`,
  }));
}
