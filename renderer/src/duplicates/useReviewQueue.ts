// The officer's pass through the review queue: the pairs waiting for a decision, the one on
// screen, its full records, and the decisions taken in this sitting so the last can be undone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MatchDecision, PairDetail, ReviewPair } from '../../../shared/match';
import { call } from '../api';
import { describeMatchError } from './matchErrors';

export type ReviewOrder = 'uncertain' | 'weight_desc' | 'weight_asc';
/** 'pending': the work list; 'skipped' and 'decided': earlier answers, to revisit. */
export type ReviewStatus = 'pending' | 'skipped' | 'decided';

const PAGE_SIZE = 50;
// Revisiting is occasional: one long page of earlier answers, newest scores first, is enough.
const REVISIT_LIMIT = 200;

interface PairKey {
  leftId: number;
  rightId: number;
}

/** A decision taken in this sitting, with what the pair had before, so undo can restore it. */
interface TakenDecision extends PairKey {
  previous: MatchDecision | null;
}

export function pairKey(pair: PairKey): string {
  return `${pair.leftId}-${pair.rightId}`;
}

export interface ReviewQueueState {
  /** null until the first page has arrived. */
  pairs: ReviewPair[] | null;
  /** Pairs waiting when the queue was (re)loaded. */
  pendingAtLoad: number;
  /** The pair on screen; equal to pairs.length once every loaded pair is decided. */
  index: number;
  current: ReviewPair | null;
  /** Both full records of the current pair, once read. */
  detail: PairDetail | null;
  busy: boolean;
  error: string | null;
  canUndo: boolean;
  /** Decisions taken (and not undone) since the list was loaded. */
  decidedNow: number;
  decide(decision: MatchDecision): void;
  undo(): void;
  move(by: -1 | 1): void;
  reload(): void;
}

function firstUndecided(pairs: readonly ReviewPair[], from: number): number {
  for (let i = from; i < pairs.length; i += 1) if (pairs[i]?.decision === null) return i;
  return pairs.length;
}

/**
 * Decided pairs stay in the list (arrows can go back to them), so the queue's next page is asked
 * for from offset 0: the engine no longer lists them as pending, so nothing is skipped or repeated.
 */
export function useReviewQueue(
  status: ReviewStatus,
  order: ReviewOrder,
  onDecided: () => void,
): ReviewQueueState {
  const [loaded, setLoaded] = useState<{ key: string; pairs: ReviewPair[] | null }>({
    key: '',
    pairs: null,
  });
  const [pendingAtLoad, setPendingAtLoad] = useState(0);
  const [index, setIndex] = useState(0);
  const [detail, setDetail] = useState<PairDetail | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [history, setHistory] = useState<TakenDecision[]>([]);
  const [loadCount, setLoadCount] = useState(0);
  // Key repeat can fire a second decision before React re-renders with `busy`: guard synchronously.
  const working = useRef(false);

  const loadKey = `${status}/${order}/${loadCount}`;
  useEffect(() => {
    let live = true;
    const limit = status === 'pending' ? PAGE_SIZE : REVISIT_LIMIT;
    call('match.reviewQueue', { status, order, offset: 0, limit }).then(
      (page) => {
        if (!live) return;
        setLoaded({ key: loadKey, pairs: page.rows });
        setError(null);
        setPendingAtLoad(page.total);
        setIndex(0);
        setHistory([]);
      },
      (err: unknown) => {
        if (live) setError(`The review queue could not be read. ${describeMatchError(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [status, order, loadKey]);

  // Pairs of an earlier order or load are never shown while the new ones are on their way.
  const pairs = loaded.key === loadKey ? loaded.pairs : null;
  const setPairs = (next: ReviewPair[]): void => setLoaded({ key: loadKey, pairs: next });

  const current = pairs?.[index] ?? null;
  const currentKey = current ? pairKey(current) : null;

  useEffect(() => {
    if (current === null) return undefined;
    let live = true;
    call('match.pair', { leftId: current.leftId, rightId: current.rightId }).then(
      (d) => {
        if (live) setDetail(d);
      },
      (err: unknown) => {
        if (live) setError(`The records of this pair could not be read. ${describeMatchError(err)}`);
      },
    );
    return () => {
      live = false;
    };
    // The pair's identity, not the object, decides whether its records must be read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentKey]);

  const run = useCallback(async (job: () => Promise<void>, failure: string): Promise<void> => {
    if (working.current) return;
    working.current = true;
    setBusy(true);
    setError(null);
    try {
      await job();
    } catch (err) {
      setError(`${failure} ${describeMatchError(err)}`);
    } finally {
      working.current = false;
      setBusy(false);
    }
  }, []);

  function replacePair(list: ReviewPair[], updated: ReviewPair): ReviewPair[] {
    return list.map((p) => (pairKey(p) === pairKey(updated) ? updated : p));
  }

  function decide(decision: MatchDecision): void {
    if (pairs === null || current === null) return;
    void run(async () => {
      const result = await call('match.decide', {
        leftId: current.leftId,
        rightId: current.rightId,
        decision,
      });
      let list = replacePair(pairs, result.pair);
      // Revisiting earlier answers walks them in order; the work list skips to the next open pair.
      let next = status === 'pending' ? firstUndecided(list, index + 1) : index + 1;
      if (status === 'pending' && next === list.length) {
        // The loaded page is used up: fetch the pairs still waiting.
        const page = await call('match.reviewQueue', {
          status: 'pending',
          order,
          offset: 0,
          limit: PAGE_SIZE,
        });
        const known = new Set(list.map(pairKey));
        const fresh = page.rows.filter((p) => !known.has(pairKey(p)));
        list = [...list, ...fresh];
        next = firstUndecided(list, index + 1);
      }
      setPairs(list);
      const taken = { leftId: current.leftId, rightId: current.rightId, previous: current.decision };
      setHistory((h) => [...h, taken]);
      setIndex(next);
      onDecided();
    }, 'The decision was not saved.');
  }

  function undo(): void {
    const last = history[history.length - 1];
    if (pairs === null || last === undefined) return;
    void run(async () => {
      const ref = { leftId: last.leftId, rightId: last.rightId };
      // A changed answer goes back to the earlier one; a first answer is forgotten.
      const result =
        last.previous === null
          ? await call('match.undoDecision', ref)
          : await call('match.decide', { ...ref, decision: last.previous });
      const list = replacePair(pairs, result.pair);
      setPairs(list);
      setHistory((h) => h.slice(0, -1));
      const at = list.findIndex((p) => pairKey(p) === pairKey(last));
      setIndex(at === -1 ? index : at);
      setDetail(result);
      onDecided();
    }, 'The decision could not be undone.');
  }

  function move(by: -1 | 1): void {
    // While a decision is being saved, the pair it will move on from must stay put.
    if (pairs === null || pairs.length === 0 || working.current) return;
    setIndex((i) => Math.max(0, Math.min(pairs.length - 1, i + by)));
  }

  return {
    pairs,
    pendingAtLoad,
    index,
    current,
    detail: detail !== null && current !== null && pairKey(detail.pair) === pairKey(current) ? detail : null,
    busy,
    error,
    canUndo: history.length > 0,
    decidedNow: history.length,
    decide,
    undo,
    move,
    reload: () => setLoadCount((n) => n + 1),
  };
}
