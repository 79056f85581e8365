// The engine as the window sees it: contract validation, envelopes, session, audit, jobs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventName, EventPayload } from '../../shared/contract';
import type { AuditEntry, VaultSummary } from '../../shared/domain';
import { createEngine } from '../../electron/engine/engine';
import { LATEST_SCHEMA_VERSION } from '../../electron/engine/store/migrations';
import type { Engine } from '../../electron/engine/types';
import { CHEAP_KDF, PASSPHRASE, tempDir } from './helpers';

interface Sent {
  event: EventName;
  payload: unknown;
}

const engines: Engine[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const e of engines.splice(0)) await e.dispose();
});

function start(options: { idleLockMinutes?: number } = {}) {
  const events: Sent[] = [];
  const engine = createEngine({
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => events.push({ event, payload }),
    defaultKdf: CHEAP_KDF,
    ...options,
  });
  engines.push(engine);
  let seq = 0;
  const call = (method: string, params: unknown = {}, requestId = `r${++seq}`) =>
    engine.handle(method, params, requestId);
  const ok = async <T>(method: string, params: unknown = {}): Promise<T> => {
    const envelope = await call(method, params);
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as T;
  };
  return { engine, events, call, ok };
}

const OPERATOR = 'Officer Grace';

describe('engine', () => {
  it('creates, locks and unlocks a vault, auditing each step under the operator', async () => {
    const { ok, events } = start();
    const path = join(tempDir(), 'embassy.muster');
    const created = await ok<VaultSummary>('vault.create', {
      path,
      passphrase: PASSPHRASE,
      operator: OPERATOR,
    });
    expect(created).toMatchObject({
      path,
      operator: OPERATOR,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: { people: 0, auditEntries: 1 },
    });
    expect(await ok('session.state')).toMatchObject({
      state: 'unlocked',
      path,
      operator: OPERATOR,
      idleLockMinutes: 10,
    });

    await ok('vault.save');
    await ok('vault.lock');
    expect(events).toContainEqual({ event: 'vault.locked', payload: { reason: 'user' } });
    expect(await ok('session.state')).toMatchObject({ state: 'locked' });
    expect(existsSync(`${path}.lock`)).toBe(false);

    await ok('vault.unlock', { path, passphrase: PASSPHRASE, operator: 'Officer Ali' });
    const changed = await ok<VaultSummary>('vault.changePassphrase', {
      current: PASSPHRASE,
      next: 'another long passphrase',
    });
    expect(changed.generation).toBeGreaterThan(created.generation);
    const trail = await ok<AuditEntry[]>('audit.list', {});
    expect(trail.map((e) => `${e.operator}: ${e.action}`).reverse()).toEqual([
      `${OPERATOR}: vault.create`,
      `${OPERATOR}: vault.save`,
      `${OPERATOR}: vault.lock`,
      'Officer Ali: vault.unlock',
      'Officer Ali: vault.changePassphrase',
    ]);
  });

  it('answers each failure with its own code, and never a raw message', async () => {
    const { call, ok } = start();
    const path = join(tempDir(), 'v.muster');
    await ok('vault.create', { path, passphrase: PASSPHRASE, operator: OPERATOR });
    await ok('vault.lock');

    expect(await call('vault.info')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('audit.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('vault.unlock', { path, passphrase: 'wrong one', operator: OPERATOR })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await call('vault.create', { path, passphrase: PASSPHRASE, operator: OPERATOR })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_EXISTS' },
    });
    expect(await call('shell.appInfo')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await call('no.such.method')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(
      await call('vault.unlock', {
        path: '/proc/no-such-folder/x.muster',
        passphrase: PASSPHRASE,
        operator: OPERATOR,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('validates input against the contract: empty, absurdly long, missing or extra fields', async () => {
    const { call } = start();
    const path = join(tempDir(), 'bad.muster');
    const empty = await call('vault.create', { path, passphrase: '', operator: OPERATOR });
    expect(empty).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Enter the passphrase.' } });
    const long = await call('vault.unlock', { path, passphrase: 'x'.repeat(10_000), operator: OPERATOR });
    expect(long).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/too long/) },
    });
    expect(await call('vault.create', { path, passphrase: 'short', operator: OPERATOR })).toMatchObject({
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/at least 12/) },
    });
    expect(await call('vault.create', { path, passphrase: PASSPHRASE, operator: '   ' })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('vault.lock', { extra: 1 })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(await call('session.setIdleLock', { minutes: 0 })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(existsSync(path)).toBe(false);
  });

  it('cancels an unlock in flight: CANCELLED, still locked, no lock file left', async () => {
    const { call, ok, events } = start();
    const path = join(tempDir(), 'c.muster');
    await ok('vault.create', { path, passphrase: PASSPHRASE, operator: OPERATOR });
    await ok('vault.lock');

    const unlocking = call('vault.unlock', { path, passphrase: PASSPHRASE, operator: OPERATOR }, 'unlock-1');
    const cancelled = await call('job.cancel', { requestId: 'unlock-1' });
    expect(cancelled).toEqual({ ok: true, value: true });
    expect(await unlocking).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await ok('session.state')).toMatchObject({ state: 'locked' });
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(await call('job.cancel', { requestId: 'unlock-1' })).toEqual({ ok: true, value: false });

    // Not cancelled: progress arrives per phase with rate and ETA fields.
    events.length = 0;
    await ok('vault.unlock', { path, passphrase: PASSPHRASE, operator: OPERATOR });
    const phases = events
      .filter((e) => e.event === 'job.progress')
      .map((e) => e.payload as { phase: string; rate: number });
    expect(new Set(phases.map((p) => p.phase))).toEqual(
      new Set(['deriving key', 'decrypting', 'replaying journal']),
    );
  });

  it('refuses a second request under an id that is still running', async () => {
    const { engine, ok } = start();
    const path = join(tempDir(), 'd.muster');
    const first = engine.handle('vault.create', { path, passphrase: PASSPHRASE, operator: OPERATOR }, 'same');
    const second = await engine.handle('session.state', {}, 'same');
    expect(second).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await first).toMatchObject({ ok: true });
    expect(await ok('session.state')).toMatchObject({ state: 'unlocked' });
  });

  it('locks by itself after the idle time, drops the vault and says why; any call postpones it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ok, events } = start({ idleLockMinutes: 1 });
    const path = join(tempDir(), 'idle.muster');
    await ok('vault.create', { path, passphrase: PASSPHRASE, operator: OPERATOR });

    await vi.advanceTimersByTimeAsync(50_000);
    await ok('session.touch');
    await vi.advanceTimersByTimeAsync(50_000);
    expect(await ok('session.state')).toMatchObject({ state: 'unlocked' });

    await vi.advanceTimersByTimeAsync(61_000);
    await vi.waitFor(() =>
      expect(events).toContainEqual({ event: 'vault.locked', payload: { reason: 'idle' } }),
    );
    vi.useRealTimers();
    expect(await ok('session.state')).toMatchObject({ state: 'locked' });
    expect(existsSync(`${path}.lock`)).toBe(false);

    await ok('vault.unlock', { path, passphrase: PASSPHRASE, operator: OPERATOR });
    const trail = await ok<AuditEntry[]>('audit.list', { limit: 2 });
    expect(trail[1]).toMatchObject({ action: 'vault.lock', object: 'idle' });
  });

  it('setIdleLock changes the delay; dispose locks the vault', async () => {
    const { engine, ok } = start();
    const path = join(tempDir(), 'e.muster');
    await ok('vault.create', { path, passphrase: PASSPHRASE, operator: OPERATOR });
    expect(await ok('session.setIdleLock', { minutes: 3 })).toMatchObject({
      idleLockMinutes: 3,
      state: 'unlocked',
    });
    await engine.dispose();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
