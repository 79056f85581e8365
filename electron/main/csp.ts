// The Content-Security-Policy of every page Muster serves. The window only ever runs
// code shipped inside the app: no remote origin, no inline script, no eval.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'; object-src 'none'";

type Directives = Map<string, string[]>;

function parse(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

function serialize(directives: Directives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy for `electron-vite dev` only: the dev server serves the page, pushes hot
 * updates over a WebSocket and injects the React refresh preamble as an inline script.
 * Never used by a packaged or previewed build.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl).origin;
  const socket = origin.replace(/^http/, 'ws');
  const directives = parse(CONTENT_SECURITY_POLICY);
  const extra: Record<string, string[]> = {
    'script-src': [origin, "'unsafe-inline'"],
    'style-src': [origin, "'unsafe-inline'"],
    'img-src': [origin],
    'font-src': [origin],
    'connect-src': [origin, socket],
    'worker-src': [origin],
  };
  for (const [name, sources] of Object.entries(extra)) {
    directives.set(name, [...(directives.get(name) ?? []), ...sources]);
  }
  return serialize(directives);
}
