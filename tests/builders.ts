// One set of record builders for the tests. Each takes named fields: the ones a record is about are required,
// every other field gets the zod schema's default (confidence, notes, aliases, status...) or, where the schema
// has none, a plain test value. Records go through the schema, so a builder never makes a record the app would
// refuse.
import type { z } from 'zod';
import {
  actionSchema,
  linkSchema,
  measureSchema,
  nodeSchema,
  roleSchema,
  sourceSchema,
  type Action,
  type EntityNode,
  type Link,
  type Measure,
  type Role,
  type Source,
} from '../src/core/model/schema.ts';

/** What a test cites when it does not care which source a record rests on. */
export const TEST_SOURCES = ['src-test'];

/** Optional named fields over the schema's input, with `Key` required. */
type Fields<Schema extends z.ZodType, Key extends keyof z.input<Schema>> = Partial<z.input<Schema>> &
  Pick<z.input<Schema>, Key>;

/** A node: a person unless `kind` says otherwise, named after its id unless `name` is given. */
export function node(fields: Fields<typeof nodeSchema, 'id'>): EntityNode {
  const name = fields.name ?? fields.id;
  return nodeSchema.parse({
    kind: 'person',
    name,
    description: `${name}, a test node`,
    sources: TEST_SOURCES,
    ...fields,
  });
}

/** A blocking measure by `body` against `target`, announced with `action`; its status is the schema's default. */
export function measure(
  fields: Fields<typeof measureSchema, 'id' | 'body' | 'target' | 'action' | 'announced'>,
): Measure {
  return measureSchema.parse({
    kind: 'blocking',
    legalBasis: 'Test law',
    description: 'a test measure',
    sources: TEST_SOURCES,
    ...fields,
  });
}

/** A post of `person` in `organization`: former when it has an end, current otherwise. */
export function role(fields: Fields<typeof roleSchema, 'id' | 'person' | 'organization'>): Role {
  return roleSchema.parse({
    title: 'Official',
    start: 'unknown',
    status: fields.end === undefined ? 'current' : 'former',
    sources: TEST_SOURCES,
    ...fields,
  });
}

/** An announcement by `body` on `date`. */
export function action(fields: Fields<typeof actionSchema, 'id' | 'body' | 'date'>): Action {
  const title = fields.title ?? `action ${fields.id}`;
  return actionSchema.parse({ title, description: title, sources: TEST_SOURCES, ...fields });
}

/** A generic relationship from `source` to `target`. */
export function link(fields: Fields<typeof linkSchema, 'id' | 'source' | 'target'>): Link {
  return linkSchema.parse({ label: 'linked', sources: TEST_SOURCES, ...fields });
}

/** A reference source with no known publisher. */
export function source(fields: Fields<typeof sourceSchema, 'id'>): Source {
  return sourceSchema.parse({ kind: 'reference', title: fields.id, publisher: 'unknown', ...fields });
}
