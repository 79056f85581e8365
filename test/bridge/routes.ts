// What the bridge answers at each path: the RPC endpoint, the event stream, its own client
// script, and the renderer's files.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InvokeRouter } from '../../electron/main/ipc';
import { APP_CSP } from './csp';
import type { EventStream } from './event-stream';
import { HttpFailure, readJsonBody, send } from './http-io';
import type { RequestGuards } from './request-guards';
import { BRIDGE_SCRIPT_PATH, type RendererFiles } from './static-files';

export interface RouteDeps {
  guards: RequestGuards;
  route: InvokeRouter;
  events: EventStream;
  files: RendererFiles;
  clientScript: string;
}

export function bridgeRequestHandler(deps: RouteDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { guards, route, events, files, clientScript } = deps;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('content-security-policy', APP_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');

    if (!guards.hostAllowed(req)) return send(res, 421, 'text/plain', 'Unknown host.');
    const path = new URL(req.url ?? '/', 'http://bridge.invalid').pathname;

    if (path === '/__rpc') {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return send(res, 405, 'text/plain', 'Method not allowed.');
      }
      if (!guards.rpcCallerAllowed(req)) return send(res, 403, 'text/plain', 'Forbidden.');
      const envelope = await route(await readJsonBody(req));
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }

    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'text/plain', 'Method not allowed.');
    }
    if (path === '/__events') {
      if (!guards.sameSite(req)) return send(res, 403, 'text/plain', 'Forbidden.');
      if (!events.attach(res)) send(res, 503, 'text/plain', 'Too many event listeners.');
      return;
    }
    if (path === BRIDGE_SCRIPT_PATH)
      return send(res, 200, 'text/javascript; charset=utf-8', clientScript, head);

    const file = await files(head ? 'HEAD' : 'GET', path);
    // Chromium asks every site for a favicon; the Electron window never does. Without one in
    // the build, answer "nothing" rather than a 404 that would show up as a console error.
    if (path === '/favicon.ico' && file.status === 404) {
      res.writeHead(204);
      return void res.end();
    }
    res.writeHead(file.status, { ...file.headers, 'content-length': file.body.length });
    res.end(head ? undefined : file.body);
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      // Only the bridge's own messages go back; anything else may quote data.
      if (error instanceof HttpFailure) send(res, error.status, 'text/plain', error.message);
      else send(res, 500, 'text/plain', 'Bridge failure.');
    });
  };
}
