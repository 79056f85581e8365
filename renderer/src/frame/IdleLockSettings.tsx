import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { call } from '../api';
import { describeError } from '../errorMessages';

const MIN_MINUTES = 1;
const MAX_MINUTES = 24 * 60;

/** The top bar's idle timeout button and its small settings panel. Its name avoids the word
 * "lock" so the Lock button stays the only button found by that name. */
export function IdleLockSettings(): React.JSX.Element {
  const panelId = useId();
  const fieldId = useId();
  const [minutes, setMinutes] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    call('session.state', {}).then(
      (state) => {
        if (current) setMinutes(state.idleLockMinutes);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!open) return undefined;
    inputRef.current?.focus();
    inputRef.current?.select();
    // A click anywhere else closes the panel, as with any popover.
    function onPointerDown(e: MouseEvent): void {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !toggleRef.current?.contains(target)) setOpen(false);
    }
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  function openPanel(): void {
    setDraft(minutes === null ? '' : String(minutes));
    setError(null);
    setOpen(true);
  }

  function close(): void {
    setOpen(false);
    toggleRef.current?.focus();
  }

  function onPanelKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  }

  const parsed = Number(draft);
  const draftValid =
    draft.trim() !== '' && Number.isInteger(parsed) && parsed >= MIN_MINUTES && parsed <= MAX_MINUTES;

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!draftValid || saving) return;
    setSaving(true);
    setError(null);
    try {
      const state = await call('session.setIdleLock', { minutes: parsed });
      setMinutes(state.idleLockMinutes);
      close();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="popover-anchor">
      <button
        ref={toggleRef}
        type="button"
        className="button button-on-dark"
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        onClick={() => (open ? close() : openPanel())}
      >
        {minutes === null ? 'Idle timeout' : `Idle timeout: ${minutes} min`}
      </button>
      {open ? (
        <div
          ref={panelRef}
          id={panelId}
          className="popover"
          role="dialog"
          aria-label="Idle timeout settings"
          onKeyDown={onPanelKeyDown}
        >
          <form className="form form-compact" onSubmit={(e) => void save(e)} noValidate>
            <div className="field">
              <label htmlFor={fieldId}>Lock after this many minutes without activity</label>
              <input
                ref={inputRef}
                id={fieldId}
                type="number"
                inputMode="numeric"
                min={MIN_MINUTES}
                max={MAX_MINUTES}
                step={1}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                aria-invalid={!draftValid}
                aria-describedby={`${fieldId}-hint`}
              />
              <p id={`${fieldId}-hint`} className={draftValid ? 'field-hint' : 'field-error'}>
                From {MIN_MINUTES} to {MAX_MINUTES} minutes. Shorter is safer on a shared desk.
              </p>
            </div>
            {error !== null ? (
              <p className="field-error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={!draftValid || saving}>
                Save
              </button>
              <button type="button" className="button button-quiet" onClick={close}>
                Cancel
              </button>
            </div>
          </form>
        </div>
      ) : null}
    </div>
  );
}
