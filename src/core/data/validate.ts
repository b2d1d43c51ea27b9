// Validates the files of a dataset folder into a typed Dataset, collecting every problem with the file,
// record id and field it concerns, so a researcher editing by hand can fix them all in one pass.
import type { z } from 'zod';
import { DATA_FILES, type Dataset } from '../model/schema.ts';

export interface DataProblem {
  file: string;
  /** The record's id, or its index as "#3" when it has no usable id; "" for the file as a whole. */
  record: string;
  /** Dotted path of the field, "" for the whole record. */
  field: string;
  message: string;
}

export type DataFileName = keyof typeof DATA_FILES;
/** File name -> parsed JSON content. links.json may be absent. */
export type DatasetFiles = Partial<Record<DataFileName, unknown>>;

export interface ValidationResult {
  dataset: Dataset | null;
  problems: DataProblem[];
}

/** Shape-checks every file (references are checked in a later pass). Returns every problem found. */
export function validateDataset(files: DatasetFiles): ValidationResult {
  const problems: DataProblem[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const [name, schema] of Object.entries(DATA_FILES) as [DataFileName, z.ZodType][]) {
    const content = files[name];
    if (content === undefined) {
      if (name === 'links.json') { parsed[name] = []; continue; }
      problems.push({ file: name, record: '', field: '', message: 'file is missing' });
      continue;
    }
    const result = schema.safeParse(content);
    if (result.success) parsed[name] = result.data;
    else {
      for (const issue of result.error.issues) {
        const [index, ...rest] = issue.path;
        const record = Array.isArray(content) && typeof index === 'number' ? recordName(content[index], index) : '';
        const field = (Array.isArray(content) ? rest : issue.path).join('.');
        problems.push({ file: name, record, field, message: issue.message });
      }
    }
  }
  if (problems.length > 0) return { dataset: null, problems };
  const dataset: Dataset = {
    info: parsed['dataset.json'] as Dataset['info'],
    sources: parsed['sources.json'] as Dataset['sources'],
    nodes: parsed['nodes.json'] as Dataset['nodes'],
    roles: parsed['roles.json'] as Dataset['roles'],
    actions: parsed['actions.json'] as Dataset['actions'],
    measures: parsed['measures.json'] as Dataset['measures'],
    links: parsed['links.json'] as Dataset['links'],
  };
  return { dataset, problems };
}

function recordName(record: unknown, index: number): string {
  if (record && typeof record === 'object' && 'id' in record && typeof record.id === 'string') return record.id;
  return `#${index}`;
}

/** One line per problem: "nodes.json: chen-quanguo: sources: every record cites at least one source". */
export function formatProblem(p: DataProblem): string {
  return [p.file, p.record, p.field, p.message].filter((part) => part !== '').join(': ');
}
