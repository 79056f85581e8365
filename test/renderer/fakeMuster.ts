// A stand-in for `window.muster` in component tests: canned answers per method, a record of
// every call, and events pushed on demand, so screens are tested against the real contract
// types without an engine.
import { cleanup } from '@testing-library/react';
import type { InvokeOptions, MusterApi } from '../../shared/api';
import type { EventName, EventPayload, MethodName, MethodParams, MethodResult } from '../../shared/contract';
import type { AuditEntry, VaultSummary } from '../../shared/domain';
import type { Envelope, ErrorCode } from '../../shared/errors';

type Handler<M extends MethodName> = (
  params: MethodParams<M>,
  options: InvokeOptions | undefined,
) => MethodResult<M> | Promise<MethodResult<M>>;

export interface RecordedCall {
  method: MethodName;
  params: unknown;
  options: InvokeOptions | undefined;
}

/** Thrown by a handler to answer with an error envelope. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message = `refused: ${code}`,
  ) {
    super(message);
  }
}

export const VAULT_PATH = '/home/officer/vaults/embassy.muster';

export function makeSummary(overrides: Partial<VaultSummary> = {}): VaultSummary {
  return {
    path: VAULT_PATH,
    formatVersion: 1,
    schemaVersion: 3,
    kdf: { name: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 },
    generation: 1,
    savedAt: '2025-03-01T10:00:00.000Z',
    journalRecords: 0,
    counts: { people: 0, auditEntries: 2 },
    ...overrides,
  };
}

export function makeAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    at: '2025-03-01T10:00:00.000Z',
    operator: 'Ana Duarte',
    action: 'vault.create',
    object: null,
    counts: null,
    ...overrides,
  };
}

export class FakeMuster implements MusterApi {
  readonly calls: RecordedCall[] = [];
  private readonly handlers = new Map<MethodName, Handler<MethodName>>();
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();

  constructor() {
    this.handle('shell.appInfo', () => ({ version: '0.1.0', platform: 'linux', recentVaults: [] }));
    this.handle('shell.chooseNewVaultPath', () => '/home/officer/vaults/new.muster');
    this.handle('shell.chooseExistingVaultPath', () => VAULT_PATH);
    this.handle('session.state', () => ({ state: 'locked', idleLockMinutes: 10 }));
    this.handle('session.touch', () => null);
    this.handle('session.setIdleLock', ({ minutes }) => ({ state: 'unlocked', idleLockMinutes: minutes }));
    this.handle('vault.create', ({ path, operator }) => makeSummary({ path, operator }));
    this.handle('vault.unlock', ({ path, operator }) => makeSummary({ path, operator }));
    this.handle('vault.info', () => makeSummary());
    this.handle('vault.lock', () => null);
    this.handle('audit.list', () => []);
  }

  handle<M extends MethodName>(method: M, handler: Handler<M>): void {
    this.handlers.set(method, handler as unknown as Handler<MethodName>);
  }

  async invoke<M extends MethodName>(
    method: M,
    params: MethodParams<M>,
    options?: InvokeOptions,
  ): Promise<Envelope<MethodResult<M>>> {
    this.calls.push({ method, params, options });
    const handler = this.handlers.get(method) as Handler<M> | undefined;
    if (!handler)
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Muster has no such method.' } };
    try {
      return { ok: true, value: await handler(params, options) };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: { code: error.code, message: error.message } };
      throw error;
    }
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as (payload: never) => void);
    return () => {
      this.listeners.get(event)?.delete(listener as (payload: never) => void);
    };
  }

  /** Pushes an event to the page; wrap in `act` when it changes what is rendered. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...(this.listeners.get(event) ?? [])])
      (listener as (p: EventPayload<E>) => void)(payload);
  }

  listenerCount(event: EventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  callsOf<M extends MethodName>(
    method: M,
  ): { params: MethodParams<M>; options: InvokeOptions | undefined }[] {
    return this.calls
      .filter((c) => c.method === method)
      .map((c) => ({ params: c.params as MethodParams<M>, options: c.options }));
  }
}

/** A promise the test settles by hand, to look at the screen while a call is running. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Puts a fresh fake in place of `window.muster`, as the preload would. */
export function installFakeMuster(): FakeMuster {
  const fake = new FakeMuster();
  Object.defineProperty(window, 'muster', { value: fake, configurable: true, writable: false });
  return fake;
}

/** Unmounts everything and forgets the fake and the remembered operator between tests. */
export function resetRenderer(): void {
  cleanup();
  window.localStorage.clear();
  delete (window as unknown as { muster?: unknown }).muster;
  document.title = '';
}
