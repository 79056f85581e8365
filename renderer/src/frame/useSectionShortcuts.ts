import { useEffect, useEffectEvent } from 'react';
import { SECTIONS, type SectionId } from '../sections/sections';

/** The digit pressed with Alt, read from the physical key so layouts where Alt+1 types a symbol still work. */
function digitOf(e: KeyboardEvent): number | null {
  const fromCode = /^(?:Digit|Numpad)(\d)$/.exec(e.code)?.[1];
  const digit = fromCode ?? (/^\d$/.test(e.key) ? e.key : undefined);
  return digit === undefined ? null : Number(digit);
}

/** Alt+1…6 open the sections in sidebar order, from anywhere in the window. */
export function useSectionShortcuts(onSelect: (id: SectionId) => void): void {
  const select = useEffectEvent(onSelect);
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent): void {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const digit = digitOf(e);
      const section = digit === null ? undefined : SECTIONS[digit - 1];
      if (!section) return;
      e.preventDefault();
      select(section.id);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
