// A streaming reader of FollowTheMoney JSON lines: fed text chunks of any size (a line may be split across
// chunks), it hands on each entity with its line number and reports every line it cannot use.
import { describeContent, NotFtmError } from '../import/detect.ts';
import { toFtmEntity, type FtmEntity, type NestedEntity } from './entity.ts';
import { propertyOf } from './model.ts';
import type { ReportBuilder } from './report.ts';

/** How many non-blank lines are read before deciding that a file without a single entity is not FtM. */
export const SNIFF_LINES = 20;
/** A line longer than this is not read as an entity (it is skipped, or the file rejected if nothing was FtM yet). */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

export type EntitySink = (entity: FtmEntity, line: number) => void;

/**
 * Splits text into lines, parses each as JSON and checks it is an FtM entity. Blank lines are counted,
 * not reported; a malformed line is reported and skipped. Throws NotFtmError when the first
 * SNIFF_LINES non-blank lines (or the whole file, if shorter) hold no entity at all.
 */
export class FtmLineReader {
  private pending = '';
  private lineNumber = 0;
  private nonBlank = 0;
  private entities = 0;
  private head = '';
  private discarding = false;

  constructor(
    private readonly report: ReportBuilder,
    private readonly sink: EntitySink,
  ) {}

  /** Lines completed so far. */
  get linesRead(): number {
    return this.lineNumber;
  }

  /** Feeds the next chunk of decoded text. */
  feed(chunk: string): void {
    if (this.head.length < 4096) this.head += chunk.slice(0, 4096 - this.head.length);
    if (this.lineNumber === 0 && this.pending === '') this.rejectBinary();
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) break;
      const piece = chunk.slice(start, newline);
      start = newline + 1;
      if (this.discarding) {
        this.discarding = false;
        this.lineNumber++;
        continue;
      }
      const line = this.pending === '' ? piece : this.pending + piece;
      this.pending = '';
      this.handleLine(line);
    }
    if (!this.discarding) this.pending += chunk.slice(start);
    if (this.pending.length > MAX_LINE_CHARS) {
      if (this.entities === 0) throw new NotFtmError(describeContent(this.head));
      this.report.skip(this.lineNumber + 1, 'lineTooLong', `line longer than ${MAX_LINE_CHARS / (1024 * 1024)} MB`);
      this.pending = '';
      this.discarding = true;
    }
  }

  /** Ends the input: reads the last line (a file need not end with a newline). */
  end(): void {
    if (this.discarding) this.lineNumber++;
    else if (this.pending !== '') this.handleLine(this.pending);
    this.pending = '';
    this.discarding = false;
    this.report.linesRead = this.lineNumber;
    if (this.entities === 0) throw new NotFtmError(describeContent(this.head));
  }

  private rejectBinary(): void {
    const description = describeContent(this.head);
    if (/image|PDF|archive|binary|compressed|HTML/.test(description)) throw new NotFtmError(description);
  }

  private handleLine(raw: string): void {
    this.lineNumber++;
    this.report.linesRead = this.lineNumber;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const text = this.lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') {
      this.report.blankLines++;
      return;
    }
    this.nonBlank++;
    this.parseLine(text);
    if (this.entities === 0 && this.nonBlank >= SNIFF_LINES) throw new NotFtmError(describeContent(this.head));
  }

  private parseLine(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const why = error instanceof Error ? error.message : 'invalid JSON';
      this.report.skip(this.lineNumber, 'badJson', `not valid JSON (${why}): ${preview(text)}`);
      return;
    }
    const nested: NestedEntity[] = [];
    const result = toFtmEntity(value, nested);
    if (!result.ok) {
      this.report.skip(this.lineNumber, result.problem, result.detail);
      return;
    }
    this.entities++;
    this.report.entitiesRead++;
    this.sink(result.entity, this.lineNumber);
    // Nested entities (targets.nested.json) are read as their own, the reference to their parent filled in.
    for (let n = nested.shift(); n !== undefined; n = nested.shift()) {
      const child = toFtmEntity(n.value, nested);
      if (!child.ok) {
        this.report.skip(this.lineNumber, child.problem, `nested in ${n.parentSchema} ${n.parentId} (${n.property}): ${child.detail}`);
        continue;
      }
      const parentProperty = propertyOf(n.parentSchema, n.property);
      const reverse = parentProperty?.hasReverse === true ? parentProperty.getReverse().name : undefined;
      const entity = child.entity;
      if (reverse !== undefined && propertyOf(entity.schema, reverse) !== undefined) {
        const refs = entity.properties[reverse] ?? [];
        if (!refs.includes(n.parentId)) entity.properties[reverse] = [...refs, n.parentId];
      }
      this.entities++;
      this.report.entitiesRead++;
      this.report.warn(this.lineNumber, 'nestedEntity', `${entity.schema} ${entity.id}, nested in ${n.parentSchema} ${n.parentId} (${n.property}), read as an entity of its own`);
      this.sink(entity, this.lineNumber);
    }
  }
}

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}
