// The time bar below the canvas: an "as of" date (date field and slider) over a histogram of measures by
// month, and a play control that steps through the actions in date order, naming each one.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MonthCount, TimelineStep } from '../../core/algorithms/time.ts';
import { formatDate } from '../../core/graph/dates.ts';
import { updateView, useAppStore, useData } from '../../state/store.ts';
import { setAsOf } from '../../state/transitions.ts';
import { Histogram } from './Histogram.tsx';
import { DayField } from '../../ui/DayField.tsx';
import { isIsoDay } from '../../core/graph/dates.ts';
import {
  addDays,
  currentStepIndex,
  daysBetween,
  neighbourStep,
  placeBars,
  sliderKeyStep,
  timeSpan,
} from './timeScale.ts';

/** Time between two play steps. */
export const PLAY_STEP_MS = 1500;
/** The slider writes the date at most this often while dragged (each write is a view change). */
const SLIDER_WRITE_MS = 120;
const NO_STEPS: TimelineStep[] = [];
const NO_MONTHS: MonthCount[] = [];

export function TimeBar() {
  const data = useData();
  const asOf = useAppStore((s) => s.view.asOf);
  const validAsOf = asOf !== null && isIsoDay(asOf) ? asOf : null;

  const steps = data?.timeline.steps ?? NO_STEPS;
  const histogram = data?.timeline.histogram ?? NO_MONTHS;
  const span = useMemo(() => timeSpan(steps, histogram), [steps, histogram]);
  const bars = useMemo(() => (span ? placeBars(histogram, span) : []), [histogram, span]);

  // The step last played or stepped to; it stays current while the date is still its date.
  const [chosenStep, setChosenStep] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const current = currentStepIndex(steps, validAsOf, chosenStep);
  const step: TimelineStep | undefined = steps[current];

  const goToStep = (index: number) => {
    const target = steps[index];
    if (!target) return;
    setChosenStep(index);
    updateView(setAsOf, target.asOf);
  };

  // Play: show the next step every PLAY_STEP_MS, stopping after the last one.
  const currentRef = useRef(current);
  currentRef.current = current;
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = currentRef.current + 1;
      const target = steps[next];
      if (!target) {
        setPlaying(false);
        return;
      }
      currentRef.current = next;
      setChosenStep(next);
      updateView(setAsOf, target.asOf);
      if (next === steps.length - 1) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, steps]);

  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // From no date or the last step, start again at the first; otherwise carry on from here.
    const atEnd = validAsOf === null || current >= steps.length - 1;
    const start = atEnd ? 0 : current + 1;
    goToStep(start);
    if (start < steps.length - 1) setPlaying(true);
  };

  // The slider: a day index over the span. Writes are throttled while dragging; the last one always lands.
  const [draft, setDraft] = useState<number | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout> | null; day: string | null }>({
    timer: null,
    day: null,
  });
  useEffect(
    () => () => {
      if (pending.current.timer) clearTimeout(pending.current.timer);
    },
    [],
  );
  const writeSoon = (day: string) => {
    pending.current.day = day;
    if (pending.current.timer) return;
    updateView(setAsOf, day);
    pending.current.timer = setTimeout(() => {
      pending.current.timer = null;
      const last = pending.current.day;
      if (last && last !== useAppStore.getState().view.asOf) updateView(setAsOf, last);
      setDraft(null);
    }, SLIDER_WRITE_MS);
  };

  if (!data || !span || steps.length === 0) return null;
  const sliderDay =
    validAsOf === null ? span.end : validAsOf < span.start ? span.start : validAsOf > span.end ? span.end : validAsOf;
  const sliderValue = draft ?? daysBetween(span.start, sliderDay);
  const previous = neighbourStep(steps, current, validAsOf, -1);
  const next = neighbourStep(steps, current, validAsOf, 1);

  return (
    <section className="time-bar" aria-label="Time">
      <div className="time-row">
        <span className="time-date">
          <DayField
            label="As of"
            value={validAsOf}
            min={span.start}
            max={span.end}
            onChange={(day) => {
              setPlaying(false);
              updateView(setAsOf, day);
            }}
          />
        </span>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            updateView(setAsOf, null);
          }}
          disabled={asOf === null}
          aria-label="Clear date"
          title="Show all dates"
        >
          Clear<span className="wide-only"> date</span>
        </button>
        <div className="time-play" role="group" aria-label="Step through the actions">
          <button
            type="button"
            aria-label="Previous action"
            title="Previous action"
            disabled={previous === null}
            onClick={() => {
              setPlaying(false);
              if (previous !== null) goToStep(previous);
            }}
          >
            ◀
          </button>
          <button type="button" onClick={play} data-play data-playing={playing}>
            {playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            aria-label="Next action"
            title="Next action"
            disabled={next === null}
            onClick={() => {
              setPlaying(false);
              if (next !== null) goToStep(next);
            }}
          >
            ▶
          </button>
        </div>
        <p className="time-step" role="status" aria-live="polite" data-time-step>
          {stepText(step, current, steps.length, validAsOf)}
        </p>
      </div>
      <div className="time-scale">
        <Histogram bars={bars} asOf={validAsOf} />
        <input
          type="range"
          className="time-slider"
          min={0}
          max={span.length}
          step={1}
          value={sliderValue}
          aria-label="As of date"
          aria-valuetext={validAsOf === null ? 'All dates' : formatDate(addDays(span.start, sliderValue))}
          onKeyDown={(e) => {
            const target = sliderKeyStep(e.key, steps.length, previous, next);
            if (target === undefined) return;
            // By action, not by day: the browser's own step would move one day of three years.
            e.preventDefault();
            setPlaying(false);
            if (target === 'start') updateView(setAsOf, span.start);
            else if (target !== null) goToStep(target);
          }}
          onChange={(e) => {
            const n = Number(e.target.value);
            setPlaying(false);
            setDraft(n);
            writeSoon(addDays(span.start, n));
          }}
        />
        <div className="time-ends" aria-hidden="true">
          <span>{formatDate(span.start)}</span>
          <span>{formatDate(span.end)}</span>
        </div>
      </div>
    </section>
  );
}

function stepText(step: TimelineStep | undefined, index: number, total: number, asOf: string | null): string {
  if (asOf === null) return `All dates: ${total} actions. Press Play to replay them in order.`;
  if (!step) return `${formatDate(asOf)}: no action yet.`;
  const position = `${index + 1}/${total}`;
  // Dates as readers write them, like every other date on the page (step.label keeps the ISO form).
  const action = `${formatDate(step.date)}: ${step.title}`;
  if (step.asOf === asOf) return `${position} · ${action}`;
  return `${formatDate(asOf)} · latest action: ${action}`;
}
