// Quitting waits for the engine to lock the vault, so no decrypted state outlives the
// window and pending changes are saved.
import type { App } from 'electron';
import type { EngineHost } from './engineHost';

export function installLockOnQuit(app: Pick<App, 'on' | 'quit'>, host: Pick<EngineHost, 'shutdown'>): void {
  let locked = false;
  let locking = false;
  app.on('before-quit', (event) => {
    if (locked) return;
    event.preventDefault();
    if (locking) return;
    locking = true;
    void host
      .shutdown()
      .catch(() => {})
      .finally(() => {
        locked = true;
        app.quit();
      });
  });
}
