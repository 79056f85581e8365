// The worker thread speaks the protocol, answers requests concurrently, lets a cancel through
// while a job is running, and a fresh worker recovers a vault a crashed one left locked.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../electron/engine/protocol';
import type { Envelope } from '../../shared/errors';
import { bundleForNode } from './bundle';
import { CHEAP_KDF, PASSPHRASE, tempDir } from './helpers';

let bundle: { file: string; remove: () => void };
const running: Worker[] = [];

interface EngineThread {
  worker: Worker;
  events: { event: string; payload: unknown }[];
  request(requestId: string, method: string, params?: unknown): Promise<Envelope<unknown>>;
}

function startWorker(): EngineThread {
  const worker = new Worker(bundle.file, { workerData: { defaultKdf: CHEAP_KDF } });
  running.push(worker);
  const waiting = new Map<string, { resolve: (e: Envelope<unknown>) => void; reject: (e: Error) => void }>();
  const events: EngineThread['events'] = [];
  worker.on('error', (e) => waiting.forEach((w) => w.reject(e)));
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'response') waiting.get(m.requestId)?.resolve(m.envelope);
    else events.push({ event: m.event, payload: m.payload });
  });
  return {
    worker,
    events,
    request: (requestId, method, params = {}) =>
      new Promise((resolve, reject) => {
        waiting.set(requestId, { resolve, reject });
        worker.postMessage({ type: 'request', requestId, method, params } as ToWorker);
      }),
  };
}

beforeAll(async () => {
  // Bundled as the app's build does: worker threads do not inherit the TypeScript loader.
  bundle = await bundleForNode(fileURLToPath(new URL('../../electron/engine/worker.ts', import.meta.url)));
});

afterAll(async () => {
  for (const worker of running) await worker.terminate();
  bundle?.remove();
});

describe('engine worker', () => {
  it('creates a vault, cancels an unlock while it runs, then unlocks', async () => {
    const { request, events } = startWorker();
    const path = join(tempDir(), 'w.muster');
    const operator = 'Officer W';
    expect(await request('c1', 'vault.create', { path, passphrase: PASSPHRASE, operator })).toMatchObject({
      ok: true,
    });
    expect(await request('l1', 'vault.lock')).toEqual({ ok: true, value: null });
    expect(events).toContainEqual({ event: 'vault.locked', payload: { reason: 'user' } });

    // Both messages are queued before the worker runs anything: the cancel is handled while the unlock is in flight.
    const unlocking = request('u1', 'vault.unlock', { path, passphrase: PASSPHRASE, operator });
    const cancel = request('x1', 'job.cancel', { requestId: 'u1' });
    expect(await cancel).toEqual({ ok: true, value: true });
    expect(await unlocking).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });

    expect(await request('u2', 'vault.unlock', { path, passphrase: PASSPHRASE, operator })).toMatchObject({
      ok: true,
      value: { operator },
    });
    expect(events.some((e) => e.event === 'job.progress')).toBe(true);
    expect(await request('bad', 'vault.unlock', { path })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await request('l2', 'vault.lock')).toEqual({ ok: true, value: null });
  });

  it('a new worker takes over the lock a stopped worker of this process left behind', async () => {
    const path = join(tempDir(), 'crashed.muster');
    const first = startWorker();
    expect(
      await first.request('c1', 'vault.create', { path, passphrase: PASSPHRASE, operator: 'Officer A' }),
    ).toMatchObject({ ok: true });
    await first.worker.terminate(); // as if the engine had crashed: no lock request first
    expect(existsSync(`${path}.lock`)).toBe(true);

    const second = startWorker();
    expect(
      await second.request('u1', 'vault.unlock', { path, passphrase: PASSPHRASE, operator: 'Officer A' }),
    ).toMatchObject({
      ok: true,
      value: { counts: { auditEntries: 2 } },
    });
    expect(await second.request('l1', 'vault.lock')).toEqual({ ok: true, value: null });
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
