// The privileged `app://muster/` scheme the renderer is served from. A standard, secure
// scheme gives the page a real origin ('self' in the CSP means exactly the app's files),
// unlike file://, whose origin is null and which reaches the whole disk.
import type { Protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'muster';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** True for URLs of the app's own pages and files. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
