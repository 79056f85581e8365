import { useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  danger?: boolean;
  /** The confirm button waits for something in the body (a box to tick). */
  confirmDisabled?: boolean;
  /** Where focus starts: the safe answer, or the first control of a body that asks for choices. */
  initialFocus?: 'cancel' | 'body';
  onConfirm(): void;
  onCancel(): void;
}

const FOCUSABLE = ['button', 'select', 'input', 'textarea'].map((tag) => `${tag}:not(:disabled)`).join(', ');

/**
 * A modal question before something hard to take back. Focus starts on the safe answer (or on the
 * first choice the body asks for), Tab stays inside, Escape cancels, and focus goes back where it was
 * when the dialog closes.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  busy = false,
  danger = false,
  confirmDisabled = false,
  initialFocus = 'cancel',
  onConfirm,
  onCancel,
}: ConfirmDialogProps): React.JSX.Element {
  const ids = useId();
  const panel = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const startInBody = initialFocus === 'body';

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = startInBody ? body.current?.querySelector<HTMLElement>(FOCUSABLE) : null;
    (first ?? cancelButton.current)?.focus();
    return () => previous?.focus();
  }, [startInBody]);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (!busy) onCancel();
      return;
    }
    if (e.key !== 'Tab' || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
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

  return (
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 className="dialog-title" id={`${ids}-title`}>
          {title}
        </h2>
        <div className="dialog-body" id={`${ids}-body`} ref={body}>
          {children}
        </div>
        <div className="button-row dialog-actions">
          <button type="button" className="button" ref={cancelButton} onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            onClick={onConfirm}
            disabled={busy || confirmDisabled}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
