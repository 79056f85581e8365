// Runs the data engine in a worker thread and carries requests, responses and events
// across. The host never restarts a dead engine behind the officer's back: when the
// worker ends, every pending request fails, the window is told the vault is locked, and
// only the officer's next request starts a fresh (locked) engine.
import { randomUUID } from 'node:crypto';
import { EVENT_NAMES, type EngineMethod, type EventName } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { FromWorker, ToWorker } from '../engine/protocol';
import { failure, sanitizeEnvelope } from './envelopes';

/** The part of `worker_threads.Worker` the host uses, so tests can hand in a fake. */
export interface EngineWorker {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface EngineHostOptions {
  spawn: () => EngineWorker;
  onEvent: (event: EventName, payload: unknown) => void;
  /** The worker ended without being asked to: whatever was unlocked in it is gone. */
  onUnexpectedExit: () => void;
  /** How long shutdown waits for the engine to lock and save before stopping it anyway. */
  shutdownTimeoutMs?: number;
}

export interface EngineHost {
  request(method: EngineMethod, params: unknown, requestId: string): Promise<Envelope<unknown>>;
  /** Locks the vault (so nothing stays decrypted), then stops the worker. Idempotent. */
  shutdown(): Promise<void>;
}

export const ENGINE_STOPPED = failure(
  'INTERNAL',
  'The data engine stopped unexpectedly. The vault was locked; unlock it again to continue.',
);
export const ENGINE_CLOSING = failure('INTERNAL', 'Muster is closing.');
export const DUPLICATE_REQUEST = failure(
  'INVALID_INPUT',
  'Another request with the same id is still running.',
);

const KNOWN_EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES);

interface Running {
  worker: EngineWorker;
  pending: Map<string, (envelope: Envelope<unknown>) => void>;
  exited: Promise<void>;
  stopping: boolean;
}

function isFromWorker(message: unknown): message is FromWorker {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; requestId?: unknown; event?: unknown };
  if (m.type === 'response') return typeof m.requestId === 'string';
  if (m.type === 'event') return typeof m.event === 'string';
  return false;
}

export function createEngineHost(options: EngineHostOptions): EngineHost {
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 60_000;
  let running: Running | null = null;
  let closed = false;
  let shutdownPromise: Promise<void> | null = null;

  function start(): Running {
    const worker = options.spawn();
    let markExited: () => void = () => {};
    const current: Running = {
      worker,
      pending: new Map(),
      exited: new Promise<void>((resolve) => (markExited = resolve)),
      stopping: false,
    };
    worker.on('message', (message) => {
      if (!isFromWorker(message)) return;
      if (message.type === 'event') {
        if (KNOWN_EVENTS.has(message.event)) options.onEvent(message.event, message.payload);
        return;
      }
      const settle = current.pending.get(message.requestId);
      if (!settle) return;
      current.pending.delete(message.requestId);
      settle(sanitizeEnvelope(message.envelope));
    });
    // An uncaught error inside the worker is always followed by 'exit'. Its text may quote
    // vault data, so it is deliberately neither logged nor forwarded.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (running === current) running = null;
      const waiting = [...current.pending.values()];
      current.pending.clear();
      for (const settle of waiting) settle(current.stopping ? ENGINE_CLOSING : ENGINE_STOPPED);
      markExited();
      if (!current.stopping) options.onUnexpectedExit();
    });
    return current;
  }

  function send(target: Running, method: EngineMethod, params: unknown, requestId: string) {
    if (target.pending.has(requestId)) return Promise.resolve(DUPLICATE_REQUEST);
    return new Promise<Envelope<unknown>>((resolve) => {
      target.pending.set(requestId, resolve);
      try {
        target.worker.postMessage({ type: 'request', requestId, method, params });
      } catch {
        target.pending.delete(requestId);
        resolve(failure('INTERNAL', 'The request could not be passed to the data engine.'));
      }
    });
  }

  async function stop(target: Running): Promise<void> {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, shutdownTimeoutMs).unref());
    // Whatever the engine answers (even LOCKED when nothing was open), the worker stops next.
    await Promise.race([
      send(target, 'vault.lock', {}, `shell-quit-${randomUUID()}`),
      target.exited,
      timeout,
    ]);
    target.stopping = true;
    await target.worker.terminate().catch(() => 0);
    await target.exited;
  }

  return {
    request(method, params, requestId) {
      if (closed) return Promise.resolve(ENGINE_CLOSING);
      running ??= start();
      return send(running, method, params, requestId);
    },
    shutdown() {
      closed = true;
      shutdownPromise ??= running ? stop(running) : Promise.resolve();
      return shutdownPromise;
    },
  };
}
