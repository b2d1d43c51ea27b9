// Styling nodes in this view: a highlight colour from the palette (none is a colour the legend uses for a
// kind) for the selected nodes, and a custom label for one node. Both are part of the view and its link.
import { useState } from 'react';
import { HIGHLIGHT_COLOURS, HIGHLIGHT_NAMES, MAX_LABEL_LENGTH } from '../../core/view/curation.ts';
import { colourSelected } from '../../state/curationCommands.ts';
import { setNodeLabel } from '../../state/curationTransitions.ts';
import { updateView, useAppStore } from '../../state/store.ts';

function LabelField({ node, label }: { node: string; label: string }) {
  const [text, setText] = useState(label);
  return (
    <label className="node-label-field">
      Label in this view{' '}
      <input
        value={text}
        maxLength={MAX_LABEL_LENGTH}
        placeholder="the name"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => text !== label && updateView(setNodeLabel, node, text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
    </label>
  );
}

/** Highlight swatches for the selected nodes, and the label field when one node is selected. */
export function NodeStyle({ ids }: { ids: readonly string[] }) {
  const styles = useAppStore((s) => s.view.curation.styles);
  const colours = new Set(ids.map((id) => styles.find((s) => s.node === id)?.colour ?? null));
  const current = colours.size === 1 ? [...colours][0] : undefined;
  const single = ids.length === 1 ? ids[0] : undefined;
  const label = single === undefined ? '' : (styles.find((s) => s.node === single)?.label ?? '');
  return (
    <div className="node-style">
      <div className="swatches" role="group" aria-label="Highlight">
        <span>Highlight</span>
        {HIGHLIGHT_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            className="swatch"
            style={{ background: HIGHLIGHT_COLOURS[name] }}
            aria-label={`Highlight ${name}`}
            aria-pressed={current === name}
            onClick={() => colourSelected(current === name ? null : name)}
          />
        ))}
      </div>
      {single !== undefined && <LabelField key={`${single} ${label}`} node={single} label={label} />}
    </div>
  );
}
