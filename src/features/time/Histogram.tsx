// A small SVG bar chart of measures by month, placed on the same span as the date slider below it.
// Months after the chosen date are drawn faint, so the bars show what the graph holds at that date.
import { formatDate } from '../../core/graph/dates.ts';
import type { PlacedBar } from './timeScale.ts';

const WIDTH = 1000;
const HEIGHT = 40;

export function Histogram({ bars, asOf }: { bars: PlacedBar[]; asOf: string | null }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const busiest = bars.reduce<PlacedBar | null>((best, b) => (best === null || b.count > best.count ? b : best), null);
  const first = bars[0];
  const last = bars[bars.length - 1];
  const label =
    first && last && busiest
      ? `Measures announced per month, ${formatDate(first.month)} to ${formatDate(last.month)}: ${total} in all; ` +
        `the busiest month is ${formatDate(busiest.month)} with ${busiest.count}. ` +
        bars
          .filter((b) => b.count > 0)
          .map((b) => `${formatDate(b.month)}: ${b.count}`)
          .join(', ') +
        '.'
      : 'No dated measures.';
  return (
    <svg
      className="time-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      data-histogram-bars={bars.filter((b) => b.count > 0).length}
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="axis" />
      {bars.map((bar) => {
        if (bar.count === 0) return null;
        const height = Math.max(3, (bar.count / max) * (HEIGHT - 2));
        const x = bar.left * WIDTH;
        const width = Math.max(2, (bar.right - bar.left) * WIDTH - 2);
        const later = asOf !== null && bar.first > asOf;
        return (
          <rect
            key={bar.month}
            x={x + 1}
            y={HEIGHT - height}
            width={width}
            height={height}
            className={later ? 'month-bar later' : 'month-bar'}
          >
            <title>{`${formatDate(bar.month)}: ${bar.count} ${bar.count === 1 ? 'measure' : 'measures'}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
