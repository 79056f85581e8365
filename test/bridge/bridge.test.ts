import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_CSP } from './csp';
import { FakeEngine } from './fake-engine';
import { rawRequest, rpc } from './http-client';
import { startBridge, type Bridge } from './server';
import { MissingBuildError } from './static-files';
import type { Envelope } from '../../shared/errors';

const SECRET = 'outside-the-build-7f3a';
const INDEX = `<!doctype html>
<html><head><meta charset="utf-8"><title>Muster</title>
    <script type="module" crossorigin src="./assets/app.js"></script>
</head><body><div id="root"></div></body></html>`;

let root: string;
let rendererDir: string;
let vaultDir: string;
let engine: FakeEngine;
let bridge: Bridge;
let sequence = 0;

/** A well-formed call as the page makes it. */
function call(method: unknown, params?: unknown, requestId = `test-${++sequence}`) {
  return rpc(bridge.url, { method, params, requestId });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'muster-bridge-'));
  rendererDir = join(root, 'renderer');
  vaultDir = join(root, 'vaults');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(vaultDir);
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'leak.txt'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(async () => {
  engine = new FakeEngine();
  bridge = await startBridge({ rendererDir, vaultDir, engineFactory: engine.factory, idleLockMinutes: 3 });
});

afterEach(async () => {
  await bridge.close();
});

