import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devServerUrl, resolveAppPaths } from '../../electron/main/appPaths';

describe('app paths', () => {
  it('finds the built pieces under out/', () => {
    expect(resolveAppPaths('/opt/Muster/resources/app.asar')).toEqual({
      preload: join('/opt/Muster/resources/app.asar', 'out', 'preload', 'index.cjs'),
      renderer: join('/opt/Muster/resources/app.asar', 'out', 'renderer'),
      engineWorker: join('/opt/Muster/resources/app.asar', 'out', 'main', 'engineWorker.js'),
    });
  });

  it('uses the dev server only when unpackaged and on loopback http', () => {
    const env = (url: string) => ({ ELECTRON_RENDERER_URL: url });
    expect(devServerUrl(env('http://localhost:5173'), false)).toBe('http://localhost:5173/');
    expect(devServerUrl(env('http://127.0.0.1:5173/'), false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl(env('http://localhost:5173'), true)).toBeNull();
    expect(devServerUrl(env('https://evil.example/'), false)).toBeNull();
    expect(devServerUrl(env('http://192.168.1.5:5173'), false)).toBeNull();
    expect(devServerUrl(env('not a url'), false)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });
});
