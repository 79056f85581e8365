// The loopback test bridge: the built renderer in a plain browser, talking to a real
// in-process engine through the same `window.muster` API and request pipeline as the app.
// It listens on 127.0.0.1 only, refuses other hosts and cross-site calls (request-guards),
// and bounds bodies, connections and listeners.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { KdfParams } from '../../shared/domain';
import type { EngineOptions } from '../../electron/engine/engine';
import type { Engine } from '../../electron/engine/types';
import { createInvokeRouter } from '../../electron/main/ipc';
import { bridgeClientScript } from './client-script';
import { EventStream } from './event-stream';
import { assertRendererBuilt, rendererFiles } from './static-files';
import { requestGuards } from './request-guards';
import { bridgeRequestHandler } from './routes';
import { createTestShell } from './test-shell';
import { scopedEngineHost } from './vault-scope';

export type { EngineOptions };
export type EngineFactory = (options: EngineOptions) => Engine;

export interface BridgeOptions {
  /** The built renderer, normally `out/renderer`. */
  rendererDir: string;
  /** Where vaults may be created and opened; the "dialogs" answer paths in here. */
  vaultDir: string;
  /** Key-derivation cost for new vaults; the app's default when absent. */
  kdf?: KdfParams;
  /** Minutes without a request before the engine locks; fractions are fine in tests. */
  idleLockMinutes?: number;
  /** Replaces the real engine (bridge unit tests). */
  engineFactory?: EngineFactory;
}

export interface Bridge {
  /** The page to open, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** The path the next "new vault" / "open vault" dialog returns (inside vaultDir); null = cancelled. */
  setNextVaultPath(path: string | null): void;
  /** The path the next "import a file" dialog returns (inside vaultDir); null = cancelled. */
  setNextImportFile(path: string | null): void;
  /** The path the next "save the rejects" dialog returns (inside vaultDir); null = cancelled. */
  setNextRejectsPath(path: string | null): void;
  /** The path the next "save the export" dialog returns (inside vaultDir); null = cancelled. */
  setNextExportPath(path: string | null): void;
  /** Resolves once `count` pages listen to engine events; rejects after `timeoutMs`. */
  waitForEventListeners(count?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

// Loaded only when needed, so the bridge's own tests (with a stand-in engine) do not pull
// in the whole vault stack.
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
  // Awaited on close, so a late write cannot recreate the state folder after it is removed.
  let recentWrites: Promise<void> = Promise.resolve();
  const engine = factory({
    emit: (event, payload) => events.send({ event, payload }),
    ...(options.kdf ? { defaultKdf: options.kdf } : {}),
    ...(options.idleLockMinutes !== undefined ? { idleLockMinutes: options.idleLockMinutes } : {}),
  });
  // The same router the Electron main process registers on its IPC channel.
  const route = createInvokeRouter({
    engine: scopedEngineHost(engine, shell.contains),
    shell: shell.handlers,
    onVaultOpened: (path) => {
      recentWrites = recentWrites.then(() => shell.recent.remember(path)).catch(() => {});
    },
  });
  const server = createServer();
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
  server.on(
    'request',
    bridgeRequestHandler({ guards: requestGuards(port), route, events, files, clientScript }),
  );

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    setNextVaultPath: (p) => shell.setNextVaultPath(p),
    setNextImportFile: (p) => shell.setNextImportFile(p),
    setNextRejectsPath: (p) => shell.setNextRejectsPath(p),
    setNextExportPath: (p) => shell.setNextExportPath(p),
    waitForEventListeners: (count = 1, timeoutMs) => events.waitForClients(count, timeoutMs),
    close() {
      closing ??= (async () => {
        events.close();
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        await engine.dispose();
        await recentWrites;
        rmSync(stateDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
