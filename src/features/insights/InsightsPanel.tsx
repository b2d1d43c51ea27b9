// The Insights tab: figures derived from the data (never stored): the most-sanctioned targets, measures per
// body and year, the target x sanctioning-body matrix with a "by X but not Y" picker, and counter-sanctions.
import { useId, useMemo, useState } from 'react';
import {
  counterSanctionPairs,
  measuresPerBodyOverTime,
  mostSanctioned,
  sanctionedByButNot,
  targetBodyMatrix,
  type ActionWithMeasures,
  type SanctionedTarget,
  type TargetBodyMatrix,
} from '../../core/algorithms/insights.ts';
import type { SanctionsGraph } from '../../core/graph/build.ts';
import { formatDate } from '../../core/graph/dates.ts';
import { busiestFirst, topWithTies } from '../../core/algorithms/ranking.ts';
import { MEASURE_KIND_LABEL } from '../../core/model/labels.ts';
import type { MeasureKind } from '../../core/model/schema.ts';
import { useVisible } from '../../state/derived.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { useData } from '../../state/store.ts';
import { NodeLink, NodeLinks } from '../../ui/links.tsx';
import { shortName } from './shortName.ts';

const TOP = 10;

/** Short cell text for each measure kind; the full label is the abbreviation's title. */
const KIND_SHORT: Record<MeasureKind, string> = {
  blocking: 'Freeze',
  visaBan: 'Visa',
  exportBlacklisting: 'Export',
  investmentBan: 'Invest.',
  counterSanction: 'Counter',
  importBan: 'Import',
  listing: 'Listing',
};

