// One change at a time from a form or a list (a key added, a profile saved or deleted): busy while the
// engine works, so a second click cannot send it twice; then either what was done, or what did not
// happen followed by the engine's own sentence.
import { useCallback, useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeExportError } from './exportErrors';

export interface EngineAction {
  busy: boolean;
  error: string | null;
  notice: string | null;
  /** Says what was done elsewhere (a form below the list), or clears the last sentence. */
  announce(notice: string | null): void;
  /** `action` resolves to the sentence that says what was done, if any. */
  run(failure: string, action: () => Promise<string | void>): Promise<void>;
}

export function useEngineAction(): EngineAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useCallback(async (failure: string, action: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    try {
      const done = await action();
      if (done) setNotice(done);
    } catch (err) {
      setError(`${failure} ${describeExportError(err)}`);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, notice, announce: setNotice, run };
}

/** A list's own alerts: why it could not be read, why the last change failed, or what it did. */
export function ActionAlerts({
  loadError,
  action,
}: {
  loadError: string | null;
  action: EngineAction;
}): React.JSX.Element {
  return (
    <>
      <ErrorAlert message={loadError} />
      <ErrorAlert message={action.error} />
      {action.notice ? (
        <p className="alert alert-success" role="status">
          {action.notice}
        </p>
      ) : null}
    </>
  );
}
