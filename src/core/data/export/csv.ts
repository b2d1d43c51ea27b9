// Exports measures as a CSV table a spreadsheet opens: one row per measure, RFC 4180 quoting, and cells that
// a spreadsheet would run as a formula (starting with = + - @) defused with a leading apostrophe.
import type { Dataset, Measure, Source } from '../../model/schema.ts';
import { MEASURE_KIND_LABEL, MEASURE_STATUS_LABEL, NODE_KIND_LABEL } from '../../model/labels.ts';
import { includesOf } from './subset.ts';

/** The header row, in column order. */
export const MEASURE_CSV_COLUMNS = [
  'announced', 'effective', 'sanctioning body', 'target', 'target kind', 'measure', 'legal basis', 'program',
  'family', 'status', 'action', 'sources', 'confidence', 'id',
] as const;

const FAMILY_LABEL: Record<Measure['family'], string> = {
  included: 'included',
  possibly: 'possibly included',
  no: 'not included',
  unknown: 'unknown',
};

/**
 * The measures as CSV (header row first, CRLF line ends), sorted by date announced. With `measureIds`,
 * only those measures (other ids are ignored), so the app can export what is visible.
 */
export function measuresToCsv(dataset: Dataset, measureIds?: Iterable<string>): string {
  const include = includesOf(measureIds);
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const actions = new Map(dataset.actions.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const measures = dataset.measures
    .filter((m) => include(m.id))
    .map((m, index) => ({ m, index }))
    .sort((a, b) => (a.m.announced < b.m.announced ? -1 : a.m.announced > b.m.announced ? 1 : a.index - b.index))
    .map(({ m }) => m);
  const rows: string[][] = [[...MEASURE_CSV_COLUMNS]];
  for (const m of measures) {
    const target = nodes.get(m.target);
    rows.push([
      m.announced,
      m.effective ?? '',
      nodes.get(m.body)?.name ?? m.body,
      target?.name ?? m.target,
      target ? NODE_KIND_LABEL[target.kind] : '',
      MEASURE_KIND_LABEL[m.kind],
      m.legalBasis,
      m.program ?? '',
      FAMILY_LABEL[m.family],
      MEASURE_STATUS_LABEL[m.status],
      actions.get(m.action)?.title ?? m.action,
      m.sources.map((id) => citation(sources.get(id), id)).join('; '),
      m.confidence,
      m.id,
    ]);
  }
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** One cell: formula-like text defused with a leading apostrophe, then quoted when RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function citation(source: Source | undefined, id: string): string {
  if (!source) return id;
  const details = [source.publisher === 'unknown' ? '' : source.publisher, source.date ?? ''].filter((d) => d !== '');
  return details.length > 0 ? `${source.title} (${details.join(', ')})` : source.title;
}
