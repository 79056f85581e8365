// An ordered list of sources, most trusted first, reordered with buttons (and so with the
// keyboard): drag and drop alone would leave keyboard users out.
import { useRef } from 'react';

interface SourcePriorityListProps {
  sources: readonly string[];
  onChange(next: string[]): void;
  disabled?: boolean;
}

function moved(list: readonly string[], from: number, to: number): string[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function SourcePriorityList({
  sources,
  onChange,
  disabled = false,
}: SourcePriorityListProps): React.JSX.Element {
  const list = useRef<HTMLOListElement>(null);

  function move(from: number, to: number, direction: 'up' | 'down'): void {
    onChange(moved(sources, from, to));
    // Focus follows the source it moved, so pressing the same button again keeps moving it.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-move="${direction}"]`);
      const target = buttons?.[to];
      if (target && !target.disabled) target.focus();
      else list.current?.querySelectorAll<HTMLButtonElement>('button')[to * 2]?.focus();
    });
  }

  return (
    <ol className="source-priority" ref={list} aria-label="Sources, most trusted first">
      {sources.map((source, i) => (
        <li key={source} className="source-priority-item">
          <span className="source-priority-rank cell-numbers">{i + 1}.</span>
          <span className="source-priority-name" dir="auto">
            {source}
          </span>
          <button
            type="button"
            className="button button-small button-quiet"
            data-move="up"
            aria-label={`Move ${source} up`}
            disabled={disabled || i === 0}
            onClick={() => move(i, i - 1, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            data-move="down"
            aria-label={`Move ${source} down`}
            disabled={disabled || i === sources.length - 1}
            onClick={() => move(i, i + 1, 'down')}
          >
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}
