// The loopback test bridge: the built renderer in a plain browser, talking to a real
// in-process engine through the same `window.muster` API and request pipeline as the app.
// It listens on 127.0.0.1 only, refuses other hosts and cross-origin calls, and bounds
// bodies, connections and listeners.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { KdfParams } from '../../shared/domain';
import type { Emit, Engine } from '../../electron/engine/types';
import { createInvokeRouter } from '../../electron/main/ipc';
import { bridgeClientScript } from './client-script';
import { APP_CSP } from './csp';
import { EventStream } from './event-stream';
import { HttpFailure, readJsonBody, send } from './http-io';
import { assertRendererBuilt, BRIDGE_SCRIPT_PATH, rendererFiles } from './static-files';
import { createTestShell } from './test-shell';
import { scopedEngineHost } from './vault-scope';

export interface EngineOptions {
  emit: Emit;
  defaultKdf?: KdfParams;
  idleLockMinutes?: number;
}

export type EngineFactory = (options: EngineOptions) => Engine;

export interface BridgeOptions {
  /** The built renderer, normally `out/renderer`. */
  rendererDir: string;
  /** Where vaults may be created and opened; the "dialogs" answer paths in here. */
  vaultDir: string;
  /** A cheaper KDF keeps tests fast; the app's default is used when absent. */
  kdf?: KdfParams;
  idleLockMinutes?: number;
  /** Replaces the real engine (bridge unit tests). */
  engineFactory?: EngineFactory;
}

export interface Bridge {
  /** The page to open, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** The path the next "new vault" / "open vault" dialog returns (inside vaultDir); null = cancelled. */
  setNextVaultPath(path: string | null): void;
  /** Resolves once `count` pages listen to engine events; rejects after `timeoutMs`. */
  waitForEventListeners(count?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function defaultEngineFactory(): Promise<EngineFactory> {
  const { createEngine } = await import('../../electron/engine/engine');
  return createEngine;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererDir = resolve(options.rendererDir);
  await assertRendererBuilt(rendererDir);
  const clientScript = await bridgeClientScript();
  const factory = options.engineFactory ?? (await defaultEngineFactory());

  const files = rendererFiles(rendererDir);
  const events = new EventStream();
  // The recent-vaults list lives outside the vault folder, as the app keeps it in user data.
  const stateDir = mkdtempSync(join(tmpdir(), 'muster-bridge-state-'));
  const shell = createTestShell({ vaultDir: options.vaultDir, stateDir });
  const engine = factory({
    emit: (event, payload) => events.send({ event, payload }),
    ...(options.kdf ? { defaultKdf: options.kdf } : {}),
    ...(options.idleLockMinutes !== undefined ? { idleLockMinutes: options.idleLockMinutes } : {}),
  });
  // The same router the Electron main process registers on its IPC channel.
  const route = createInvokeRouter({
    engine: scopedEngineHost(engine, shell.contains),
    shell: shell.handlers,
    onVaultOpened: (path) => void shell.recent.remember(path).catch(() => {}),
  });
  let origins: Set<string> = new Set();
  let hosts: Set<string> = new Set();

  // Browsers always send Origin on a POST; a page on any other origin is refused, and
  // requiring JSON forces a CORS preflight that the bridge never grants.
  function callerAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if (origin !== undefined && !origins.has(origin)) return false;
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
    return (req.headers['content-type'] ?? '').split(';')[0]?.trim() === 'application/json';
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('content-security-policy', APP_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');

    // Host pinning defeats DNS rebinding: only a page that really is on loopback gets in.
    if (!hosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Unknown host.');
    const path = new URL(req.url ?? '/', 'http://bridge.invalid').pathname;

    if (path === '/__rpc') {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return send(res, 405, 'text/plain', 'Method not allowed.');
      }
      if (!callerAllowed(req)) return send(res, 403, 'text/plain', 'Forbidden.');
      const envelope = await route(await readJsonBody(req));
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }

    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'text/plain', 'Method not allowed.');
    }
    if (path === '/__events') {
      if (!events.attach(res)) send(res, 503, 'text/plain', 'Too many event listeners.');
      return;
    }
    if (path === BRIDGE_SCRIPT_PATH)
      return send(res, 200, 'text/javascript; charset=utf-8', clientScript, head);

    const file = await files(head ? 'HEAD' : 'GET', path);
    // Chromium asks every site for a favicon; the Electron window never does. Without one in
    // the build, answer "nothing" rather than a 404 that would show up as a console error.
    if (path === '/favicon.ico' && file.status === 404) {
      res.writeHead(204);
      return void res.end();
    }
    res.writeHead(file.status, { ...file.headers, 'content-length': file.body.length });
    res.end(head ? undefined : file.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      // Only the bridge's own messages go back; anything else may quote data.
      if (error instanceof HttpFailure) send(res, error.status, 'text/plain', error.message);
      else send(res, 500, 'text/plain', 'Bridge failure.');
    });
  });
  server.maxConnections = 64;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  try {
    await new Promise<void>((ready, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        ready();
      });
    });
  } catch (error) {
    events.close();
    await engine.dispose();
    rmSync(stateDir, { recursive: true, force: true });
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origins = new Set([...hosts].map((h) => `http://${h}`));

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    setNextVaultPath: (p) => shell.setNextVaultPath(p),
    waitForEventListeners: (count = 1, timeoutMs) => events.waitForClients(count, timeoutMs),
    close() {
      closing ??= (async () => {
        events.close();
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        await engine.dispose();
        rmSync(stateDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
