import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, type MusterApi } from '../../shared/api';

const electron = vi.hoisted(() => {
  const channelListeners: Array<(event: unknown, message: unknown) => void> = [];
  return {
    channelListeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: 'answer' })),
      on: vi.fn((channel: string, listener: (event: unknown, message: unknown) => void) => {
        if (channel === 'muster:event') channelListeners.push(listener);
      }),
      send: vi.fn(),
      removeListener: vi.fn(),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

await import('../../electron/preload/index');
const [[worldKey, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [
  [string, MusterApi],
];

function deliver(message: unknown) {
  const rawEvent = { sender: electron.ipcRenderer, senderFrame: 'secret' };
  for (const listener of electron.channelListeners) listener(rawEvent, message);
}

describe('preload', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('exposes window.muster with exactly invoke and on', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(worldKey).toBe('muster');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('sends invoke on the invoke channel with the caller request id', async () => {
    await expect(api.invoke('vault.info', {}, { requestId: 'job-42' })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC.invoke, {
      method: 'vault.info',
      params: {},
      requestId: 'job-42',
    });
  });

  it('generates a distinct request id when none is given', async () => {
    await api.invoke('session.state', {});
    await api.invoke('session.state', {});
    const ids = electron.ipcRenderer.invoke.mock.calls.map(
      (call) => ((call as unknown[])[1] as { requestId: string }).requestId,
    );
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^.{1,100}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('delivers only the payload of the subscribed event, and stops after unsubscribing', () => {
    const locked = vi.fn();
    const progress = vi.fn();
    const offLocked = api.on('vault.locked', locked);
    api.on('job.progress', progress);
    deliver({ event: 'vault.locked', payload: { reason: 'idle' } });
    expect(locked).toHaveBeenCalledTimes(1);
    expect(locked).toHaveBeenCalledWith({ reason: 'idle' });
    expect(locked.mock.calls[0]).toHaveLength(1);
    expect(progress).not.toHaveBeenCalled();
    offLocked();
    deliver({ event: 'vault.locked', payload: { reason: 'user' } });
    expect(locked).toHaveBeenCalledTimes(1);
  });

  it('keeps delivering to other listeners when one throws, and ignores malformed messages', () => {
    const good = vi.fn();
    api.on('vault.locked', () => {
      throw new Error('listener bug');
    });
    api.on('vault.locked', good);
    deliver('not a message');
    deliver(null);
    deliver({ event: 'vault.locked', payload: { reason: 'user' } });
    expect(good).toHaveBeenCalledTimes(1);
  });

  it('listens to the event channel once, however many subscriptions there are', () => {
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.on.mock.calls[0]![0]).toBe(IPC.event);
  });
});

describe('preload bundle', () => {
  // The sandboxed preload must stay tiny and free of zod: validation belongs to main.
  it('imports nothing at runtime but electron, its own API module and the channel names', async () => {
    const { readFileSync } = await import('node:fs');
    const runtimeImports = (file: string) =>
      [
        ...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(
          /^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms,
        ),
      ].map((m) => m[1]);
    expect(runtimeImports('../../electron/preload/index.ts').sort()).toEqual(['./musterApi', 'electron']);
    expect(runtimeImports('../../electron/preload/musterApi.ts')).toEqual(['../../shared/api']);
    expect(runtimeImports('../../shared/api.ts')).toEqual([]);
  });
});
