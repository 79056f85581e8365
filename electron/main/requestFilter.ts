// Muster makes no network requests. Every request from the window is checked here and
// cancelled unless it stays inside the app (or, in development, the dev server).
import type { Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './appScheme';

const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

export function isAllowedRequest(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (devServerUrl === null) return false;
  if (parsed.protocol === 'devtools:') return true;
  const dev = new URL(devServerUrl);
  const sameHost = parsed.host === dev.host;
  return (
    sameHost && (parsed.protocol === dev.protocol || parsed.protocol === dev.protocol.replace(/^http/, 'ws'))
  );
}

export function installRequestFilter(
  session: Pick<Session, 'webRequest'>,
  devServerUrl: string | null,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
}

/** In development the dev server, not the app scheme, serves the page: give it its policy. */
export function installDevPolicyHeaders(
  session: Pick<Session, 'webRequest'>,
  devServerUrl: string,
  contentSecurityPolicy: string,
): void {
  const origin = new URL(devServerUrl).origin;
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith(origin)) return callback({});
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
}
