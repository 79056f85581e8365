// The session: at most one unlocked vault, the officer working in it, and the idle lock that
// drops the decrypted data from memory when nobody has touched Muster for a while.
import type { SessionState } from '../../../shared/domain';
import { recordAudit } from '../audit/audit';
import { clearNormaliserCaches } from '../import/normalise/text';
import type { Emit } from '../types';
import type { Vault } from '../vault/vault';

export interface SessionOptions {
  emit: Emit;
  now: () => Date;
  idleLockMinutes: number;
  /** True while requests are running: the idle lock waits for them. */
  busy: () => boolean;
}

export type LockReason = 'user' | 'idle';

export class Session {
  private vault: Vault | null = null;
  private operator: string | null = null;
  private idleLockMinutes: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private locking: Promise<void> | null = null;

  constructor(private readonly options: SessionOptions) {
    this.idleLockMinutes = options.idleLockMinutes;
  }

  get current(): { vault: Vault; operator: string } | null {
    return this.vault && this.operator !== null ? { vault: this.vault, operator: this.operator } : null;
  }

  attach(vault: Vault, operator: string): void {
    this.vault = vault;
    this.operator = operator;
    this.touch();
  }

  /** Any call postpones the idle lock. */
  touch(): void {
    this.clearTimer();
    if (!this.vault) return;
    this.timer = setTimeout(() => this.onIdle(), this.idleLockMinutes * 60_000);
    // The idle lock must not keep a command-line process alive on its own.
    this.timer.unref?.();
  }

  setIdleLock(minutes: number): void {
    this.idleLockMinutes = minutes;
    this.touch();
  }

  state(): SessionState {
    return {
      state: this.vault ? 'unlocked' : 'locked',
      ...(this.vault ? { path: this.vault.path, operator: this.operator ?? undefined } : {}),
      idleLockMinutes: this.idleLockMinutes,
    };
  }

  /** Audits, closes the vault (keys wiped, database dropped) and tells the window. No-op when locked. */
  lock(reason: LockReason): Promise<void> {
    this.locking ??= this.doLock(reason).finally(() => {
      this.locking = null;
    });
    return this.locking;
  }

  dispose(): void {
    this.clearTimer();
  }

  private async doLock(reason: LockReason): Promise<void> {
    const vault = this.vault;
    const operator = this.operator;
    this.clearTimer();
    if (!vault) return;
    try {
      if (operator !== null) {
        await recordAudit(vault, { operator, action: 'vault.lock', object: reason, at: this.options.now() });
      }
    } catch {
      // Locking must succeed even when the trail cannot be written (e.g. a full disk).
    } finally {
      this.vault = null;
      this.operator = null;
      await vault.close();
      // The normalisers cache name words, dates of birth and phone numbers of the rows they saw.
      clearNormaliserCaches();
    }
    this.options.emit('vault.locked', { reason });
  }

  private onIdle(): void {
    this.timer = null;
    if (this.options.busy()) {
      this.touch();
      return;
    }
    void this.lock('idle');
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
