// The canvas's progress line while a layout is computed (with Cancel) or a large graph is being drawn.
import { useEffect, useState } from 'react';
import { LAYOUT_LABELS } from '../core/view/viewState.ts';
import type { LayoutProgress } from './layoutSession.ts';

const count = new Intl.NumberFormat('en');

export function LayoutStatus({
  progress,
  onCancel,
}: {
  progress: Exclude<LayoutProgress, { phase: 'done' }>;
  onCancel(): void;
}) {
  const seconds = useElapsedSeconds(progress.phase);
  return (
    <div className="layout-status" role="status">
      {progress.phase === 'arranging' ? (
        <>
          <span>
            Arranging {count.format(progress.nodes)} nodes ({LAYOUT_LABELS[progress.layout].toLowerCase()})
            {seconds >= 2 ? `, ${seconds} s` : ''}…
          </span>
          <progress aria-label="Arranging the graph" />
          <button type="button" onClick={onCancel} title="Stop and show a quick grouped arrangement instead">
            Cancel
          </button>
        </>
      ) : (
        <>
          <span>
            Drawing {count.format(progress.done)} of {count.format(progress.total)} elements…
          </span>
          <progress aria-label="Drawing the graph" value={progress.done} max={progress.total} />
        </>
      )}
    </div>
  );
}

/** Whole seconds since the phase began (restarts when it changes). */
function useElapsedSeconds(phase: string): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [phase]);
  return seconds;
}
