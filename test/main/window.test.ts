import type { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as Array<{ options: unknown; loadURL: ReturnType<typeof vi.fn> }>);

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter {
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    constructor(readonly options: unknown) {
      super();
      created.push(this);
    }
  }
  return { BrowserWindow };
});

const { buildWindowOptions, createMainWindow } = await import('../../electron/main/window');

describe('window options', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    const { webPreferences } = buildWindowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      isDev: false,
    });
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('offers DevTools only in development', () => {
    expect(buildWindowOptions({ preloadPath: 'p', isDev: false }).webPreferences?.devTools).toBe(false);
    expect(buildWindowOptions({ preloadPath: 'p', isDev: true }).webPreferences?.devTools).toBe(true);
  });

  it('creates the window hidden, loads the app page and shows it once painted', () => {
    const window = createMainWindow({ preloadPath: 'p', isDev: false }, 'app://muster/index.html');
    const fake = created.at(-1)!;
    expect(fake.options).toMatchObject({ show: false, webPreferences: { sandbox: true } });
    expect(fake.loadURL).toHaveBeenCalledWith('app://muster/index.html');
    const emitter = window as unknown as EventEmitter & { show: ReturnType<typeof vi.fn> };
    expect(emitter.show).not.toHaveBeenCalled();
    emitter.emit('ready-to-show');
    expect(emitter.show).toHaveBeenCalledTimes(1);
  });
});
