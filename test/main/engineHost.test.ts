import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../shared/contract';
import type { ToWorker } from '../../electron/engine/protocol';
import {
  DUPLICATE_REQUEST,
  ENGINE_CLOSING,
  ENGINE_STOPPED,
  createEngineHost,
  type EngineHost,
  type EngineWorker,
} from '../../electron/main/engineHost';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'fakeEngineWorker.mjs');

interface Harness {
  host: EngineHost;
  events: Array<{ event: EventName; payload: unknown }>;
  unexpectedExits: () => number;
  workers: Worker[];
}

const hosts: EngineHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.shutdown()));
});

function realWorkerHost(workerData: Record<string, unknown> = {}, shutdownTimeoutMs?: number): Harness {
  const events: Harness['events'] = [];
  const workers: Worker[] = [];
  let exits = 0;
  const host = createEngineHost({
    spawn: () => {
      const worker = new Worker(FIXTURE, { workerData, stderr: true });
      workers.push(worker);
      return worker as EngineWorker;
    },
    onEvent: (event, payload) => events.push({ event, payload }),
    onUnexpectedExit: () => exits++,
    shutdownTimeoutMs,
  });
  hosts.push(host);
  return { host, events, unexpectedExits: () => exits, workers };
}

describe('engine host with a worker thread', () => {
  it('matches concurrent responses to their requests even when they arrive out of order', async () => {
    const { host } = realWorkerHost();
    const slow = host.request('vault.info', { delayMs: 150 }, 'req-slow');
    const fast = host.request('session.state', { delayMs: 0 }, 'req-fast');
    const middle = host.request('audit.list', { delayMs: 60 }, 'req-middle');
    const order: string[] = [];
    const results = await Promise.all(
      [slow, fast, middle].map((p) =>
        p.then((envelope) => {
          if (envelope.ok) order.push((envelope.value as { requestId: string }).requestId);
          return envelope;
        }),
      ),
    );
    expect(results).toEqual([
      { ok: true, value: { requestId: 'req-slow', method: 'vault.info' } },
      { ok: true, value: { requestId: 'req-fast', method: 'session.state' } },
      { ok: true, value: { requestId: 'req-middle', method: 'audit.list' } },
    ]);
    expect(order).toEqual(['req-fast', 'req-middle', 'req-slow']);
  });

  it('passes engine errors through as envelopes', async () => {
    const { host } = realWorkerHost();
    await expect(host.request('vault.info', { fail: true }, 'r1')).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such vault file.' },
    });
  });

  it('forwards engine events', async () => {
    const { host, events } = realWorkerHost();
    await host.request('vault.info', { emit: 'job.progress' }, 'job-7');
    expect(events).toEqual([{ event: 'job.progress', payload: { requestId: 'job-7' } }]);
  });

  it('fails every pending request with INTERNAL when the worker crashes, and reports it once', async () => {
    const { host, unexpectedExits } = realWorkerHost();
    const hanging = host.request('vault.info', { hang: true }, 'waiting-1');
    const other = host.request('audit.list', { hang: true }, 'waiting-2');
    const crash = host.request('session.state', { crash: true }, 'crasher');
    const results = await Promise.all([hanging, other, crash]);
    for (const envelope of results) expect(envelope).toEqual(ENGINE_STOPPED);
    // The worker's own error text (which could quote vault data) never reaches the envelope.
    expect(JSON.stringify(results)).not.toContain('Jane Doe');
    expect(unexpectedExits()).toBe(1);
  });

  it('treats a worker that exits on its own like a crash', async () => {
    const { host, unexpectedExits } = realWorkerHost();
    await expect(host.request('vault.info', { exit: true }, 'r1')).resolves.toEqual(ENGINE_STOPPED);
    expect(unexpectedExits()).toBe(1);
  });

  it('starts a fresh engine only when the next request arrives after a crash', async () => {
    const { host, workers } = realWorkerHost();
    await host.request('vault.info', { exit: true }, 'r1');
    expect(workers).toHaveLength(1);
    await expect(host.request('vault.info', {}, 'r2')).resolves.toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
  });

  it('asks the engine to lock before stopping the worker on shutdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'muster-host-'));
    try {
      const lockLog = join(dir, 'locks.txt');
      const { host, workers, unexpectedExits } = realWorkerHost({ lockLog });
      await host.request('vault.info', {}, 'r1');
      const exited = new Promise<number>((resolve) => workers[0]!.once('exit', resolve));
      await host.shutdown();
      await exited;
      expect(readFileSync(lockLog, 'utf8')).toMatch(/^lock shell-quit-/);
      expect(unexpectedExits()).toBe(0);
      await expect(host.request('vault.info', {}, 'late')).resolves.toEqual(ENGINE_CLOSING);
      expect(workers).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the worker anyway when locking takes longer than the shutdown limit', async () => {
    const { host, workers } = realWorkerHost({ hangOnLock: true }, 100);
    await host.request('vault.info', {}, 'r1');
    const pending = host.request('vault.info', { hang: true }, 'still-running');
    const started = Date.now();
    await host.shutdown();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(workers[0]!.threadId).toBe(-1);
    await expect(pending).resolves.toEqual(ENGINE_CLOSING);
  });

  it('does not start a worker just to shut it down', async () => {
    const { host, workers } = realWorkerHost();
    await host.shutdown();
    expect(workers).toHaveLength(0);
  });
});

