// The arithmetic of a windowed list with fixed-height rows. Browsers cap how tall an element may
// be (about 33 million px in Chromium), so past MAX_SCROLL_HEIGHT the scroll bar is scaled: one
// pixel of scrolling moves `ratio` pixels through the rows.

export const MAX_SCROLL_HEIGHT = 15_000_000;

export interface WindowInput {
  rowCount: number;
  rowHeight: number;
  /** Height available to rows (the viewport minus the sticky header). */
  viewportHeight: number;
  scrollTop: number;
  overscan: number;
}

export interface RowWindow {
  /** Height of the element that gives the scroll bar its length. */
  spacerHeight: number;
  /** Virtual pixels per physical pixel of scroll (1 when nothing is scaled). */
  ratio: number;
  /** The first row at least partly on screen. */
  firstVisible: number;
  first: number;
  /** Exclusive. */
  end: number;
  /** Where row `index` sits inside the spacer. */
  topOf(index: number): number;
}

export function scrollRatio(rowCount: number, rowHeight: number, viewportHeight: number): number {
  const virtual = rowCount * rowHeight;
  const physical = Math.min(virtual, MAX_SCROLL_HEIGHT);
  const virtualRange = virtual - viewportHeight;
  const physicalRange = physical - viewportHeight;
  return virtualRange > 0 && physicalRange > 0 ? Math.max(1, virtualRange / physicalRange) : 1;
}

export function rowWindow({
  rowCount,
  rowHeight,
  viewportHeight,
  scrollTop,
  overscan,
}: WindowInput): RowWindow {
  const spacerHeight = Math.min(rowCount * rowHeight, MAX_SCROLL_HEIGHT);
  const ratio = scrollRatio(rowCount, rowHeight, viewportHeight);
  const maxVirtualTop = Math.max(0, rowCount * rowHeight - viewportHeight);
  const virtualTop = Math.min(Math.max(0, scrollTop * ratio), maxVirtualTop);
  const firstVisible = Math.floor(virtualTop / rowHeight);
  const within = virtualTop - firstVisible * rowHeight;
  const visibleCount = Math.ceil((viewportHeight + within) / rowHeight);
  const first = Math.max(0, firstVisible - overscan);
  const end = Math.min(rowCount, firstVisible + visibleCount + overscan);
  // Rows are placed relative to what is on screen, so they stay put however far the scale stretches.
  const physicalTop = virtualTop / ratio;
  return {
    spacerHeight,
    ratio,
    firstVisible,
    first,
    end,
    topOf: (index) => physicalTop + (index - firstVisible) * rowHeight - within,
  };
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollTopFor(
  index: number,
  { rowCount, rowHeight, viewportHeight, scrollTop }: Omit<WindowInput, 'overscan'>,
): number | null {
  const ratio = scrollRatio(rowCount, rowHeight, viewportHeight);
  const virtualTop = scrollTop * ratio;
  const rowTop = index * rowHeight;
  if (rowTop < virtualTop) return rowTop / ratio;
  if (rowTop + rowHeight > virtualTop + viewportHeight) return (rowTop + rowHeight - viewportHeight) / ratio;
  return null;
}
