// Live pair counts per band for thresholds the officer is still adjusting: asked once the
// slider rests, and answers to earlier positions are dropped so the numbers never jump back.
import { useEffect, useState } from 'react';
import type { BandCounts, MatchThresholds } from '../../../shared/match';
import { call } from '../api';
import { describeMatchError } from './matchErrors';
import { useDebouncedValue } from '../people/useDebouncedValue';

export const BANDS_DEBOUNCE_MS = 200;

export interface BandCountsState {
  counts: BandCounts | null;
  /** True while the shown counts belong to other thresholds than those on screen. */
  stale: boolean;
  error: string | null;
}

function sameThresholds(a: MatchThresholds, b: { autoLink: number; review: number }): boolean {
  return a.autoLink === b.autoLink && a.review === b.review;
}

/** `thresholds` is null while the inputs do not form a valid pair: nothing is asked then. */
export function useBandCounts(thresholds: MatchThresholds | null): BandCountsState {
  const settled = useDebouncedValue(thresholds, BANDS_DEBOUNCE_MS);
  const [counts, setCounts] = useState<BandCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const settledKey = settled ? `${settled.autoLink}/${settled.review}` : null;

  useEffect(() => {
    if (settled === null) return undefined;
    let live = true;
    call('match.bands', { thresholds: settled }).then(
      (answer) => {
        if (!live) return;
        setCounts(answer);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(`The band counts could not be read. ${describeMatchError(err)}`);
      },
    );
    return () => {
      live = false;
    };
    // The key carries the values; the object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settledKey]);

  return {
    counts,
    stale: thresholds === null || counts === null || !sameThresholds(thresholds, counts.thresholds),
    error,
  };
}
