// Runs one import from a byte stream (a Blob's or a fetch response's): detects the format, decompresses
// gzip, decodes and parses chunk by chunk with throttled progress and cancel. The worker only wires messages.
import type { FtmImporter } from '../ftm/importer.ts';
import { ReportBuilder } from '../ftm/report.ts';
import type { Dataset } from '../../model/schema.ts';
import { formatProblem } from '../validate.ts';
import { parseDatasetBundleJson, readBundleJson } from './bundle.ts';
import { detectFormat, NotFtmError, type DataFormat } from './detect.ts';
import { formatBytes, resolveLimits } from '../../settings/limits.ts';
import { ImportError, type ImportErrorInfo, type ImportOutcome, type ImportProgress, type ImportRequestOptions, type ImportSource } from './protocol.ts';

export { ImportError };

/** Bytes as streams of the web platform deliver them. */
type Bytes = Uint8Array<ArrayBuffer>;

/** Default minimum time between two progress reports. */
export const PROGRESS_INTERVAL_MS = 50;
/** How many characters are looked at to tell a bundle from FtM lines. */
const SNIFF_CHARS = 64 * 1024;

export interface StreamImportOptions extends ImportRequestOptions {
  /** The file's name, for the dataset's Source. */
  name: string;
  url?: string;
  totalBytes?: number | null;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  progressIntervalMs?: number;
  /** Clock for throttling progress (injectable for tests). */
  now?: () => number;
}

/** The error of a cancelled import. */
export function cancelledError(): ImportError {
  return new ImportError('cancelled', 'The import was cancelled.');
}

/** An ImportError as plain data, for a worker message. */
export function errorInfo(error: ImportError): ImportErrorInfo {
  return error.problems === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, problems: error.problems };
}

/** Lets queued tasks (a "cancel" message) run between chunks, even when the stream has data ready. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A stream of the same bytes that counts them as they pass. */
function counting(stream: ReadableStream<Bytes>, onBytes: (n: number) => void): ReadableStream<Bytes> {
  return stream.pipeThrough(new TransformStream<Bytes, Bytes>({
    transform(chunk, controller) {
      onBytes(chunk.byteLength);
      controller.enqueue(chunk);
    },
  }));
}

