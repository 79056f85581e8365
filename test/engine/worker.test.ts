// The worker thread speaks the protocol, answers requests concurrently and lets a cancel through
// while a job is running.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../electron/engine/protocol';
import type { Envelope } from '../../shared/errors';
import { bundleForNode } from './bundle';
import { CHEAP_KDF, PASSPHRASE, tempDir } from './helpers';

let worker: Worker;
let bundle: { file: string; remove: () => void };
const waiting = new Map<string, { resolve: (e: Envelope<unknown>) => void; reject: (e: Error) => void }>();
const events: { event: string; payload: unknown }[] = [];

function request(requestId: string, method: string, params: unknown = {}): Promise<Envelope<unknown>> {
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    worker.postMessage({ type: 'request', requestId, method, params } as ToWorker);
  });
}

beforeAll(async () => {
  // Bundled as the app's build does: worker threads do not inherit the TypeScript loader.
  bundle = await bundleForNode(fileURLToPath(new URL('../../electron/engine/worker.ts', import.meta.url)));
  worker = new Worker(bundle.file, { workerData: { defaultKdf: CHEAP_KDF } });
  worker.on('error', (e) => waiting.forEach((w) => w.reject(e)));
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'response') waiting.get(m.requestId)?.resolve(m.envelope);
    else events.push({ event: m.event, payload: m.payload });
  });
});

afterAll(async () => {
  // The app locks before ending the worker, so the lock file is released.
  if (worker) {
    await request('final-lock', 'vault.lock');
    await worker.terminate();
  }
  bundle?.remove();
});

describe('engine worker', () => {
  it('creates a vault, cancels an unlock while it runs, then unlocks', async () => {
    const path = join(tempDir(), 'w.muster');
    const operator = 'Officer W';
    expect(await request('c1', 'vault.create', { path, passphrase: PASSPHRASE, operator })).toMatchObject({ ok: true });
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
    expect(await request('bad', 'vault.unlock', { path })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
