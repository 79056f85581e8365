// Where the built pieces live, and whether this is an `electron-vite dev` run.
import { join } from 'node:path';

export interface AppPaths {
  preload: string;
  renderer: string;
  engineWorker: string;
}

/** `appRoot` is `app.getAppPath()`: the project folder, or app.asar once packaged. */
export function resolveAppPaths(appRoot: string): AppPaths {
  return {
    preload: join(appRoot, 'out', 'preload', 'index.cjs'),
    renderer: join(appRoot, 'out', 'renderer'),
    engineWorker: join(appRoot, 'out', 'main', 'engineWorker.js'),
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL set by `electron-vite dev`, or null. A packaged app ignores the
 * variable entirely, and only a loopback http server is accepted, so nobody can point an
 * installed Muster at a remote page through its environment.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? url.origin + '/' : null;
  } catch {
    return null;
  }
}
