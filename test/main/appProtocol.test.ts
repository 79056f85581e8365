import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../electron/main/appProtocol';
import { registerAppScheme } from '../../electron/main/appScheme';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';

vi.mock('electron', () => ({}));

let dir: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muster-scheme-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Muster</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'sql-wasm.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(dir, 'secret.txt'), 'outside the build');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handler = createAppProtocolHandler({ root, contentSecurityPolicy: CONTENT_SECURITY_POLICY });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('registers app as a standard, secure scheme', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves the entry page with the CSP header', async () => {
    for (const url of ['app://muster/', 'app://muster/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Muster</title>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves assets with their types', async () => {
    expect((await get('app://muster/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://muster/assets/sql-wasm.wasm')).headers.get('content-type')).toBe(
      'application/wasm',
    );
  });

  it('refuses app://muster/../../etc/passwd and its encoded variants', async () => {
    for (const url of [
      'app://muster/../../etc/passwd',
      'app://muster/%2e%2e/%2e%2e/etc/passwd',
      'app://muster/..%2f..%2fetc%2fpasswd',
      'app://muster/assets/..%2f..%2f..%2fsecret.txt',
      'app://muster/..%5c..%5csecret.txt',
      'app://muster/%2fetc%2fpasswd',
      'app://muster/index.html%00.png',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      const body = await response.text();
      expect(body, url).not.toContain('root:');
      expect(body, url).not.toContain('outside the build');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('maps traversal attempts to no file at all', () => {
    expect(resolveAppFile(root, 'app://muster/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://muster/assets/..%2F..%2F..%2Fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'app://muster/%E0%A4%A')).toBeNull();
    // WHATWG URL parsing already removes plain dot segments, so this stays inside the root.
    expect(resolveAppFile(root, 'app://muster/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('does not follow a symlink out of the build folder', async () => {
    const response = await get('app://muster/assets/link.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the build');
  });

  it('answers 404 for missing files and other hosts are refused', async () => {
    expect((await get('app://muster/nope.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('app://muster/index.html', 'POST')).status).toBe(405);
    const head = await get('app://muster/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
