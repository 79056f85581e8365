// Serves `app://muster/<path>` from the renderer build folder and nothing else.
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appScheme';
import { contentTypeFor } from './mimeTypes';

export interface AppProtocolOptions {
  /** Absolute path of the renderer build (out/renderer). */
  root: string;
  /** Sent with every response, errors included. */
  contentSecurityPolicy: string;
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Maps a request URL to a file under `root`, or null when the URL is not ours or tries
 * to leave the folder (`..`, encoded separators, NUL bytes, absolute paths).
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  if (segments.length === 0) segments.push('index.html');
  const file = resolve(root, ...segments);
  return isInside(resolve(root), file) ? file : null;
}

function respond(
  status: number,
  body: BodyInit | null,
  headers: Record<string, string>,
  csp: string,
): Response {
  return new Response(body, {
    status,
    headers: {
      ...headers,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const csp = options.contentSecurityPolicy;
  const rootReal = realpath(options.root).catch(() => resolve(options.root));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, {}, csp);
    const file = resolveAppFile(options.root, request.url);
    if (file === null) return respond(403, null, {}, csp);
    try {
      // A symlink inside the build must not lead outside it either.
      const real = await realpath(file);
      if (!isInside(await rootReal, real)) return respond(403, null, {}, csp);
      const bytes = await readFile(real);
      const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
      return respond(200, body, { 'Content-Type': contentTypeFor(real) }, csp);
    } catch {
      return respond(404, null, {}, csp);
    }
  };
}
