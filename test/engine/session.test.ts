import { describe, expect, it, vi } from 'vitest';
import { Session } from '../../electron/engine/session/session';
import { newVault } from './helpers';

describe('session idle lock', () => {
  it('closes the vault (database dropped) after the idle time, but waits while work is running', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const events: unknown[] = [];
      let busy = true;
      const session = new Session({
        emit: (event, payload) => events.push({ event, payload }),
        now: () => new Date('2026-03-01T10:00:00Z'),
        idleLockMinutes: 2,
        busy: () => busy,
      });
      const { vault } = await newVault();
      session.attach(vault, 'Officer');

      await vi.advanceTimersByTimeAsync(121_000);
      expect(vault.isOpen).toBe(true); // a job was running: postponed
      busy = false;
      await vi.advanceTimersByTimeAsync(121_000);
      await vi.waitFor(() => expect(vault.isOpen).toBe(false));
      expect(() => vault.db).toThrow(/locked/);
      expect(session.state()).toEqual({ state: 'locked', idleLockMinutes: 2 });
      expect(events).toEqual([{ event: 'vault.locked', payload: { reason: 'idle' } }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
