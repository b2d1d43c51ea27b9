// A date field that speaks the app's one date format: it shows "9 July 2020" (the reader's locale, as every panel
// does) and reads that back, or the ISO form, when the reader types. The browser's own date field would show its
// own numeric format beside ours; its calendar stays available through the "Pick" button.
import { useId, useRef, useState } from 'react';
import { formatDate } from '../core/graph/dates.ts';
import { parseDayInput } from '../core/text/dayInput.ts';

interface Props {
  /** The day shown (ISO), or null for none. */
  value: string | null;
  min: string;
  max: string;
  label: string;
  /** A day read from the field or the calendar; null when the field is emptied. */
  onChange(day: string | null): void;
}

export function DayField({ value, min, max, label, onChange }: Props) {
  const id = useId();
  const shown = value === null ? '' : formatDate(value);
  // While the reader edits, their text; otherwise the value formatted.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const calendar = useRef<HTMLInputElement>(null);

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() === '') {
      setError(null);
      if (value !== null) onChange(null);
      return;
    }
    const read = parseDayInput(draft);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    if (read.day !== value) onChange(read.day);
  };

  return (
    <span className="day-field">
      <label htmlFor={`${id}-text`}>{label}</label>
      <input
        id={`${id}-text`}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        size={15}
        placeholder={`e.g. ${formatDate('2020-07-09')}`}
        value={draft ?? shown}
        data-day-field
        data-day={value ?? ''}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape' && draft !== null) {
            e.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
      />
      <button
        type="button"
        className="day-pick"
        aria-label="Pick a date from a calendar"
        title="Pick a date from a calendar"
        onClick={() => {
          const input = calendar.current;
          if (!input) return;
          if (typeof input.showPicker === 'function') input.showPicker();
          else input.focus();
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
        </svg>
      </button>
      <input
        ref={calendar}
        type="date"
        className="day-calendar"
        tabIndex={-1}
        aria-hidden="true"
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(e) => {
          const read = parseDayInput(e.target.value);
          setError(null);
          setDraft(null);
          onChange(read.ok ? read.day : null);
        }}
      />
      {error && (
        <span id={`${id}-error`} className="day-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
