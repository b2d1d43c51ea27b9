// The bar above the canvas while a node is focused: whose neighbourhood is shown, how deep (1 to 3 steps),
// how many expansions were added, and the way back to the whole graph.
import { useId } from 'react';
import { useVisible } from '../../state/derived.ts';
import { updateView, useAppStore, useData } from '../../state/store.ts';
import { clearExpansions, setFocus, setFocusDepth } from '../../state/transitions.ts';
import { NodeLink } from '../../ui/links.tsx';

const DEPTHS = [1, 2, 3] as const;

export function FocusBar() {
  const data = useData();
  const focus = useAppStore((s) => s.view.focus);
  const expansions = useAppStore((s) => s.view.expanded.length);
  const visible = useVisible();
  const name = useId();
  if (!data || !focus) return null;
  const known = data.graph.hasNode(focus.node);
  const node = known ? { id: focus.node, name: data.graph.getNodeAttribute(focus.node, 'name') } : null;

  return (
    <section className="focus-bar bar" aria-label="Focus">
      <p className="bar-title">
        {node ? (
          <>
            Focused on <NodeLink node={node} />
          </>
        ) : (
          <>Focused on an entity not in this dataset; the whole graph is shown.</>
        )}
      </p>
      {node && (
        <fieldset className="depth-choice">
          <legend>Steps away</legend>
          {DEPTHS.map((depth) => (
            <label key={depth}>
              <input
                type="radio"
                name={name}
                value={depth}
                checked={focus.depth === depth}
                onChange={() => updateView(setFocusDepth, depth)}
                data-depth={depth}
              />
              <span>{depth}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="muted bar-count" data-focus-count>
        {visible.nodes.size} {visible.nodes.size === 1 ? 'entity' : 'entities'} shown
      </p>
      {expansions > 0 && (
        <button type="button" onClick={() => updateView(clearExpansions)}>
          Collapse {expansions} {expansions === 1 ? 'expansion' : 'expansions'}
        </button>
      )}
      <button type="button" onClick={() => updateView(setFocus, null)} data-unfocus>
        Show whole graph
      </button>
    </section>
  );
}
