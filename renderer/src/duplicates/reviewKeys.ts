// The review queue's keyboard: one key per decision so an officer can work through hundreds of
// pairs without the mouse. Kept apart from the component so the mapping is tested on its own.
import type { MatchDecision } from '../../../shared/match';

export type ReviewCommand =
  { kind: 'decide'; decision: MatchDecision } | { kind: 'undo' } | { kind: 'move'; by: -1 | 1 };

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

const DECISION_KEYS: Record<string, MatchDecision> = { m: 'match', n: 'not_match', s: 'skip' };

/** Keys typed into a field belong to the field, not to the queue. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range'].includes(target.type);
}

/** Sliders and radio groups move with the arrow keys themselves. */
function ownsArrows(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLInputElement)) return false;
  return target.type === 'range' || target.type === 'radio';
}

export function reviewCommand(event: KeyLike): ReviewCommand | null {
  if (isTypingTarget(event.target)) return null;
  const key = event.key.toLowerCase();
  // Ctrl+Z (Cmd+Z on a Mac) is every editor's undo; it means the same here.
  if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && key === 'z')
    return { kind: 'undo' };
  // Alt+digit jumps between sections and other chords belong to the browser: leave them alone.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (key === 'u') return { kind: 'undo' };
  if (event.shiftKey) return null;
  const decision = DECISION_KEYS[key];
  if (decision) return { kind: 'decide', decision };
  if (ownsArrows(event.target)) return null;
  if (event.key === 'ArrowRight' || event.key === 'ArrowDown') return { kind: 'move', by: 1 };
  if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') return { kind: 'move', by: -1 };
  return null;
}