/** Reads the first chunk; returns it and a stream of everything (that chunk included). */
async function peek(stream: ReadableStream<Bytes>): Promise<{ head: Bytes; stream: ReadableStream<Bytes> }> {
  const reader = stream.getReader();
  const first = await reader.read();
  const head = first.done ? new Uint8Array(0) : first.value;
  let sentHead = false;
  const rest = new ReadableStream<Bytes>({
    async pull(controller) {
      if (!sentHead) {
        sentHead = true;
        if (head.byteLength > 0) {
          controller.enqueue(head);
          return;
        }
      }
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head, stream: rest };
}

/**
 * Imports one file from its bytes: our JSON bundle or FtM JSON lines (gzip-compressed or not).
 * Progress goes to `onProgress` at most every `progressIntervalMs`, plus once at the end of reading.
 * Rejects with ImportError: "cancelled" when `signal` aborts, "notFtm", "invalidBundle" or "read".
 */
export async function importStream(source: ReadableStream<Bytes>, options: StreamImportOptions): Promise<ImportOutcome> {
  const { signal } = options;
  const now = options.now ?? (() => Date.now());
  const interval = options.progressIntervalMs ?? PROGRESS_INTERVAL_MS;
  const totalBytes = options.totalBytes ?? null;
  const limits = resolveLimits({
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.maxEntities === undefined ? {} : { maxEntities: options.maxEntities }),
  });
  let bytesRead = 0;
  let charsDecoded = 0;
  if (signal?.aborted) throw cancelledError();

  let { head, stream } = await peek(counting(source, (n) => { bytesRead += n; }));
  if (head[0] === 0x1f && head[1] === 0x8b) {
    try {
      ({ head, stream } = await peek(stream.pipeThrough(new DecompressionStream('gzip'))));
    } catch {
      throw new ImportError('read', 'This file starts like a gzip-compressed file but could not be decompressed.');
    }
  }
  const encoding = detectEncoding(head);
  const reader = stream.pipeThrough(new TextDecoderStream(encoding.label)).getReader();
  const onAbort = () => { void reader.cancel().catch(() => undefined); };
  signal?.addEventListener('abort', onAbort);

  let format: DataFormat | undefined;
  let sniffed = '';
  let bundleText: string[] = [];
  // Set once the format is known to be FtM: the importer and the FtM model are loaded only then (they were
  // most of the worker's start, which a link to a bundle waited for).
  let ftm: FtmImporter | null = null;
  const startFtm = async (): Promise<FtmImporter> => {
    const { createFtmImporter } = await import('../ftm/importer.ts');
    return createFtmImporter({
      fileName: options.name,
      ...(options.url === undefined ? {} : { url: options.url }),
      ...(options.undatedSanctions === undefined ? {} : { undatedSanctions: options.undatedSanctions }),
      ...(options.listLimit === undefined ? {} : { listLimit: options.listLimit }),
    });
  };
  const progress = (phase: ImportProgress['phase'], linked = 0): ImportProgress => {
    const p = ftm ? ftm.progress() : { linesRead: 0, entitiesKept: 0 };
    return { phase, ...p, linked, bytesRead, totalBytes };
  };
  const consume = (text: string) => {
    if (ftm) ftm.feed(text);
    else bundleText.push(text);
  };
  // Limits are checked while the data streams in: past one, the read stops and what was read is shown.
  const overLimit = (): string | null => {
    if (bytesRead > limits.maxBytes || charsDecoded > limits.maxBytes) {
      return `Stopped reading at ${formatBytes(limits.maxBytes)}, the limit for one file${totalBytes !== null ? ` (the file is ${formatBytes(totalBytes)})` : ''}: what was read up to there is shown.`;
    }
    if (ftm && ftm.progress().entitiesKept >= limits.maxEntities) {
      return `Stopped reading at ${limits.maxEntities.toLocaleString('en')} entities, the most this explorer opens at once: what was read up to there is shown.`;
    }
    return null;
  };
  let stoppedEarly: string | null = null;

  try {
    let lastReport = now();
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw cancelledError();
      if (done) break;
      charsDecoded += value.length;
      if (format === undefined) {
        sniffed += value;
        if (sniffed.length < SNIFF_CHARS && sniffed.trim() === '') continue;
        if (sniffed.length < SNIFF_CHARS && !sniffed.includes('\n')) continue;
        format = detectFormat(sniffed);
        if (format === 'ftm') ftm = await startFtm();
        consume(sniffed);
        sniffed = '';
      } else consume(value);
      stoppedEarly = overLimit();
      if (stoppedEarly !== null) {
        if (format !== 'ftm') throw new ImportError('read', `This file is larger than ${formatBytes(limits.maxBytes)}, the limit for one file, so it was not opened.`);
        ftm?.stopReading();
        await reader.cancel().catch(() => undefined);
        break;
      }
      if (options.onProgress && now() - lastReport >= interval) {
        lastReport = now();
        options.onProgress(progress('reading'));
        await yieldToEventLoop();
        if (signal?.aborted) throw cancelledError();
      }
    }
    if (format === undefined) {
      format = detectFormat(sniffed);
      if (format === 'ftm') ftm = await startFtm();
      consume(sniffed);
    }
    options.onProgress?.(progress('linking'));
    if (ftm) {
      const { dataset, report } = ftm.finish((linked) => {
        if (options.onProgress && now() - lastReport >= interval) {
          lastReport = now();
          options.onProgress(progress('linking', linked));
        }
      });
      const stopped = stoppedEarly === null ? report : { ...report, stoppedEarly };
      return { format, dataset, report: withEncodingNote(stopped, encoding) };
    }
    const text = bundleText.join('');
    bundleText = [];
    const outcome = bundleOutcome(text);
    return { format, dataset: outcome.dataset, report: withEncodingNote(outcome.report, encoding) };
  } catch (error) {
    if (signal?.aborted) throw cancelledError();
    throw toImportError(error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

interface Encoding {
  label: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** For the load report; null for UTF-8. */
  name: string | null;
}

/**
 * The text encoding of a file from its first bytes: a UTF-16 byte-order mark or the zero bytes of UTF-16 text,
 * else UTF-8 when the bytes are valid UTF-8, else Latin-1 (Windows-1252). Decoding Latin-1 as UTF-8 would put
 * replacement characters in every accented name without a word.
 */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', name: 'UTF-16 (little-endian)' };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', name: 'UTF-16 (big-endian)' };
  const sample = head.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (sample.length >= 8 && oddZeros > half * 0.4 && evenZeros < half * 0.05) return { label: 'utf-16le', name: 'UTF-16 (little-endian)' };
  if (sample.length >= 8 && evenZeros > half * 0.4 && oddZeros < half * 0.05) return { label: 'utf-16be', name: 'UTF-16 (big-endian)' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { label: 'utf-8', name: null };
  } catch {
    // Latin-1 text is mostly ASCII; bytes that are mostly not are binary data (described as such, not decoded).
    let other = 0;
    for (const byte of sample) if (byte >= 0x80 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) other++;
    if (other > sample.length * 0.3) return { label: 'utf-8', name: null };
    return { label: 'windows-1252', name: 'Latin-1 (Windows-1252)' };
  }
}

/** The report with a first warning naming the encoding, when the file was not UTF-8. */
function withEncodingNote(report: ImportOutcome['report'], encoding: Encoding): ImportOutcome['report'] {
  if (encoding.name === null) return report;
  return {
    ...report,
    warnings: [{ line: 0, reason: 'otherEncoding', detail: `the file was read as ${encoding.name}` }, ...report.warnings],
    warningCounts: { ...report.warningCounts, otherEncoding: 1 },
  };
}

/** True for one FtM entity written over several lines (pretty-printed), which the format check takes for a bundle. */
function isOneFtmEntity(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'schema' in value && 'id' in value;
}

/** The number of lines of a text (a last line without a newline counts), without splitting it. */
function lineCount(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return text === '' || text.endsWith('\n') ? lines : lines + 1;
}

function bundleOutcome(text: string): { dataset: Dataset; report: ImportOutcome['report'] } {
  // Parsed once: the check for one pretty-printed FtM entity and the bundle's validation share it.
  const json = readBundleJson(text);
  if ('value' in json && isOneFtmEntity(json.value)) {
    throw new ImportError(
      'notFtm',
      'This file holds one FollowTheMoney entity written over several lines. FollowTheMoney JSON lines need each entity on a line of its own (for example: jq -c . file.json).',
    );
  }
  const { dataset, problems, cleaning } = parseDatasetBundleJson(json);
  if (dataset === null) {
    const lines = problems.map(formatProblem);
    const shown = lines.slice(0, 5).join('; ');
    const more = lines.length > 5 ? ` (and ${lines.length - 5} more)` : '';
    throw new ImportError('invalidBundle', `This dataset file has ${lines.length} ${lines.length === 1 ? 'problem' : 'problems'}: ${shown}${more}.`, lines);
  }
  const report = new ReportBuilder();
  for (const alias of cleaning?.droppedAliases ?? []) report.warn(0, 'invisibleName', `alias of ${alias}`);
  if (cleaning && cleaning.cleanedTexts > 0) {
    report.warn(0, 'cleanedText', `${cleaning.cleanedTexts} ${cleaning.cleanedTexts === 1 ? 'text' : 'texts'}`);
  }
  report.linesRead = lineCount(text);
  const records = {
    nodes: dataset.nodes.length, roles: dataset.roles.length, measures: dataset.measures.length,
    actions: dataset.actions.length, links: dataset.links.length,
  };
  const total = records.nodes + records.roles + records.measures + records.actions + records.links;
  report.entitiesRead = total;
  return { dataset, report: report.build(total, records) };
}

/** Any failure as an ImportError. */
export function toImportError(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  if (error instanceof NotFtmError) return new ImportError('notFtm', error.message);
  const why = error instanceof Error ? error.message : String(error);
  return new ImportError('read', `The file could not be read: ${why}`);
}

/** A short name for a URL's file: its last path segment, else its host. */
export function nameOfUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter((s) => s !== '').pop();
    return last !== undefined ? decodeURIComponent(last) : parsed.host;
  } catch {
    return url;
  }
}