class FakeWorker extends EventEmitter implements EngineWorker {
  readonly sent: ToWorker[] = [];
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate = vi.fn(async () => {
    this.emit('exit', 1);
    return 1;
  });
  reply(requestId: string, envelope: unknown): void {
    this.emit('message', { type: 'response', requestId, envelope });
  }
}

describe('engine host message handling', () => {
  function fakeHost() {
    const worker = new FakeWorker();
    const onEvent = vi.fn();
    const host = createEngineHost({ spawn: () => worker, onEvent, onUnexpectedExit: () => {} });
    return { worker, host, onEvent };
  }

  it('refuses a second request with an id that is still running', async () => {
    const { worker, host } = fakeHost();
    const first = host.request('vault.info', {}, 'same');
    await expect(host.request('session.state', {}, 'same')).resolves.toEqual(DUPLICATE_REQUEST);
    expect(worker.sent).toHaveLength(1);
    worker.reply('same', { ok: true, value: 1 });
    await expect(first).resolves.toEqual({ ok: true, value: 1 });
  });

  it('turns a malformed or unknown-code error envelope into a generic INTERNAL one', async () => {
    const { worker, host } = fakeHost();
    const a = host.request('vault.info', {}, 'a');
    const b = host.request('vault.info', {}, 'b');
    worker.reply('a', {
      ok: false,
      error: { code: 'SQLITE_CONSTRAINT', message: 'UNIQUE failed: Jane Doe' },
    });
    worker.reply('b', 'garbage');
    for (const envelope of await Promise.all([a, b])) {
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(envelope)).not.toContain('Jane');
    }
  });

  it('ignores responses nobody waits for and events that are not in the contract', async () => {
    const { worker, host, onEvent } = fakeHost();
    const pending = host.request('vault.info', {}, 'mine');
    worker.reply('not-mine', { ok: true, value: 'stray' });
    worker.emit('message', { type: 'event', event: 'shell.exec', payload: {} });
    worker.emit('message', { type: 'event', event: 'vault.locked', payload: { reason: 'idle' } });
    worker.reply('mine', { ok: true, value: 'right' });
    await expect(pending).resolves.toEqual({ ok: true, value: 'right' });
    expect(onEvent.mock.calls).toEqual([['vault.locked', { reason: 'idle' }]]);
  });

  it('sends requests in the protocol shape', async () => {
    const { worker, host } = fakeHost();
    void host.request('audit.list', { limit: 5 }, 'r-1');
    expect(worker.sent).toEqual([
      { type: 'request', requestId: 'r-1', method: 'audit.list', params: { limit: 5 } },
    ]);
  });
});
