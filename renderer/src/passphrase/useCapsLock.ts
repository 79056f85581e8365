import { useState, type KeyboardEvent } from 'react';

/**
 * Tracks Caps Lock from the key events of the fields it is attached to: browsers only tell
 * its state on an event, so the warning appears with the first key typed.
 */
export function useCapsLock(): {
  capsLockOn: boolean;
  keyHandlers: { onKeyDown(e: KeyboardEvent): void; onKeyUp(e: KeyboardEvent): void };
} {
  const [capsLockOn, setCapsLockOn] = useState(false);
  const update = (e: KeyboardEvent): void => setCapsLockOn(e.getModifierState('CapsLock'));
  return { capsLockOn, keyHandlers: { onKeyDown: update, onKeyUp: update } };
}
