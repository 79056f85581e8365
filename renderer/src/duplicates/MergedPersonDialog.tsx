import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { MergedPersonView } from './MergedPersonView';

interface MergedPersonDialogProps {
  recordId: number;
  onClose(): void;
  onChanged(): void;
}

/**
 * The merged-person view over another screen (the People panel). Modal: Tab stays inside,
 * Escape closes, and focus returns to the button that opened it.
 */
export function MergedPersonDialog({
  recordId,
  onClose,
  onChanged,
}: MergedPersonDialogProps): React.JSX.Element {
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => previous?.focus();
  }, []);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>): void {
    if (e.key === 'Escape') {
      // The panel underneath closes on Escape too: one press closes one thing.
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !panel.current) return;
    const focusable = [
      ...panel.current.querySelectorAll<HTMLElement>(
        'button:not(:disabled), input:not(:disabled), [tabindex="-1"]',
      ),
    ].filter((el) => el.tabIndex >= 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  // Rendered at the end of the body: the People panel it opens from is sticky, which would trap
  // the dialog in the panel's stacking context, under the table's sticky header.
  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className="dialog dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-label="Merged person"
        onKeyDown={onKeyDown}
      >
        <MergedPersonView recordId={recordId} onClose={onClose} onChanged={onChanged} />
      </div>
    </div>,
    document.body,
  );
}
