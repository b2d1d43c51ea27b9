import type { ReactNode } from 'react';

/** From this many entries a group starts folded, its count in the heading. */
export const FOLD_FROM = 7;

/** A section of the node panel whose heading folds it; the heading gives the count. */
export function Fold({
  label,
  title,
  count,
  open,
  children,
  level = 3,
}: {
  /** The section's accessible name (tests and screen readers find it by this). */
  label: string;
  title: ReactNode;
  count: number;
  /** Open at first; by default while the group is short. */
  open?: boolean;
  children: ReactNode;
  level?: 3 | 4;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section aria-label={label} className="fold">
      <details open={open ?? count < FOLD_FROM}>
        <summary>
          <Heading>
            {title} <span className="count">({count})</span>
          </Heading>
        </summary>
        {children}
      </details>
    </section>
  );
}
