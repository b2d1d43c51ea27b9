import type { Measure } from '../../core/model/schema.ts';
import { DateText } from '../../ui/DateText.tsx';

/**
 * When a measure was announced, as the panels and the list write it: "by 26 February 2025" when the source
 * gives no date and the listing was only seen by then (first seen), so that a reader does not take it for
 * the day it was announced.
 */
export function AnnouncedDate({ measure }: { measure: Pick<Measure, 'announced' | 'announcedBy'> }) {
  if (measure.announcedBy !== true) return <DateText date={measure.announced} />;
  return (
    <span data-announced-by="" title="Not dated in the source: first seen listed by then">
      by <DateText date={measure.announced} />
    </span>
  );
}
