// The messages between the page and the import Web Worker, and the assembler that rebuilds the Dataset
// from the parts the worker posts (parts keep each structured clone small, so the page never stalls).
import type { Action, Dataset, DatasetInfo, EntityNode, Link, Measure, Role, Source } from '../../model/schema.ts';
import type { LoadReport } from '../ftm/report.ts';
import type { DataFormat } from './detect.ts';

/** What to import: a File or Blob (with its name), or an absolute URL the worker fetches. */
export type ImportSource =
  | { kind: 'blob'; blob: Blob; name: string }
  | { kind: 'url'; url: string };

export interface ImportRequestOptions {
  /** See FtmMappingOptions.undatedSanctions. */
  undatedSanctions?: 'placeholder' | 'skip';
  /** How many skipped lines the report lists. */
  listLimit?: number;
  /** Bytes read (downloaded, and after decompression) before the read stops; see core/settings/limits.ts. */
  maxBytes?: number;
  /** Entities kept before the read stops. */
  maxEntities?: number;
}

/** Page -> worker. */
export type ImportRequest =
  | { type: 'start'; source: ImportSource; options?: ImportRequestOptions }
  | { type: 'cancel' };

export interface ImportProgress {
  /** "reading" while the file streams in; "linking" while references are resolved at the end. */
  phase: 'reading' | 'linking';
  linesRead: number;
  /** Entities accepted while reading. */
  entitiesKept: number;
  /** While linking: entities placed in the graph so far, out of entitiesKept (0 while reading). */
  linked: number;
  bytesRead: number;
  /** The file's size in bytes, or null when unknown (a URL served without Content-Length). */
  totalBytes: number | null;
}

export type ImportErrorCode = 'notFtm' | 'invalidBundle' | 'cancelled' | 'fetch' | 'read';

export interface ImportErrorInfo {
  code: ImportErrorCode;
  message: string;
  /** For an invalid bundle: every problem, one line each. */
  problems?: string[];
}

/** An import that failed or was cancelled; `code` tells which (see ImportErrorCode). */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly problems?: string[],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Records of a dataset, posted in parts of at most PART_SIZE records. */
export interface DatasetPart {
  nodes?: EntityNode[];
  roles?: Role[];
  measures?: Measure[];
  actions?: Action[];
  links?: Link[];
}

/** Worker -> page. After "start": progress and part messages, then exactly one "done" or "error". */
export type ImportResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'part'; part: DatasetPart }
  | {
      type: 'done';
      format: DataFormat;
      info: DatasetInfo;
      sources: Source[];
      /** The file's identity judgements (a bundle may carry them), sent whole: they are few. */
      identities?: Dataset['identities'];
      report: LoadReport;
    }
  | { type: 'error'; error: ImportErrorInfo };

/** What an import yields. */
export interface ImportOutcome {
  format: DataFormat;
  dataset: Dataset;
  report: LoadReport;
}

/**
 * Records per "part" message. Each is read on the page in a task of its own: on a busy two-core machine
 * (`npm run bench:open`) a part of 5,000 took up to 0.3 s there, of 2,000 up to 0.2 s.
 */
export const PART_SIZE = 1000;

const PART_KEYS = ['nodes', 'roles', 'measures', 'actions', 'links'] as const;

/** The parts of a dataset's records, in order, each with at most `size` records. */
export function* datasetParts(dataset: Dataset, size = PART_SIZE): Generator<DatasetPart> {
  for (const key of PART_KEYS) {
    const records = dataset[key];
    for (let at = 0; at < records.length; at += size) {
      const part: DatasetPart = {};
      switch (key) {
        case 'nodes': part.nodes = dataset.nodes.slice(at, at + size); break;
        case 'roles': part.roles = dataset.roles.slice(at, at + size); break;
        case 'measures': part.measures = dataset.measures.slice(at, at + size); break;
        case 'actions': part.actions = dataset.actions.slice(at, at + size); break;
        case 'links': part.links = dataset.links.slice(at, at + size); break;
      }
      yield part;
    }
  }
}

/** Rebuilds a Dataset from "part" messages and the final "done" message. */
export class DatasetAssembler {
  private readonly nodes: EntityNode[] = [];
  private readonly roles: Role[] = [];
  private readonly measures: Measure[] = [];
  private readonly actions: Action[] = [];
  private readonly links: Link[] = [];

  add(part: DatasetPart): void {
    for (const x of part.nodes ?? []) this.nodes.push(x);
    for (const x of part.roles ?? []) this.roles.push(x);
    for (const x of part.measures ?? []) this.measures.push(x);
    for (const x of part.actions ?? []) this.actions.push(x);
    for (const x of part.links ?? []) this.links.push(x);
  }

  finish(done: Extract<ImportResponse, { type: 'done' }>): ImportOutcome {
    const dataset: Dataset = {
      info: done.info, sources: done.sources, nodes: this.nodes, roles: this.roles,
      measures: this.measures, actions: this.actions, links: this.links,
      ...(done.identities && done.identities.length > 0 ? { identities: done.identities } : {}),
    };
    return { format: done.format, dataset, report: done.report };
  }
}
