// Who may talk to the bridge. It holds an unlocked vault, so loopback alone is not enough:
// any web page the machine shows could otherwise reach 127.0.0.1 from its own origin.
import type { IncomingMessage } from 'node:http';

export interface RequestGuards {
  /** Host pinning defeats DNS rebinding: only a page that really is on loopback gets in. */
  hostAllowed(req: IncomingMessage): boolean;
  /** Not sent by a page of another site (fetch metadata; absent for non-browser clients). */
  sameSite(req: IncomingMessage): boolean;
  /**
   * A call to /__rpc from the bridge's own page. Browsers always send Origin on a POST, and
   * requiring JSON forces a CORS preflight that the bridge never grants.
   */
  rpcCallerAllowed(req: IncomingMessage): boolean;
}

export function requestGuards(port: number): RequestGuards {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));

  const sameSite = (req: IncomingMessage): boolean => {
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  };

  return {
    hostAllowed: (req) => hosts.has(req.headers.host ?? ''),
    sameSite,
    rpcCallerAllowed(req) {
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin)) return false;
      if (!sameSite(req)) return false;
      return (req.headers['content-type'] ?? '').split(';')[0]?.trim() === 'application/json';
    },
  };
}
