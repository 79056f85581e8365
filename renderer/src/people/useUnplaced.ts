import { useEffect, useState } from 'react';
import type { PersonRow } from '../../../shared/people';
import { call } from '../api';
import { describeError } from '../errorMessages';

export const UNPLACED_PAGE_SIZE = 50;

export interface UnplacedPage {
  /** null until the first answer. */
  total: number | null;
  rows: PersonRow[];
  error: string | null;
}

/**
 * One page of the people still without a point. `version` changes when a record changed, so the
 * count on the button and the list follow placements made in the detail panel.
 */
export function useUnplaced(offset: number, version: number): UnplacedPage {
  const [page, setPage] = useState<UnplacedPage>({ total: null, rows: [], error: null });

  useEffect(() => {
    let current = true;
    call('people.unplaced', { offset, limit: UNPLACED_PAGE_SIZE }).then(
      ({ total, rows }) => {
        if (current) setPage({ total, rows, error: null });
      },
      (err: unknown) => {
        if (current)
          setPage((p) => ({ ...p, error: `The unplaced people could not be listed. ${describeError(err)}` }));
      },
    );
    return () => {
      current = false;
    };
  }, [offset, version]);

  return page;
}
