// The boarding roster for the check-in desk, read again as the search changes (once typing rests)
// and after every mark.
import { useCallback, useEffect, useState } from 'react';
import type { RosterResult, RosterSelection } from '../../../shared/exports';
import { call } from '../api';
import { useDebouncedValue } from '../people/useDebouncedValue';
import { describeExportError } from './exportErrors';

/** Households on screen at once; a search narrows a larger roster. */
export const ROSTER_PAGE = 200;

export interface RosterState {
  roster: RosterResult | null;
  /** The search the roster on screen answers (it lags the box while typing). */
  answeredQuery: string;
  error: string | null;
  reload(): void;
}

export function useRoster(selection: RosterSelection, query: string, notBoardedOnly: boolean): RosterState {
  const settled = useDebouncedValue(query, 150);
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<Omit<RosterState, 'reload'>>({
    roster: null,
    answeredQuery: '',
    error: null,
  });
  const key = JSON.stringify(selection);

  useEffect(() => {
    let alive = true;
    call('status.roster', {
      selection: JSON.parse(key) as RosterSelection,
      query: settled,
      notBoardedOnly,
      limit: ROSTER_PAGE,
    }).then(
      (roster) => alive && setState({ roster, answeredQuery: settled, error: null }),
      (e: unknown) =>
        alive &&
        setState((s) => ({ ...s, error: `The roster could not be read. ${describeExportError(e)}` })),
    );
    return () => {
      alive = false;
    };
  }, [key, settled, notBoardedOnly, revision]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, reload };
}
