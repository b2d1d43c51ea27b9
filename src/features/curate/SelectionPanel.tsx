// The side panel for a multi-selection: the selected nodes as a list of names, with what they add up to
// (measures against any of them, the bodies behind those, the earliest announcement), and the curation commands.
import { selectionSummary } from '../../core/graph/selectionSummary.ts';
import type { LoadedData } from '../../state/loadedData.ts';
import { NodeLink } from '../../ui/links.tsx';
import { NodeStyle } from './NodeStyle.tsx';

export function SelectionPanel({ data, ids }: { data: LoadedData; ids: readonly string[] }) {
  const nodes = ids.filter((id) => data.graph.hasNode(id)).map((id) => data.graph.getNodeAttributes(id));
  const summary = selectionSummary(data.graph, ids);
  return (
    <section className="selection-panel" aria-label="Selected nodes">
      <h2>{nodes.length} selected</h2>
      <p className="status-line">
        {summary.measureCount === 0
          ? 'No measures recorded against any of them.'
          : `${summary.measureCount} ${summary.measureCount === 1 ? 'measure' : 'measures'} against them by ${summary.bodies} ${summary.bodies === 1 ? 'body' : 'bodies'}, the first announced ${summary.since ?? 'on an unknown date'}.`}
      </p>
      <ul className="selection-list">
        {nodes.map((node) => (
          <li key={node.id}>
            <NodeLink node={node} />
          </li>
        ))}
      </ul>
      <NodeStyle ids={ids} />
      <p className="muted">
        Shift-click adds or removes a node; shift-drag on the background selects by area. <kbd>H</kbd> hides them,{' '}
        <kbd>G</kbd> groups them.
      </p>
    </section>
  );
}
