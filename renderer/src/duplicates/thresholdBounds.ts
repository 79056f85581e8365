// Limits of the threshold inputs. The values are the contract's (shared/match.ts); they are
// repeated here because the renderer does not bundle zod, and the type annotations make the
// compiler fail if the contract's constants ever change.
import type { STORED_WEIGHT_FLOOR, WEIGHT_MAX, MatchThresholds } from '../../../shared/match';

export const REVIEW_MIN: typeof STORED_WEIGHT_FLOOR = -10;
export const THRESHOLD_MAX: typeof WEIGHT_MAX = 60;
export const THRESHOLD_STEP = 0.5;

export interface ThresholdDraft {
  autoLink: string;
  review: string;
}

export type ThresholdCheck = { ok: true; thresholds: MatchThresholds } | { ok: false; message: string };

function parse(text: string): number | null {
  const trimmed = text.trim().replace(',', '.').replace('−', '-');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Checks the typed thresholds as the engine will, so the officer hears why before any call. */
export function checkThresholds(draft: ThresholdDraft): ThresholdCheck {
  const autoLink = parse(draft.autoLink);
  const review = parse(draft.review);
  if (autoLink === null || review === null)
    return { ok: false, message: 'Enter both thresholds as numbers.' };
  if (review < REVIEW_MIN || review > THRESHOLD_MAX || autoLink < REVIEW_MIN || autoLink > THRESHOLD_MAX)
    return { ok: false, message: `Thresholds go from ${REVIEW_MIN} to ${THRESHOLD_MAX}.` };
  if (autoLink < review)
    return { ok: false, message: 'The auto-link threshold must be at least the review threshold.' };
  return { ok: true, thresholds: { autoLink, review } };
}
