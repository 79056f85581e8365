import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installSessionGuards, installWebContentsGuards } from '../../electron/main/guards';

vi.mock('electron', () => ({}));

function cancellable() {
  return { preventDefault: vi.fn() };
}

function fakeContents() {
  const contents = new EventEmitter() as EventEmitter & {
    setWindowOpenHandler: ReturnType<typeof vi.fn>;
  };
  contents.setWindowOpenHandler = vi.fn();
  return contents;
}

describe('web contents guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s',
    (eventName) => {
      const contents = fakeContents();
      installWebContentsGuards(contents as never);
      const event = cancellable();
      contents.emit(eventName, event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it('denies every new window', () => {
    const contents = fakeContents();
    installWebContentsGuards(contents as never);
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://muster/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('session guards', () => {
  function fakeSession() {
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    });
    installSessionGuards(session as never);
    return session;
  }

  it('refuses every permission request', () => {
    const session = fakeSession();
    const handler = session.setPermissionRequestHandler.mock.calls[0]![0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission and device check with false', () => {
    const session = fakeSession();
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(check(null, 'media', 'app://muster', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://muster', {})).toBe(false);
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels downloads', () => {
    const session = fakeSession();
    const event = cancellable();
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
