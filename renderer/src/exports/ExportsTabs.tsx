// The views of the Exports section as tabs; arrows, Home and End move between them.
import type { KeyboardEvent } from 'react';

export type ExportsTab = 'dashboard' | 'status' | 'export' | 'checkin' | 'profiles' | 'addressBook';

const TABS: { id: ExportsTab; label: string }[] = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'status', label: 'Set status' },
  { id: 'export', label: 'Export a file' },
  { id: 'checkin', label: 'Check-in' },
  { id: 'profiles', label: 'Profiles' },
  { id: 'addressBook', label: 'Address book' },
];

export const exportsTabId = (tab: ExportsTab): string => `exports-tab-${tab}`;
export const exportsPanelId = (tab: ExportsTab): string => `exports-panel-${tab}`;

function neighbour(key: string, at: number): number | null {
  if (key === 'ArrowRight') return (at + 1) % TABS.length;
  if (key === 'ArrowLeft') return (at - 1 + TABS.length) % TABS.length;
  if (key === 'Home') return 0;
  if (key === 'End') return TABS.length - 1;
  return null;
}

export function ExportsTabs({
  active,
  onSelect,
}: {
  active: ExportsTab;
  onSelect(tab: ExportsTab): void;
}): React.JSX.Element {
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const to = neighbour(
      e.key,
      TABS.findIndex((t) => t.id === active),
    );
    const tab = to === null ? undefined : TABS[to];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    document.getElementById(exportsTabId(tab.id))?.focus();
  }
  return (
    <div className="tabs" role="tablist" aria-label="Exports views" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          id={exportsTabId(t.id)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={t.id === active}
          aria-controls={exportsPanelId(t.id)}
          tabIndex={t.id === active ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
