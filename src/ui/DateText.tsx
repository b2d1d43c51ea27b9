import { formatDate } from '../core/graph/dates.ts';
import type { DateOrUnknown } from '../core/model/schema.ts';

/** A date as every panel shows it: the reader's locale on screen, the ISO date in the markup and the tooltip. */
export function DateText({ date }: { date: DateOrUnknown | undefined }) {
  const text = formatDate(date);
  if (date === undefined || date === 'unknown') return <>{text}</>;
  return (
    <time dateTime={date} title={date}>
      {text}
    </time>
  );
}
