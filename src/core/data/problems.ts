// A problem found in a data file, and its one-line form. Apart from validate.ts so that showing problems
// (the app's "bundled data has problems" screen) does not load zod.

export interface DataProblem {
  file: string;
  /** The record's id, or its index as "#3" when it has no usable id; "" for the file as a whole. */
  record: string;
  /** Dotted path of the field, "" for the whole record. */
  field: string;
  message: string;
}

/** One line per problem: "nodes.json: chen-quanguo: sources: every record cites at least one source". */
export function formatProblem(p: DataProblem): string {
  return [p.file, p.record, p.field, p.message].filter((part) => part !== '').join(': ');
}
