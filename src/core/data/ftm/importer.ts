// Reads a FollowTheMoney JSON-lines file chunk by chunk into a Dataset and its LoadReport: the one entry
// point the Web Worker, the tests and the command line share (stream.ts reads, mapping.ts maps).
import type { Dataset } from '../../model/schema.ts';
import { FtmEntityCollection, mapFtmEntities, type FtmMappingOptions } from './mapping.ts';
import { ReportBuilder, type LoadReport } from './report.ts';
import { FtmLineReader } from './stream.ts';
import { fnv1a } from './text.ts';

export interface FtmImportOptions extends FtmMappingOptions {
  /** How many skipped lines (and warnings) the report lists; the rest are counted. Default 1000. */
  listLimit?: number;
}

export interface FtmImportResult {
  dataset: Dataset;
  report: LoadReport;
}

export interface FtmProgress {
  linesRead: number;
  /** Entities accepted so far (before relationships are resolved at the end). */
  entitiesKept: number;
}

export interface FtmImporter {
  /** Feeds the next chunk of decoded text. Throws NotFtmError as soon as the file is clearly not FtM. */
  feed(chunk: string): void;
  /**
   * Ends the input and maps everything read, calling `onLinked` now and then with how many entities are
   * placed so far. Throws NotFtmError when the file held no entity at all.
   */
  finish(onLinked?: (linked: number) => void): FtmImportResult;
  progress(): FtmProgress;
  /** The read stops here (a size or entity limit): the line under way is dropped, not reported. */
  stopReading(): void;
}

/** An importer for one file: feed it text chunks of any size, then finish. */
export function createFtmImporter(options: FtmImportOptions): FtmImporter {
  const report = new ReportBuilder(options.listLimit);
  const collection = new FtmEntityCollection();
  const reader = new FtmLineReader(report, (entity, line) => collection.add(entity, line, report));
  let hash = fnv1a('');
  return {
    feed(chunk) {
      hash = fnv1a(chunk, hash);
      reader.feed(chunk);
    },
    finish(onLinked) {
      reader.end();
      const { dataset, entitiesKept } = mapFtmEntities(collection, report, {
        ...options,
        version: options.version ?? `ftm-${hash.toString(36)}`,
      }, onLinked);
      const records = {
        nodes: dataset.nodes.length, roles: dataset.roles.length, measures: dataset.measures.length,
        actions: dataset.actions.length, links: dataset.links.length,
      };
      return { dataset, report: report.build(entitiesKept, records) };
    },
    progress() {
      return { linesRead: reader.linesRead, entitiesKept: collection.size };
    },
    stopReading() {
      reader.dropUnfinishedLine();
    },
  };
}

/** Imports a whole FtM text at once (tests, the command line). */
export function importFtmText(text: string, options: FtmImportOptions): FtmImportResult {
  const importer = createFtmImporter(options);
  importer.feed(text);
  return importer.finish();
}
