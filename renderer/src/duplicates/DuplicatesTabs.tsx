// The three views of the Duplicates section as tabs: arrows move between them, as in any tab list.
import { useEffect, useRef, type KeyboardEvent } from 'react';

export type DuplicatesTab = 'review' | 'bands' | 'merged';

export const TABS: { id: DuplicatesTab; label: string }[] = [
  { id: 'review', label: 'Review queue' },
  { id: 'bands', label: 'Score bands' },
  { id: 'merged', label: 'Merged persons' },
];

export function tabId(tab: DuplicatesTab): string {
  return `duplicates-tab-${tab}`;
}

export function panelId(tab: DuplicatesTab): string {
  return `duplicates-panel-${tab}`;
}

export function DuplicatesTabs({
  active,
  onSelect,
}: {
  active: DuplicatesTab;
  onSelect(tab: DuplicatesTab): void;
}): React.JSX.Element {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const at = TABS.findIndex((t) => t.id === active);
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null;
    const tab = next === null ? undefined : TABS[next];
    if (!tab) return;
    e.preventDefault();
    select(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  }

  // At 800 px the run summary fills half the window: a chosen view scrolls up to use all of it,
  // once it is rendered (before, the old view may be too short to scroll that far).
  const chosen = useRef(false);
  useEffect(() => {
    if (chosen.current) list.current?.scrollIntoView?.({ block: 'start' });
    chosen.current = false;
  }, [active]);

  function select(tab: DuplicatesTab): void {
    chosen.current = true;
    onSelect(tab);
  }

  return (
    <div className="tabs" role="tablist" aria-label="Duplicates views" onKeyDown={onKeyDown} ref={list}>
      {TABS.map((t) => (
        <button
          key={t.id}
          id={tabId(t.id)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={t.id === active}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === active ? 0 : -1}
          onClick={() => select(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