export interface RunImportOptions extends ImportRequestOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  progressIntervalMs?: number;
  now?: () => number;
  /** The fetch to use for URLs (injectable for tests). */
  fetch?: typeof fetch;
}

/** Imports from a Blob or a URL (fetched with `signal`, so cancel also stops the download). */
export async function runImport(source: ImportSource, options: RunImportOptions = {}): Promise<ImportOutcome> {
  const common = {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.progressIntervalMs === undefined ? {} : { progressIntervalMs: options.progressIntervalMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.undatedSanctions === undefined ? {} : { undatedSanctions: options.undatedSanctions }),
    ...(options.listLimit === undefined ? {} : { listLimit: options.listLimit }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.maxEntities === undefined ? {} : { maxEntities: options.maxEntities }),
  };
  if (source.kind === 'blob') {
    return importStream(source.blob.stream(), { ...common, name: source.name, totalBytes: source.blob.size });
  }
  const fetchFn = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchFn(source.url, options.signal === undefined ? {} : { signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw cancelledError();
    const why = error instanceof Error ? error.message : String(error);
    throw new ImportError('fetch', `Could not fetch ${source.url}: ${why}. The server may be down, or may not allow other sites to read it (CORS).`);
  }
  if (!response.ok || response.body === null) {
    throw new ImportError('fetch', `Could not fetch ${source.url}: the server answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  const length = Number(response.headers.get('content-length'));
  const encoded = response.headers.get('content-encoding');
  // With Content-Encoding the body arrives decoded and Content-Length counts the encoded bytes: size unknown.
  const totalBytes = Number.isFinite(length) && length > 0 && encoded === null ? length : null;
  const url = response.url !== '' ? response.url : source.url;
  return importStream(response.body, { ...common, name: nameOfUrl(url), url, totalBytes });
}
