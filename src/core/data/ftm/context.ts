// The state of one file's mapping, shared by the parts that map parties, sanctions and relations: record
// ids, the nodes made so far, the records made, the report and the one Source every record cites.
import type { Confidence, EntityNode, Link, Measure, Role, Source } from '../../model/schema.ts';
import { IdAllocator, type Collected } from './collection.ts';
import { CONFIDENCE_NOTE } from './conventions.ts';
import { first } from './entity.ts';
import type { ReportBuilder } from './report.ts';
import { cleanText, shortHash, slugify } from './text.ts';
import { safeHttpUrl } from '../../text/safeUrl.ts';

export interface FtmMappingOptions {
  /** The file's name: the dataset's one Source is "Imported from <fileName>". */
  fileName: string;
  /** Where the file was fetched from, if it came from a URL. */
  url?: string;
  /** Dataset version (e.g. a hash of the file); derived from the entity ids when absent. */
  version?: string;
  /** What to do with a Sanction that has no date at all: keep it with a placeholder date (default), or skip it. */
  undatedSanctions?: 'placeholder' | 'skip';
}

/** Prefix of the note that keeps an FtM id that had to be rewritten to fit our id format. */
export const FTM_ID_NOTE_PREFIX = 'FtM id: ';

/**
 * The file's own id of a record whose id had to be rewritten (made safe and unique), as an editor's note:
 * server mode asks the server by it, and readers do not see it.
 */
export function fileIdNote(id: string, fileId: string): { editorNotes?: string[] } {
  return id === fileId ? {} : { editorNotes: [`${FTM_ID_NOTE_PREFIX}${fileId}`] };
}

/** Notes from FtM text values, with a "Confidence: x." note (our own export writes it) read as the confidence. */
export function readNotes(texts: readonly string[]): { notes: string[]; confidence: Confidence } {
  let confidence: Confidence = 'confirmed';
  const notes: string[] = [];
  for (const text of texts) {
    const clean = cleanText(text);
    const match = CONFIDENCE_NOTE.exec(clean);
    if (match?.[1] === 'unverified' || match?.[1] === 'inference' || match?.[1] === 'confirmed') confidence = match[1];
    else if (clean !== '') notes.push(clean);
  }
  return { notes, confidence };
}

export class MappingContext {
  readonly ids = new IdAllocator();
  readonly nodes = new Map<string, EntityNode>();
  /** Node id -> FtM topics of the entity. */
  readonly topics = new Map<string, string[]>();
  readonly roles: Role[] = [];
  readonly links: Link[] = [];
  readonly measures: Measure[] = [];
  /** Schema of every entity that did not become a node, for the dangling-reference message. */
  readonly otherSchema = new Map<string, string>();
  kept = 0;
  readonly source: Source;
  readonly fileName: string;

  constructor(
    readonly report: ReportBuilder,
    readonly options: FtmMappingOptions,
  ) {
    const fileName = cleanText(options.fileName) || 'file';
    this.fileName = fileName;
    const source: Source = {
      id: `import-${slugify(fileName, 40) || shortHash(fileName)}`,
      kind: 'reference',
      title: `Imported from ${fileName}`,
      publisher: 'unknown',
      notes: ['FollowTheMoney JSON lines opened in the explorer.'],
    };
    if (options.url !== undefined) {
      const url = safeHttpUrl(options.url);
      if (url !== null) source.url = url;
    }
    this.source = source;
  }

  get sources(): string[] {
    return [this.source.id];
  }

  /** The node an FtM reference points to, or undefined after reporting why not. */
  resolve(c: Collected, property: string, ref = first(c.entity, property)): EntityNode | undefined {
    if (ref === undefined) {
      this.report.skip(c.line, 'missingReference', `${c.entity.schema} ${c.entity.id} has no "${property}"`);
      return undefined;
    }
    const node = this.nodeOf(ref);
    if (node === undefined) {
      const schema = this.otherSchema.get(ref);
      const why = schema === undefined ? 'not in the file' : `a ${schema}, which is not imported`;
      this.report.skip(c.line, 'danglingReference', `${c.entity.schema} ${c.entity.id}: ${property} "${ref}" is ${why}`);
      return undefined;
    }
    return node;
  }

  /** The node made for an FtM id, if any. */
  nodeOf(ftmId: string): EntityNode | undefined {
    const id = this.ids.lookup(ftmId);
    return id === undefined ? undefined : this.nodes.get(id);
  }

  private readonly unknownProperties = new Map<string, { count: number; line: number }>();
  private readonly unsupportedSchemata = new Map<string, number>();

  /** A property the FtM model does not know for this schema: kept as a fact, counted for the report. */
  unknownProperty(c: Collected, name: string): void {
    const key = `${c.entity.schema}:${name}`;
    const seen = this.unknownProperties.get(key);
    if (seen === undefined) this.unknownProperties.set(key, { count: 1, line: c.line });
    else seen.count++;
  }

  /** An entity of a schema the graph does not show: skipped with a line, counted by schema. */
  unsupported(c: Collected): void {
    const { schema, id } = c.entity;
    this.report.skip(c.line, 'unsupportedSchema', `${schema} ${id}: ${schema} entities are not shown in this graph`);
    this.unsupportedSchemata.set(schema, (this.unsupportedSchemata.get(schema) ?? 0) + 1);
  }

  /** The report's summary lines: rewritten ids, unknown properties and skipped schemata, by name and count. */
  finishReport(): void {
    if (this.ids.rewritten > 0) {
      this.report.warn(0, 'renamedId', `${this.ids.rewritten} ids did not fit the id format (lower-case letters, digits, . _ : -) and were rewritten; each keeps its FtM id in a note`);
    }
    for (const [key, { count, line }] of this.unknownProperties) {
      this.report.warn(line, 'unknownProperty', `${key.replace(':', ' property "')}" is not in the FtM model: kept as a fact on ${count} ${count === 1 ? 'entity' : 'entities'}`);
    }
    for (const [schema, count] of this.unsupportedSchemata) {
      this.report.warn(0, 'unsupportedSchemaCount', `${count} ${schema} ${count === 1 ? 'entity' : 'entities'} not shown in this graph`);
    }
  }

  pushLink(link: Omit<Link, 'sources' | 'confidence'> & { confidence?: Confidence }): Link {
    const out: Link = { ...link, label: cleanText(link.label), confidence: link.confidence ?? 'confirmed', sources: this.sources };
    this.links.push(out);
    return out;
  }
}