export function InsightsPanel() {
  const data = useData();
  const visible = useVisible();
  const [onlyShown, setOnlyShown] = useState(false);
  const [showTied, setShowTied] = useState(false);
  const within = onlyShown ? visible : undefined;

  const figures = useMemo(() => {
    if (!data) return null;
    const options = { within };
    return {
      ranked: mostSanctioned(data.graph, Infinity, options),
      perYear: measuresPerBodyOverTime(data.graph, options),
      matrix: busiestBodiesFirst(targetBodyMatrix(data.graph, options)),
    };
  }, [data, within]);
  const pairs = useMemo(() => (data ? counterSanctionPairs(data.dataset, data.graph) : []), [data]);

  if (!data || !figures) return null;
  const { graph } = data;
  // Ties are ties: the same number of measures and of bodies share a rank, and a cut inside a tie says so.
  const sameScore = (a: SanctionedTarget, b: SanctionedTarget) =>
    a.measures === b.measures && a.bodies.length === b.bodies.length;
  const top = topWithTies(figures.ranked, TOP, sameScore);
  const shownTop = showTied ? topWithTies(figures.ranked, TOP + top.tiedBeyond, sameScore) : top;
  const lastTop = top.rows[top.rows.length - 1]?.item;
  const node = (id: string) => ({ id, name: graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id });

  return (
    <section className="insights-panel" aria-labelledby="insights-title">
      <h2 id="insights-title">Insights</h2>
      <label className="insights-scope">
        <input
          type="checkbox"
          checked={onlyShown}
          onChange={(e) => setOnlyShown(e.target.checked)}
          data-insights-only-shown
        />
        Count only the measures the graph shows now (filters, date, focus)
      </label>

      <section aria-labelledby="insights-top">
        <h3 id="insights-top">Most-sanctioned targets</h3>
        {shownTop.rows.length === 0 ? (
          <p className="muted">No measures to count.</p>
        ) : (
          <table className="insights-table" data-insights="top">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Rank
                </th>
                <th scope="col">Target</th>
                <th scope="col" className="num">
                  Measures
                </th>
                <th scope="col" className="num">
                  Bodies
                </th>
              </tr>
            </thead>
            <tbody>
              {shownTop.rows.map(({ item: row, rank, tied }) => (
                <tr key={row.target} data-target={row.target}>
                  <td className="num" title={tied ? 'tied' : undefined}>
                    {rank}
                    {tied ? '=' : ''}
                  </td>
                  <th scope="row">
                    <NodeLink node={node(row.target)} />
                  </th>
                  <td className="num">{row.measures}</td>
                  <td className="num" title={row.bodies.map((b) => node(b).name).join('; ')}>
                    {row.bodies.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {top.tiedBeyond > 0 && lastTop && (
          <p className="muted" data-insights-tied={top.tiedBeyond}>
            {showTied ? 'Shown: ' : ''}
            {top.tiedBeyond} more {top.tiedBeyond === 1 ? 'target ties' : 'targets tie'} with the last one listed (
            {lastTop.measures} {lastTop.measures === 1 ? 'measure' : 'measures'} from {lastTop.bodies.length}{' '}
            {lastTop.bodies.length === 1 ? 'body' : 'bodies'}).{' '}
            <button type="button" className="link" onClick={() => setShowTied((was) => !was)}>
              {showTied ? 'Show the first ten only' : 'Show them'}
            </button>
          </p>
        )}
      </section>

      <section aria-labelledby="insights-years">
        <h3 id="insights-years">Measures per body and year</h3>
        <PerYearTable graph={graph} perYear={figures.perYear} />
      </section>

      <section aria-labelledby="insights-matrix">
        <h3 id="insights-matrix">Who sanctioned whom</h3>
        <ButNotPicker data={data} matrix={figures.matrix} />
        <MatrixTable data={data} matrix={figures.matrix} />
      </section>

      <section aria-labelledby="insights-counter">
        <h3 id="insights-counter">Counter-sanctions and responses</h3>
        {pairs.length === 0 ? (
          <p className="muted">No counter-sanctions or responses in the data.</p>
        ) : (
          <ul className="counter-list">
            {pairs.map((pair) => (
              <li key={pair.action.id} className="counter-pair" data-counter={pair.action.id}>
                <ActionLine graph={graph} entry={pair} />
                {pair.respondsTo.length > 0 ? (
                  <div className="counter-answered">
                    <span className="muted">{pair.counterSanction ? 'In answer to' : 'Responding to'}</span>
                    <ul>
                      {pair.respondsTo.map((answered) => (
                        <li key={answered.action.id} data-answered={answered.action.id}>
                          <ActionLine graph={graph} entry={answered} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="muted counter-answered">The sources name no earlier action it answered.</p>
                )}
                {pair.missing.length > 0 && (
                  <p className="muted">Answers {pair.missing.length} action(s) not in this dataset.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

/** The matrix with its busiest bodies (most targets) in the first columns, where a narrow panel shows them. */
function busiestBodiesFirst(matrix: TargetBodyMatrix): TargetBodyMatrix {
  const order = busiestFirst(
    matrix.bodies.map(
      (_body, column) => matrix.rows.filter((row) => (row.cells[column]?.kinds.length ?? 0) > 0).length,
    ),
  );
  return {
    bodies: order.map((column) => matrix.bodies[column] ?? ''),
    rows: matrix.rows.map((row) => ({
      target: row.target,
      cells: order.flatMap((column) => (row.cells[column] ? [row.cells[column]] : [])),
    })),
  };
}

function PerYearTable({
  graph,
  perYear,
}: {
  graph: SanctionsGraph;
  perYear: ReturnType<typeof measuresPerBodyOverTime>;
}) {
  if (perYear.bodies.length === 0) return <p className="muted">No measures to count.</p>;
  const max = Math.max(1, ...perYear.bodies.flatMap((b) => b.counts));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Measures per body and year (scrolls sideways)">
      <table className="insights-table per-year" data-insights="per-year">
        <thead>
          <tr>
            <th scope="col">Body</th>
            {perYear.years.map((year) => (
              <th key={year} scope="col" className="num">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {perYear.bodies.map((row) => {
            const body = graph.hasNode(row.body) ? graph.getNodeAttributes(row.body) : null;
            return (
              <tr key={row.body}>
                <th scope="row">
                  <NodeLink node={{ id: row.body, name: body ? shortName(body) : row.body }} />
                </th>
                {row.counts.map((count, i) => (
                  <td key={perYear.years[i]} className="num year-cell">
                    <span className="year-bar" style={{ width: `${(count / max) * 100}%` }} aria-hidden="true" />
                    <span className="year-count">{count}</span>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MatrixTable({ data, matrix }: { data: LoadedData; matrix: TargetBodyMatrix }) {
  const { graph } = data;
  if (matrix.rows.length === 0) return null;
  return (
    <>
      <p className="muted matrix-key">
        Rows: targets (most measures first). Columns: sanctioning bodies (most targets first). Cells: the kinds of
        measures.
      </p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Targets by sanctioning body (scrolls sideways)"
      >
        <table className="insights-table matrix" data-insights="matrix">
          <caption className="visually-hidden">Targets by sanctioning body</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              {matrix.bodies.map((body) => {
                const attributes = graph.hasNode(body) ? graph.getNodeAttributes(body) : null;
                return (
                  <th key={body} scope="col">
                    <abbr title={attributes?.name ?? body}>{attributes ? shortName(attributes) : body}</abbr>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.target} data-matrix-row={row.target}>
                <th scope="row">
                  <NodeLink
                    node={{
                      id: row.target,
                      name: graph.hasNode(row.target) ? graph.getNodeAttribute(row.target, 'name') : row.target,
                    }}
                  />
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.body} className={cell.kinds.length > 0 ? 'hit' : undefined}>
                    {cell.kinds.map((kind, i) => (
                      <span key={kind}>
                        {i > 0 && ', '}
                        <abbr title={MEASURE_KIND_LABEL[kind]}>{KIND_SHORT[kind]}</abbr>
                      </span>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ButNotPicker({ data, matrix }: { data: LoadedData; matrix: TargetBodyMatrix }) {
  const { graph } = data;
  const id = useId();
  // Default: the two bodies with the most targets, the larger first.
  const [first, second] = useMemo(() => {
    const targets = (column: number) =>
      matrix.rows.filter((row) => (row.cells[column]?.measures.length ?? 0) > 0).length;
    return matrix.bodies
      .map((body, column) => ({ body, targets: targets(column) }))
      .sort((a, b) => b.targets - a.targets)
      .map((entry) => entry.body);
  }, [matrix]);
  const [byChoice, setBy] = useState<string | null>(null);
  const [notChoice, setNot] = useState<string | null>(null);
  // A body no longer in the matrix (another "only shown" choice) falls back to the default.
  const by = byChoice !== null && matrix.bodies.includes(byChoice) ? byChoice : first;
  const not = notChoice !== null && matrix.bodies.includes(notChoice) ? notChoice : (second ?? first);
  const targets = useMemo(() => (by && not ? sanctionedByButNot(matrix, by, not) : []), [matrix, by, not]);
  if (!by || !not) return null;
  const label = (body: string) => (graph.hasNode(body) ? shortName(graph.getNodeAttributes(body)) : body);
  return (
    <div className="but-not" data-but-not>
      <p className="but-not-controls">
        <label htmlFor={`${id}-by`}>Sanctioned by</label>{' '}
        <select id={`${id}-by`} value={by} onChange={(e) => setBy(e.target.value)}>
          {matrix.bodies.map((body) => (
            <option key={body} value={body}>
              {label(body)}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={`${id}-not`}>but not by</label>{' '}
        <select id={`${id}-not`} value={not} onChange={(e) => setNot(e.target.value)}>
          {matrix.bodies.map((body) => (
            <option key={body} value={body}>
              {label(body)}
            </option>
          ))}
        </select>
      </p>
      <p className="but-not-result" role="status" data-but-not-result={targets.length}>
        {by === not ? (
          'Pick two different bodies.'
        ) : targets.length === 0 ? (
          'No target.'
        ) : (
          <>
            {targets.length} {targets.length === 1 ? 'target' : 'targets'}:{' '}
            <NodeLinks
              nodes={targets.map((t) => ({ id: t, name: graph.hasNode(t) ? graph.getNodeAttribute(t, 'name') : t }))}
            />
          </>
        )}
      </p>
    </div>
  );
}

function ActionLine({ graph, entry }: { graph: SanctionsGraph; entry: ActionWithMeasures }) {
  const { action, measures } = entry;
  const body = graph.hasNode(action.body)
    ? { id: action.body, name: shortName(graph.getNodeAttributes(action.body)) }
    : null;
  const targets = [...new Set(measures.flatMap((m) => (graph.hasEdge(m) ? [graph.target(m)] : [])))];
  return (
    <div className="action-line" data-action-line={action.id}>
      <strong>
        <time dateTime={action.date}>{formatDate(action.date)}</time>: {action.title}
      </strong>
      {body && (
        <span className="muted">
          {' '}
          · by <NodeLink node={body} />
        </span>
      )}
      {targets.length > 0 && (
        <div className="action-targets">
          {measures.length} {measures.length === 1 ? 'measure' : 'measures'} on{' '}
          <NodeLinks nodes={targets.map((t) => ({ id: t, name: graph.getNodeAttribute(t, 'name') }))} />
        </div>
      )}
    </div>
  );
}
