import { useEffect } from 'react';
import { call } from '../api';

/** The engine needs to hear of activity well inside a one-minute idle limit, not of every key. */
export const TOUCH_INTERVAL_MS = 30_000;

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'wheel'] as const;

/** Tells the engine the officer is active (postponing the idle lock), at most once per interval. */
export function useActivityTouch(intervalMs = TOUCH_INTERVAL_MS): void {
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    function onActivity(): void {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      // A failure means the vault is already locked; the vault.locked event handles that.
      call('session.touch', {}).catch(() => undefined);
    }
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [intervalMs]);
}
