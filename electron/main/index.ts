// Wiring only: each piece lives in its own module and is tested there.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Menu, app, dialog, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import type { EventMessage } from '../../shared/api';
import { IPC } from '../../shared/api';
import type { EventName } from '../../shared/contract';
import { showAbout } from './about';
import { createAppProtocolHandler } from './appProtocol';
import { devServerUrl, resolveAppPaths } from './appPaths';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl, registerAppScheme } from './appScheme';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './csp';
import { createEngineHost, type EngineWorker } from './engineHost';
import { installSessionGuards, installWebContentsGuards } from './guards';
import { createInvokeRouter, registerInvokeChannel } from './ipc';
import { installLockOnQuit } from './lockOnQuit';
import { buildMenuTemplate } from './menu';
import { createRecentVaults } from './recentVaults';
import { installDevPolicyHeaders, installRequestFilter } from './requestFilter';
import { createShellHandlers } from './shellHandlers';
import { claimSingleInstance } from './singleInstance';
import { createMainWindow } from './window';

// Both must happen before the app is ready.
registerAppScheme(protocol);
app.enableSandbox();

const paths = resolveAppPaths(app.getAppPath());
const devUrl = devServerUrl(process.env, app.isPackaged);
const isDev = devUrl !== null;
let mainWindow: BrowserWindow | null = null;

function sendToWindow(event: EventName, payload: unknown): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  const message: EventMessage = { event, payload };
  mainWindow.webContents.send(IPC.event, message);
}

const engine = createEngineHost({
  spawn: () => new Worker(paths.engineWorker, { name: 'muster-engine' }) as EngineWorker,
  onEvent: sendToWindow,
  onUnexpectedExit: () => sendToWindow('vault.locked', { reason: 'engine-stopped' }),
});

async function lockVault(): Promise<void> {
  const envelope = await engine.request('vault.lock', {}, `shell-lock-${randomUUID()}`);
  // The page holds what it displayed: make sure it forgets it, whoever asked for the lock.
  if (envelope.ok) sendToWindow('vault.locked', { reason: 'user' });
}

function startShell(): void {
  installLockOnQuit(app, engine);
  app.on('web-contents-created', (_event, contents) => installWebContentsGuards(contents));
  app.on('window-all-closed', () => app.quit());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  const recent = createRecentVaults({ file: join(app.getPath('userData'), 'recent-vaults.json') });
  // `npm start` from a checkout makes a demo vault of synthetic people: offer it first.
  if (!app.isPackaged) {
    const demoVault = join(app.getAppPath(), 'demo', 'demo.muster');
    if (existsSync(demoVault)) void recent.remember(demoVault).catch(() => {});
  }
  const shell = createShellHandlers({
    dialogs: {
      showSave: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      showOpen: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    },
    recent,
    version: app.getVersion(),
    platform: process.platform,
    defaultFolder: () => app.getPath('documents'),
  });
  registerInvokeChannel(ipcMain, {
    route: createInvokeRouter({
      engine,
      shell,
      onVaultOpened: (path) => void recent.remember(path).catch(() => {}),
    }),
    getMainFrame: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null),
    isTrustedUrl: (url) => (devUrl ? url.startsWith(devUrl) : isAppUrl(url)),
  });

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    installSessionGuards(ses);
    installRequestFilter(ses, devUrl);
    if (devUrl) installDevPolicyHeaders(ses, devUrl, devContentSecurityPolicy(devUrl));
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ root: paths.renderer, contentSecurityPolicy: CONTENT_SECURITY_POLICY }),
    );

    const about = () => showAbout(dialog, mainWindow, app.getVersion());
    const template = buildMenuTemplate({
      isDev,
      platform: process.platform,
      actions: { lockVault: () => void lockVault(), showAbout: about },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));

    const window = createMainWindow({ preloadPath: paths.preload, isDev }, devUrl ?? APP_ENTRY_URL);
    mainWindow = window;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    // A crashed page loses its state anyway; lock before showing a fresh one.
    window.webContents.on('render-process-gone', () => {
      void lockVault().finally(() => {
        if (!window.isDestroyed()) window.reload();
      });
    });
  });
}

if (claimSingleInstance(app, () => mainWindow)) startShell();
