// How many people are inside each listed area, for the area list. One count call per area
// (ids only, no rows); a file imported "one area per shape" can bring hundreds, so only the
// first ones are counted up front and the rest when opened.
import { useEffect, useState } from 'react';
import type { CrisisArea } from '../../../shared/areas';
import { call } from '../api';

export const COUNTED_AREAS = 50;

export function useInsideCounts(areas: readonly CrisisArea[], version: number): ReadonlyMap<number, number> {
  const [counts, setCounts] = useState<ReadonlyMap<number, number>>(new Map());
  const ids = areas
    .slice(0, COUNTED_AREAS)
    .map((a) => `${a.id}@${a.updatedAt}`)
    .join(',');

  useEffect(() => {
    let alive = true;
    const wanted = ids === '' ? [] : ids.split(',').map((k) => Number(k.split('@')[0]));
    Promise.all(
      wanted.map((id) =>
        call('area.inside', { id, limit: 0 }).then(
          (r) => [id, r.total] as const,
          // A count that fails is left out; the area's own panel shows why.
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (alive) setCounts(new Map(pairs.filter((p): p is readonly [number, number] => p !== null)));
    });
    return () => {
      alive = false;
    };
  }, [ids, version]);

  return counts;
}
