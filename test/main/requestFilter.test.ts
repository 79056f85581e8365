import { describe, expect, it, vi } from 'vitest';
import { installRequestFilter, isAllowedRequest } from '../../electron/main/requestFilter';

vi.mock('electron', () => ({}));

describe('request filter', () => {
  it('lets only the app scheme and in-memory data through in a production run', () => {
    expect(isAllowedRequest('app://muster/index.html', null)).toBe(true);
    expect(isAllowedRequest('app://muster/assets/sql-wasm.wasm', null)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', null)).toBe(true);
    expect(isAllowedRequest('blob:app://muster/5c1e', null)).toBe(true);
    for (const url of [
      'https://tiles.example.org/1/2/3.png',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'app://elsewhere/index.html',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
    ]) {
      expect(isAllowedRequest(url, null), url).toBe(false);
    }
  });

  it('adds the dev server (http and its socket) and DevTools in development only', () => {
    const dev = 'http://localhost:5173/';
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:8080/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
  });

  it('cancels forbidden requests through the session', () => {
    const onBeforeRequest = vi.fn();
    installRequestFilter({ webRequest: { onBeforeRequest } } as never, null);
    const listener = onBeforeRequest.mock.calls[0]![0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url: 'https://example.org/track' }, callback);
    listener({ url: 'app://muster/index.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });
});
