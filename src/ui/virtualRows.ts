// Long lists in the list view and the panels render only the rows near the screen (TanStack Virtual), inside
// the scrolling area they already sit in, so a table of 20,000 entities costs a few dozen rows of DOM.
// Short lists render every row: nothing changes for them (find in page, printing, tests of small data).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type Key, type RefObject } from 'react';

/** Lists shorter than this render every row. */
export const VIRTUALISE_MIN_ROWS = 150;

/** Rows rendered beyond each edge of the screen, so that a quick scroll or Tab finds them ready. */
const OVERSCAN = 10;

export interface VirtualRow {
  /** Position in the whole list. */
  index: number;
  /** Pass as `data-index` on the row's element along with `ref={measure}`. */
  key: Key;
}

export interface VirtualRows<E extends HTMLElement> {
  /** Put on the element that holds the rows (tbody, ul, div): where the list starts in its scrolling area. */
  anchor: RefObject<E | null>;
  /** The rows to render, in order. */
  rows: VirtualRow[];
  /** Empty space (pixels) to leave before the first and after the last rendered row. */
  before: number;
  after: number;
  /** Ref callback for each rendered row (with `data-index`), so that rows of any height are measured. */
  measure: ((element: Element | null) => void) | undefined;
  /** Whether only a window of the rows is rendered. */
  virtual: boolean;
}

interface Options {
  count: number;
  /** A typical row height in pixels, before rows are measured. */
  estimateSize: number;
  /** A stable key for the row at an index (a node or measure id), so measured heights follow rows when sorting. */
  key(index: number): string | number;
  /** Virtualise from this many rows (default VIRTUALISE_MIN_ROWS). */
  minRows?: number;
}

/** The nearest ancestor that scrolls vertically, or the document's scrolling element. */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * The rows of a list to render, for a list inside a scrolling area shared with other content (a panel, a
 * page of two tables): the list's offset in that area is measured after each render and passed on as
 * TanStack's scrollMargin, so content above it (that may change height) is allowed for.
 */
export function useVirtualRows<E extends HTMLElement>({
  count,
  estimateSize,
  key,
  minRows = VIRTUALISE_MIN_ROWS,
}: Options): VirtualRows<E> {
  const anchor = useRef<E>(null);
  const virtual = count >= minRows;
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);

  // After every render, not on chosen inputs: any render may change the height of what is above the list.
  // State is set only when the scrolling area or the offset changed, so this settles at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = anchor.current;
    if (!virtual || !element) return;
    const parent = scroller ?? scrollParent(element);
    if (parent !== scroller) setScroller(parent);
    const offset = Math.round(
      element.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop,
    );
    if (Math.abs(offset - margin) >= 1) setMargin(offset);
  });

  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scroller,
    estimateSize: () => estimateSize,
    getItemKey: key,
    overscan: OVERSCAN,
    scrollMargin: margin,
    enabled: virtual,
    // React 19 batches the scroll updates itself; flushSync inside its lifecycle only warns.
    useFlushSync: false,
  });

  if (!virtual) {
    const rows: VirtualRow[] = [];
    for (let index = 0; index < count; index++) rows.push({ index, key: key(index) });
    return { anchor, rows, before: 0, after: 0, measure: undefined, virtual };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const total = virtualizer.getTotalSize();
  return {
    anchor,
    rows: items.map((item) => ({ index: item.index, key: item.key })),
    before: first ? first.start - margin : 0,
    after: last ? Math.max(0, total - (last.end - margin)) : total,
    measure: virtualizer.measureElement,
    virtual,
  };
}
