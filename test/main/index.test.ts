// The wiring in electron/main/index.ts, run against a fake Electron: what is installed
// before and after `ready`, and how the window, the IPC channel and the engine meet.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = {
    gotLock: true,
    isPackaged: true,
    resolveReady: (): void => {},
    windows: [] as Array<Record<string, unknown>>,
    workers: [] as Array<{ sent: unknown[]; emit: (event: string, ...args: unknown[]) => boolean }>,
  };
  return { state, electron: {} as Record<string, unknown> };
});

function buildElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: fake.state.isPackaged,
    getAppPath: () => '/opt/muster/app.asar',
    getPath: (name: string) => `/tmp/muster-wiring-test/${name}`,
    getVersion: () => '0.1.0',
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => fake.state.gotLock),
    quit: vi.fn(),
    whenReady: () => new Promise<void>((resolve) => (fake.state.resolveReady = resolve)),
  });
  class BrowserWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), {
      send: vi.fn(),
      mainFrame: { url: 'app://muster/index.html', processId: 3, routingId: 1 },
    });
    loadURL = vi.fn(async () => {});
    isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      fake.state.windows.push(this as unknown as Record<string, unknown>);
    }
  }
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  });
  return {
    app,
    BrowserWindow,
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
  };
}

vi.mock('electron', () => fake.electron);

vi.mock('node:worker_threads', async () => {
  const { EventEmitter } = await import('node:events');
  class Worker extends EventEmitter {
    sent: unknown[] = [];
    constructor(readonly path: string) {
      super();
      fake.state.workers.push(this);
    }
    postMessage(message: unknown) {
      this.sent.push(message);
    }
    async terminate() {
      this.emit('exit', 1);
      return 1;
    }
  }
  return { Worker };
});

type Electron = ReturnType<typeof buildElectron>;

async function load(gotLock: boolean, isPackaged = true): Promise<Electron> {
  fake.state.gotLock = gotLock;
  fake.state.isPackaged = isPackaged;
  fake.state.windows = [];
  fake.state.workers = [];
  const electron = buildElectron();
  for (const key of Object.keys(fake.electron)) delete fake.electron[key];
  Object.assign(fake.electron, electron);
  vi.resetModules();
  await import('../../electron/main/index');
  return electron;
}

async function ready(): Promise<void> {
  fake.state.resolveReady();
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
}

describe('main process wiring', () => {
  // index.ts turns SIGINT/SIGTERM into a graceful quit; drop those handlers between loads.
  const signalListeners = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  afterEach(() => {
    for (const [signal, before] of Object.entries(signalListeners)) {
      for (const listener of process.listeners(signal as NodeJS.Signals)) {
        if (!before.includes(listener)) process.off(signal, listener);
      }
    }
  });

  it('registers the app scheme and the sandbox before ready', async () => {
    const electron = await load(true);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
  });

  it('a second instance quits without opening a window or an IPC channel', async () => {
    const electron = await load(false);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('before-quit')).toBe(0);
  });

  it('once ready: guards the session, serves app://, and opens the locked-down window on the app page', async () => {
    const electron = await load(true);
    await ready();
    const ses = electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(ses.webRequest.onHeadersReceived).not.toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const window = fake.state.windows[0]!;
    expect(window.options).toMatchObject({
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
        preload: '/opt/muster/app.asar/out/preload/index.cjs',
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://muster/index.html');
  });

  it('ignores a dev server URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    try {
      await load(true);
      await ready();
      expect(fake.state.windows[0]!.loadURL).toHaveBeenCalledWith('app://muster/index.html');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('in an electron-vite dev run, loads the dev server with its policy and allows DevTools', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    try {
      const electron = await load(true, false);
      await ready();
      const window = fake.state.windows[0]!;
      expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
      expect(window.options).toMatchObject({ webPreferences: { devTools: true, sandbox: true } });
      expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('guards every web contents the app creates', async () => {
    const electron = await load(true);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('routes window requests to the engine worker and its events back to the window', async () => {
    const electron = await load(true);
    await ready();
    const window = fake.state.windows[0]! as unknown as {
      webContents: { send: ReturnType<typeof vi.fn>; mainFrame: unknown };
    };
    const handler = electron.ipcMain.handle.mock.calls[0]![1] as (
      event: unknown,
      request: unknown,
    ) => Promise<unknown>;
    const answer = handler(
      { senderFrame: window.webContents.mainFrame },
      { method: 'vault.info', params: {}, requestId: 'r1' },
    );
    const worker = fake.state.workers[0]!;
    expect(worker.sent).toEqual([{ type: 'request', requestId: 'r1', method: 'vault.info', params: {} }]);
    worker.emit('message', { type: 'event', event: 'job.progress', payload: { done: 1 } });
    expect(window.webContents.send).toHaveBeenCalledWith('muster:event', {
      event: 'job.progress',
      payload: { done: 1 },
    });

    // The worker dies: the request fails and the window learns that the vault is locked.
    worker.emit('exit', 1);
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(window.webContents.send).toHaveBeenLastCalledWith('muster:event', {
      event: 'vault.locked',
      payload: { reason: 'engine-stopped' },
    });
  });

  it('asks the engine to lock before the app quits', async () => {
    const electron = await load(true);
    await ready();
    const handler = electron.ipcMain.handle.mock.calls[0]![1] as (
      event: unknown,
      request: unknown,
    ) => Promise<unknown>;
    const window = fake.state.windows[0]! as unknown as { webContents: { mainFrame: unknown } };
    void handler(
      { senderFrame: window.webContents.mainFrame },
      { method: 'session.state', params: {}, requestId: 'r1' },
    );
    const worker = fake.state.workers[0]!;
    const quit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    expect(worker.sent.at(-1)).toMatchObject({ type: 'request', method: 'vault.lock', params: {} });
    const lock = worker.sent.at(-1) as { requestId: string };
    worker.emit('message', {
      type: 'response',
      requestId: lock.requestId,
      envelope: { ok: true, value: null },
    });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });
});
