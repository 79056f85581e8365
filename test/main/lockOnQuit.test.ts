import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installLockOnQuit } from '../../electron/main/lockOnQuit';

vi.mock('electron', () => ({}));

function fakeApp() {
  const app = new EventEmitter() as EventEmitter & { quit: ReturnType<typeof vi.fn> };
  app.quit = vi.fn(() => {
    const event = { preventDefault: vi.fn() };
    app.emit('before-quit', event);
    return event;
  });
  return app;
}

describe('lock on quit', () => {
  it('holds the quit until the engine has locked, then quits for real', async () => {
    const app = fakeApp();
    let finishLock!: () => void;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finishLock = resolve)));
    installLockOnQuit(app as never, { shutdown });

    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(shutdown).toHaveBeenCalledTimes(1);

    // A second quit request while locking neither locks twice nor slips through.
    const second = { preventDefault: vi.fn() };
    app.emit('before-quit', second);
    expect(second.preventDefault).toHaveBeenCalled();
    expect(shutdown).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    finishLock();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const finalEvent = app.quit.mock.results[0]!.value as { preventDefault: ReturnType<typeof vi.fn> };
    expect(finalEvent.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when locking fails', async () => {
    const app = fakeApp();
    installLockOnQuit(app as never, { shutdown: () => Promise.reject(new Error('engine gone')) });
    app.emit('before-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
  });
});
