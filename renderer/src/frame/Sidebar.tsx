import type { KeyboardEvent } from 'react';
import { SECTIONS, sectionShortcut, type SectionId } from '../sections/sections';

interface SidebarProps {
  active: SectionId;
  onSelect(id: SectionId): void;
}

/** Up and Down move between sections, as in any list of places; Tab still leaves the list. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const last = buttons.length - 1;
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? last
        : e.key === 'ArrowDown'
          ? (at + 1) % buttons.length
          : (at - 1 + buttons.length) % buttons.length;
  e.preventDefault();
  buttons[next]?.focus();
}

export function Sidebar({ active, onSelect }: SidebarProps): React.JSX.Element {
  return (
    <aside className="sidebar">
      <p className="sidebar-brand">
        <span className="brand-mark" aria-hidden="true" />
        Muster
      </p>
      <nav aria-label="Sections">
        <ul className="nav-list" onKeyDown={moveFocus}>
          {SECTIONS.map((section) => {
            const shortcut = `Alt+${sectionShortcut(section.id)}`;
            return (
              <li key={section.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={section.id === active ? 'page' : undefined}
                  aria-keyshortcuts={shortcut}
                  onClick={() => onSelect(section.id)}
                >
                  <span className="nav-label">{section.label}</span>
                  <kbd className="nav-shortcut" aria-hidden="true">
                    {shortcut}
                  </kbd>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
    </aside>
  );
}
