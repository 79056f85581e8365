// Who is inside one area: counts, breakdowns and a page of people, read again when the area
// or the people change.
import { useEffect, useState } from 'react';
import type { InsideResult } from '../../../shared/areas';
import { call } from '../api';
import { describeMapError } from './mapErrors';

export const INSIDE_PAGE_SIZE = 50;

export interface InsideState {
  result: InsideResult | null;
  error: string | null;
}

export function useInside(areaId: number | null, offset: number, version: number): InsideState {
  const [state, setState] = useState<InsideState & { key: string }>({ result: null, error: null, key: '' });
  const key = `${areaId}:${offset}:${version}`;

  useEffect(() => {
    if (areaId === null) return undefined;
    let alive = true;
    call('area.inside', { id: areaId, offset, limit: INSIDE_PAGE_SIZE, includeRows: true }).then(
      (result) => alive && setState({ result, error: null, key }),
      (error: unknown) => alive && setState({ result: null, error: describeMapError(error), key }),
    );
    return () => {
      alive = false;
    };
  }, [areaId, offset, key]);

  // An answer for another area or page is never shown as this one's.
  return state.key === key ? state : { result: null, error: null };
}