describe('static files', () => {
  it('serves index.html under the app CSP with the bridge script before the app module', async () => {
    const res = await rawRequest(bridge.url, { path: '/', headers: { host: new URL(bridge.url).host } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src 'none'",
    );
    expect(res.headers['content-security-policy']).toBe(APP_CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const bridgeAt = res.body.indexOf('<script src="/__muster_bridge.js"></script>');
    const appAt = res.body.indexOf('<script type="module"');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(appAt);
  });

  it('serves assets with their content type and the CSP', async () => {
    const res = await rawRequest(bridge.url, { path: '/assets/app.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['content-security-policy']).toBe(APP_CSP);
    expect(res.body).toBe('console.log("app");');
  });

  it('serves the bridge client as a classic script with no module syntax', async () => {
    const res = await rawRequest(bridge.url, { path: '/__muster_bridge.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(() => new Script(res.body)).not.toThrow();
    expect(res.body).toContain('new EventSource("/__events")');
    expect(res.body).toContain('"/__rpc"');
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/leak.txt',
    '/assets/app.js%00.html',
    '/%E0%A4%A',
    '/assets',
    '/missing.js',
  ])('refuses %s without revealing anything outside the build', async (path) => {
    const res = await rawRequest(bridge.url, { path });
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
  });

  it('answers a favicon request with no content when the build has none, as the app window never asks', async () => {
    const res = await rawRequest(bridge.url, { path: '/favicon.ico' });
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
  });

  it('answers only GET and HEAD for files', async () => {
    const res = await rawRequest(bridge.url, { path: '/index.html', method: 'DELETE' });
    expect(res.status).toBe(405);
    const head = await rawRequest(bridge.url, { path: '/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await rawRequest(bridge.url, { path: '/', headers: { host: 'attacker.example' } });
    expect(res.status).toBe(421);
    expect(res.body).not.toContain('__muster_bridge');
  });

  it('refuses to start without a built renderer, saying how to build it', async () => {
    const attempt = startBridge({
      rendererDir: join(root, 'nothing'),
      vaultDir,
      engineFactory: engine.factory,
    });
    await expect(attempt).rejects.toBeInstanceOf(MissingBuildError);
    await expect(attempt).rejects.toThrow('npm run build');
  });
});

describe('RPC pipeline', () => {
  it('hands a valid engine call to the engine with parsed params and the caller request id', async () => {
    const res = await call('audit.list', {}, 'req-1');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true, value: { echoed: 'audit.list' } });
    expect(engine.calls).toEqual([{ method: 'audit.list', params: { limit: 200 }, requestId: 'req-1' }]);
  });

  it('refuses a request without a usable request id', async () => {
    for (const requestId of [undefined, '', 'x'.repeat(101), 7]) {
      const res = await rpc(bridge.url, { method: 'session.state', params: {}, requestId });
      expect(res.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(engine.calls).toEqual([]);
  });

  it('refuses unknown methods, including inherited property names', async () => {
    for (const method of ['vault.delete', '__proto__', 'toString', 42]) {
      const res = await call(method, {});
      expect(res.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(engine.calls).toEqual([]);
  });

  it('refuses invalid params with INVALID_INPUT before the engine sees them, without echoing them', async () => {
    const passphrase = 'short-7c1';
    const res = await call('vault.create', { path: join(vaultDir, 'x.muster'), passphrase, operator: 'Ada' });
    expect(res.json).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Choose a passphrase of at least 12 characters.' },
    });
    const extra = await call('vault.lock', { force: true });
    expect(extra.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await call('session.touch');
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify([res.json, extra.json])).not.toContain(passphrase);
    expect(engine.calls).toEqual([]);
  });

  it('refuses malformed requests', async () => {
    for (const body of [null, 'vault.lock', 42]) {
      const res = await rpc(bridge.url, body);
      expect(res.json).toMatchObject({ ok: false });
    }
    const notJson = await rawRequest(bridge.url, {
      path: '/__rpc',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"method":',
    });
    expect(notJson.status).toBe(400);
    expect(engine.calls).toEqual([]);
  });

  it('passes engine error envelopes through unchanged', async () => {
    engine.answer = async () => ({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' },
    });
    const res = await call('vault.info', {});
    expect(res.json).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' },
    });
  });

  it('turns a malformed engine envelope into INTERNAL, as the app host does', async () => {
    engine.answer = async () =>
      ({
        ok: false,
        error: { code: 'SQLITE_CONSTRAINT', message: 'Jane Doe' },
      }) as unknown as Envelope<unknown>;
    const res = await call('vault.info', {});
    expect(res.json).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(res.json)).not.toContain('Jane');
  });

  it('turns a throwing engine into INTERNAL without its message', async () => {
    engine.answer = async () => {
      throw new Error('row: Jane Doe, +33 6 12 34 56 78');
    };
    const res = await call('vault.info', {});
    expect(res.json).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(res.json)).not.toContain('Jane');
  });

  it('refuses cross-origin, non-JSON and oversized calls, and non-POST methods', async () => {
    const body = JSON.stringify({ method: 'vault.lock', params: {}, requestId: 'r' });
    const base = { path: '/__rpc', method: 'POST', body };
    const foreign = await rawRequest(bridge.url, {
      ...base,
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const crossSite = await rawRequest(bridge.url, {
      ...base,
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const form = await rawRequest(bridge.url, { ...base, headers: { 'content-type': 'text/plain' } });
    expect(form.status).toBe(403);
    const big = await rawRequest(bridge.url, {
      ...base,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        method: 'vault.lock',
        params: {},
        requestId: 'r',
        pad: 'x'.repeat(2 * 1024 * 1024),
      }),
    });
    expect(big.status).toBe(413);
    const get = await rawRequest(bridge.url, { path: '/__rpc' });
    expect(get.status).toBe(405);
    expect(engine.calls).toEqual([]);
  });

  it('passes the engine options through', async () => {
    expect(engine.options?.idleLockMinutes).toBe(3);
    expect(engine.options?.defaultKdf).toBeUndefined();
  });
});

describe('vault paths and the test shell', () => {
  it('answers the dialogs with the path the test chose, or null when it cancels', async () => {
    bridge.setNextVaultPath('embassy.muster');
    expect((await call('shell.chooseNewVaultPath', {})).json).toEqual({
      ok: true,
      value: join(vaultDir, 'embassy.muster'),
    });
    expect((await call('shell.chooseExistingVaultPath', {})).json).toEqual({
      ok: true,
      value: join(vaultDir, 'embassy.muster'),
    });
    bridge.setNextVaultPath(null);
    expect((await call('shell.chooseNewVaultPath', {})).json).toEqual({
      ok: true,
      value: null,
    });
    expect(() => bridge.setNextVaultPath('../elsewhere.muster')).toThrow();
    expect(() => bridge.setNextVaultPath('/etc/passwd')).toThrow();
  });

  it('answers the import and rejects dialogs with their own paths, apart from the vault path', async () => {
    bridge.setNextVaultPath('embassy.muster');
    bridge.setNextImportFile('roster.csv');
    bridge.setNextRejectsPath('rejects.csv');
    expect((await call('shell.chooseImportFile', {})).json).toEqual({
      ok: true,
      value: join(vaultDir, 'roster.csv'),
    });
    expect((await call('shell.chooseRejectsPath', { suggestedName: 'rejects-1.csv' })).json).toEqual({
      ok: true,
      value: join(vaultDir, 'rejects.csv'),
    });
    expect((await call('shell.chooseExistingVaultPath', {})).json).toEqual({
      ok: true,
      value: join(vaultDir, 'embassy.muster'),
    });
    bridge.setNextImportFile(null);
    bridge.setNextRejectsPath(null);
    expect((await call('shell.chooseImportFile', {})).json).toEqual({ ok: true, value: null });
    expect((await call('shell.chooseRejectsPath', { suggestedName: 'r.csv' })).json).toEqual({
      ok: true,
      value: null,
    });
    expect(() => bridge.setNextImportFile('/etc/passwd')).toThrow();
    expect(() => bridge.setNextRejectsPath('../out.csv')).toThrow();
  });

  it('answers the export dialog with its own path, apart from the rejects one', async () => {
    bridge.setNextRejectsPath('rejects.csv');
    bridge.setNextExportPath('out/manifest.csv');
    expect(
      (await call('shell.chooseExportPath', { suggestedName: 'manifest.csv', extension: 'csv' })).json,
    ).toEqual({ ok: true, value: join(vaultDir, 'out', 'manifest.csv') });
    expect((await call('shell.chooseRejectsPath', { suggestedName: 'r.csv' })).json).toEqual({
      ok: true,
      value: join(vaultDir, 'rejects.csv'),
    });
    bridge.setNextExportPath(null);
    expect((await call('shell.chooseExportPath', { suggestedName: 'm.csv', extension: 'csv' })).json).toEqual(
      { ok: true, value: null },
    );
    expect(() => bridge.setNextExportPath('../m.csv')).toThrow();
  });

  it('opens vaults inside its folder only, and lists the ones opened as recent', async () => {
    const params = { passphrase: 'long enough passphrase', operator: 'Officer' };
    const outside = await call('vault.create', { ...params, path: join(root, 'x.muster') });
    expect(outside.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const sneaky = await call('vault.unlock', { ...params, path: join(vaultDir, '..', 'x.muster') });
    expect(sneaky.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(engine.calls).toEqual([]);

    // The recent list, like the app's, shows only files that exist.
    const inside = join(vaultDir, 'a.muster');
    writeFileSync(inside, 'vault');
    engine.answer = async () => ({ ok: true, value: { path: inside } });
    expect((await call('vault.create', { ...params, path: inside })).json).toMatchObject({ ok: true });
    engine.answer = async () => ({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' },
    });
    const failed = join(vaultDir, 'b.muster');
    writeFileSync(failed, 'vault');
    await call('vault.unlock', { ...params, path: failed });

    const info = (await call('shell.appInfo', {})).json as {
      ok: true;
      value: { version: string; platform: string; recentVaults: string[] };
    };
    expect(info.value.recentVaults).toEqual([inside]);
    expect(info.value.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.value.platform).toBe(process.platform);
  });
});

describe('events', () => {
  it('delivers engine events to every listening page as {event, payload}', async () => {
    const { port } = new URL(bridge.url);
    const received: string[] = [];
    const streams = [0, 1].map(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, path: '/__events' }, (res) => {
            expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
            res.setEncoding('utf8');
            let buffer = '';
            res.on('data', (chunk: string) => {
              buffer += chunk;
              const data = buffer.split('\n').find((line) => line.startsWith('data: '));
              if (data) {
                received.push(data.slice('data: '.length));
                req.destroy();
                resolve();
              }
            });
          });
          req.on('error', reject);
          req.end();
        }),
    );
    await bridge.waitForEventListeners(2);
    engine.emit('vault.locked', { reason: 'idle' });
    await Promise.all(streams);
    expect(received.map((r) => JSON.parse(r))).toEqual([
      { event: 'vault.locked', payload: { reason: 'idle' } },
      { event: 'vault.locked', payload: { reason: 'idle' } },
    ]);
  });

  it('refuses event listeners from other sites', async () => {
    const res = await rawRequest(bridge.url, {
      path: '/__events',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
  });

  it('gives up waiting for listeners that never come', async () => {
    await expect(bridge.waitForEventListeners(1, 50)).rejects.toThrow('No 1 event listener');
  });
});

describe('closing', () => {
  it('ends event streams, stops listening and disposes the engine, once', async () => {
    const { port } = new URL(bridge.url);
    const ended = new Promise<void>((resolve) => {
      request({ host: '127.0.0.1', port, path: '/__events' }, (res) => {
        res.resume();
        res.on('close', () => resolve());
      }).end();
    });
    await bridge.waitForEventListeners(1);
    await Promise.all([bridge.close(), bridge.close()]);
    await ended;
    expect(engine.disposed).toBe(true);
    await expect(rawRequest(bridge.url, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('leaves no state folder behind, even when closed while the recent list is being written', async () => {
    const stateDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith('muster-bridge-state-'));
    await bridge.close();
    const before = stateDirs();
    const quick = await startBridge({ rendererDir, vaultDir, engineFactory: new FakeEngine().factory });
    const path = join(vaultDir, 'quick.muster');
    writeFileSync(path, 'vault');
    await rpc(quick.url, {
      method: 'vault.unlock',
      params: { path, passphrase: 'a long enough passphrase', operator: 'Officer' },
      requestId: 'quick-1',
    });
    await quick.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stateDirs()).toEqual(before);
  });
});

describe('with the real engine', () => {
  const kdf = { name: 'argon2id' as const, memoryKiB: 1024, iterations: 1, parallelism: 1 };

  /** Every event the bridge streams, until one named `last` arrives. */
  function eventsUntil(url: string, last: string): Promise<{ event: string; payload: unknown }[]> {
    const { port } = new URL(url);
    return new Promise((resolve, reject) => {
      const seen: { event: string; payload: unknown }[] = [];
      let buffer = '';
      const req = request({ host: '127.0.0.1', port, path: '/__events' }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          const messages = buffer.split('\n\n');
          buffer = messages.pop() ?? '';
          for (const message of messages) {
            const data = message.split('\n').find((line) => line.startsWith('data: '));
            if (!data) continue;
            seen.push(JSON.parse(data.slice('data: '.length)));
            if (seen.at(-1)?.event === last) {
              req.destroy();
              resolve(seen);
            }
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('creates a vault through the pipeline, streaming its progress, then its idle lock', async () => {
    const real = await startBridge({ rendererDir, vaultDir, kdf, idleLockMinutes: 0.01 });
    try {
      const events = eventsUntil(real.url, 'vault.locked');
      await real.waitForEventListeners(1);
      const path = join(vaultDir, 'real.muster');
      const created = await rpc(real.url, {
        method: 'vault.create',
        params: { path, passphrase: 'a long enough passphrase', operator: 'Officer' },
        requestId: 'create-1',
      });
      expect(created.json).toMatchObject({ ok: true, value: { path, kdf } });

      const seen = await events;
      expect(seen.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'idle' } });
      // Progress of the create job reached the page's stream too, under the caller's request id.
      expect(seen).toContainEqual(
        expect.objectContaining({
          event: 'job.progress',
          payload: expect.objectContaining({ requestId: 'create-1' }),
        }),
      );
      const state = await rpc(real.url, { method: 'session.state', params: {}, requestId: 'state-1' });
      expect(state.json).toMatchObject({ ok: true, value: { state: 'locked' } });
    } finally {
      await real.close();
    }
  });
});
