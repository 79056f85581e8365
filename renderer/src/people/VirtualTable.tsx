import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { rowWindow, scrollTopFor } from './windowing';

export interface VirtualTableProps {
  label: string;
  rowCount: number;
  rowHeight: number;
  /** The header row (role="row" with columnheaders), kept on top while the rows scroll. */
  header: ReactNode;
  /** One row's cells; `index` is 0-based. */
  renderRow(index: number): { key: string | number; cells: ReactNode; label?: string };
  /** When it changes (a new search), the table scrolls back to the top. */
  resetKey: string;
  activeIndex: number | null;
  onActiveChange(index: number): void;
  onOpen(index: number): void;
  /** Rows from `first` to `end` (exclusive) are on screen or about to be: fetch them. */
  onRangeChange(first: number, end: number): void;
  /** Used until the table has been measured (and in environments without layout). */
  fallbackHeight?: number;
  className?: string;
}

const HEADER_HEIGHT = 36;
const OVERSCAN = 6;

/**
 * A table that renders only the rows in view, so a million people cost the same as fifty. The
 * grid takes focus as a whole; arrow keys move the active row (aria-activedescendant), Enter opens it.
 */
export function VirtualTable({
  label,
  rowCount,
  rowHeight,
  header,
  renderRow,
  resetKey,
  activeIndex,
  onActiveChange,
  onOpen,
  onRangeChange,
  fallbackHeight = 560,
  className,
}: VirtualTableProps): React.JSX.Element {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  const idPrefix = useId();

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const measure = (): void => {
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const viewportHeight = Math.max(rowHeight, height - HEADER_HEIGHT);
  const win = rowWindow({ rowCount, rowHeight, viewportHeight, scrollTop, overscan: OVERSCAN });

  useEffect(() => {
    onRangeChange(win.first, win.end);
  }, [win.first, win.end, onRangeChange]);

  // A new search starts at the top.
  const [shownKey, setShownKey] = useState(resetKey);
  if (shownKey !== resetKey) {
    setShownKey(resetKey);
    setScrollTop(0);
  }
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  function moveTo(index: number): void {
    const target = Math.min(Math.max(0, index), rowCount - 1);
    if (target < 0) return;
    onActiveChange(target);
    const next = scrollTopFor(target, { rowCount, rowHeight, viewportHeight, scrollTop });
    if (next !== null) {
      if (scroller.current) scroller.current.scrollTop = next;
      setScrollTop(next);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const page = Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
    const at = activeIndex ?? -1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => at + 1,
      ArrowUp: () => Math.max(0, at - 1),
      PageDown: () => at + page,
      PageUp: () => Math.max(0, at - page),
      Home: () => 0,
      End: () => rowCount - 1,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      moveTo(move());
    } else if ((e.key === 'Enter' || e.key === ' ') && activeIndex !== null) {
      e.preventDefault();
      onOpen(activeIndex);
    }
  }

  const rows = Array.from({ length: win.end - win.first }, (_, offset) => {
    const index = win.first + offset;
    const row = renderRow(index);
    return (
      <div
        key={row.key}
        id={`${idPrefix}-${index}`}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={index === activeIndex}
        aria-label={row.label}
        className={index === activeIndex ? 'vt-row is-active' : 'vt-row'}
        style={{ transform: `translateY(${win.topOf(index)}px)`, height: rowHeight }}
        onClick={() => {
          onActiveChange(index);
          onOpen(index);
        }}
      >
        {row.cells}
      </div>
    );
  });

  return (
    <div
      ref={scroller}
      className={className ? `vt ${className}` : 'vt'}
      role="grid"
      aria-label={label}
      aria-rowcount={rowCount + 1}
      aria-activedescendant={
        activeIndex !== null && activeIndex >= win.first && activeIndex < win.end
          ? `${idPrefix}-${activeIndex}`
          : undefined
      }
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex === null && rowCount > 0) onActiveChange(Math.min(win.firstVisible, rowCount - 1));
      }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vt-head" role="rowgroup" style={{ height: HEADER_HEIGHT }}>
        {header}
      </div>
      <div className="vt-body" role="rowgroup" style={{ height: win.spacerHeight }}>
        {rows}
      </div>
    </div>
  );
}
