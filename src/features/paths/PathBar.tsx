// The bar above the canvas for the path search: the two ends (pick, change, swap, clear) and the result,
// each shortest path written out as a sentence whose names are links. The canvas highlights the paths.
import { useMemo } from 'react';
import { usePaths, type PathResult } from '../../state/derived.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { updateView, useAppStore, useData } from '../../state/store.ts';
import { clearPath, resetFilters, setPathEndpoint, swapPathEnds } from '../../state/transitions.ts';
import { NodeLink } from '../../ui/links.tsx';
import { EndpointPicker } from './EndpointPicker.tsx';
import { pathSegments } from './pathSegments.ts';

/** Paths written out before "and N more". */
const SHOWN_PATHS = 10;

export function PathBar() {
  const data = useData();
  const path = useAppStore((s) => s.view.path);
  const result = usePaths();
  if (!data || (path.from === null && path.to === null)) return null;
  return (
    <section className="path-bar bar" aria-label="Path between two entities">
      <div className="path-ends">
        <EndpointPicker
          data={data}
          label="From"
          node={path.from}
          onChoose={(id) => updateView(setPathEndpoint, 'from', id)}
        />
        <button
          type="button"
          className="small"
          onClick={() => updateView(swapPathEnds)}
          aria-label="Swap the two ends"
          title="Swap the two ends"
        >
          ⇄
        </button>
        <EndpointPicker
          data={data}
          label="To"
          node={path.to}
          onChoose={(id) => updateView(setPathEndpoint, 'to', id)}
        />
        <button type="button" className="small path-clear" onClick={() => updateView(clearPath)}>
          Clear path
        </button>
      </div>
      <div className="path-result" role="status" aria-live="polite" data-path-result>
        <PathResultText data={data} result={result} />
      </div>
    </section>
  );
}

function PathResultText({ data, result }: { data: LoadedData; result: PathResult | null }) {
  const sentences = useMemo(
    () =>
      result
        ? result.paths
            .slice(0, SHOWN_PATHS)
            .map((p) => ({ key: p.nodes.join('>'), segments: pathSegments(data.graph, p) }))
        : [],
    [data, result],
  );
  if (!result) return <p className="muted">Pick the other end to see how the two are connected.</p>;
  const nameOf = (id: string) => ({ id, name: data.graph.getNodeAttribute(id, 'name') });
  const from = <NodeLink node={nameOf(result.from)} />;
  const to = <NodeLink node={nameOf(result.to)} />;

  if (result.paths.length === 0) {
    if (result.hiddenPathLength !== null) {
      return (
        <p data-path-none="hidden">
          No path connects {from} and {to} in the graph as shown now. One of {steps(result.hiddenPathLength)} runs
          through entities or relations that the filters, the date or the focus hide.{' '}
          <button type="button" className="small" onClick={() => updateView(resetFilters)}>
            Reset filters
          </button>
        </p>
      );
    }
    return (
      <p data-path-none="none">
        No path connects {from} and {to}.
      </p>
    );
  }
  const first = result.paths[0];
  const length = first ? first.nodes.length - 1 : 0;
  if (length === 0) return <p>Both ends are {from}.</p>;
  const count = result.paths.length;
  return (
    <>
      <p className="path-summary" data-path-count={count} data-path-length={length}>
        {count === 1 ? 'One shortest path' : `${count} shortest paths`} of {steps(length)}:
      </p>
      <ol className="path-list">
        {sentences.map(({ key, segments }) => (
          <li key={key} data-path-sentence>
            {segments.map((segment, i) =>
              segment.type === 'node' ? (
                <NodeLink key={i} node={segment} />
              ) : (
                <span key={i} className="path-words">
                  {segment.text}
                </span>
              ),
            )}
          </li>
        ))}
      </ol>
      {count > SHOWN_PATHS && <p className="muted">…and {count - SHOWN_PATHS} more, all highlighted on the graph.</p>}
    </>
  );
}

function steps(n: number): string {
  return n === 1 ? '1 step' : `${n} steps`;
}
