// The FollowTheMoney model (schemata, property labels and types, edge definitions) as shipped in
// @alephdata/followthemoney: the authority for captions, identifiers and references. Loaded with the
// importer only (in its worker or in Node), never on the first screen.
import { defaultModel, Model, type Property, type Schema } from '@alephdata/followthemoney';

export const FTM_MODEL = new Model(defaultModel);

/** The schema of that name, or undefined when the model has none. */
export function schemaOf(name: string): Schema | undefined {
  return FTM_MODEL.schemata[name];
}

// getProperties() walks the schema's parents each call: cached per schema, it is read once per file.
const propertiesBySchema = new Map<string, Map<string, Property>>();

/** A schema's property of that name (its own or inherited), or undefined. */
export function propertyOf(schema: string, name: string): Property | undefined {
  let properties = propertiesBySchema.get(schema);
  if (properties === undefined) {
    properties = schemaOf(schema)?.getProperties() ?? new Map<string, Property>();
    propertiesBySchema.set(schema, properties);
  }
  return properties.get(name);
}

/** Whether `schema` is `ancestor` or extends it. */
export function isA(schema: string, ancestor: string): boolean {
  return schemaOf(schema)?.isA(ancestor) ?? false;
}
