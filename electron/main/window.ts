// The one Muster window, locked down: the page gets no Node, runs sandboxed and isolated
// from the preload, and reaches the app only through `window.muster`.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface WindowSettings {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** DevTools exist only in development. */
  isDev: boolean;
}

export function buildWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Muster',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#1b2430',
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: settings.isDev,
    },
  };
}

export function createMainWindow(settings: WindowSettings, url: string): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(settings));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
