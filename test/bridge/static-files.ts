// Serves the built renderer with the app's own file handler (the `app://` protocol of the
// main process): same folder confinement, same headers. The one difference is the bridge
// script put in front of the app in index.html.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { createAppProtocolHandler } from '../../electron/main/appProtocol';
import { APP_ORIGIN } from '../../electron/main/appScheme';
import { APP_CSP } from './csp';

export const BRIDGE_SCRIPT_PATH = '/__muster_bridge.js';

export class MissingBuildError extends Error {
  constructor(rendererDir: string) {
    super(
      `The renderer is not built (${join(rendererDir, 'index.html')} is missing): run \`npm run build\` first.`,
    );
    this.name = 'MissingBuildError';
  }
}

export async function assertRendererBuilt(rendererDir: string): Promise<void> {
  try {
    await access(join(rendererDir, 'index.html'), constants.R_OK);
  } catch {
    throw new MissingBuildError(rendererDir);
  }
}

/**
 * Puts the bridge script in front of the app's first module script, so `window.muster`
 * exists before any app code runs (classic scripts run before deferred module scripts).
 */
export function injectBridgeScript(html: string): string {
  const at = html.search(/<script\b[^>]*\btype=["']?module["']?/i);
  if (at < 0) throw new Error('index.html has no module script to put the bridge in front of.');
  return `${html.slice(0, at)}<script src="${BRIDGE_SCRIPT_PATH}"></script>\n    ${html.slice(at)}`;
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export type RendererFiles = (method: string, pathname: string) => Promise<StaticResponse>;

export function rendererFiles(rendererDir: string): RendererFiles {
  const handle = createAppProtocolHandler({ root: rendererDir, contentSecurityPolicy: APP_CSP });
  return async (method, pathname) => {
    const response = await handle(new Request(`${APP_ORIGIN}${pathname}`, { method }));
    const headers = Object.fromEntries(response.headers);
    let body = Buffer.from(await response.arrayBuffer());
    if (response.status === 200 && (pathname === '/' || pathname === '/index.html') && method === 'GET') {
      body = Buffer.from(injectBridgeScript(body.toString('utf8')), 'utf8');
    }
    return { status: response.status, headers, body };
  };
}
