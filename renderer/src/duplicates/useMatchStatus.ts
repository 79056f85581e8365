import { useCallback, useEffect, useState } from 'react';
import type { MatchStatus } from '../../../shared/match';
import { call } from '../api';
import { describeMatchError } from './matchErrors';

export interface MatchStatusState {
  status: MatchStatus | null;
  error: string | null;
  reload(): void;
  /** An answer that already carries the new status (a run, saved thresholds). */
  replace(status: MatchStatus): void;
}

/** The last run, settings and counts of waiting records, read again whenever something changes. */
export function useMatchStatus(): MatchStatusState {
  const [status, setStatus] = useState<MatchStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call('match.summary', {}).then(
      (s) => {
        if (!live) return;
        setStatus(s);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(`The state of duplicate finding could not be read. ${describeMatchError(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { status, error, reload, replace: setStatus };
}
