import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/api';
import { MusterError, type Envelope } from '../../shared/errors';
import { isAppUrl } from '../../electron/main/appScheme';
import { createInvokeRouter, registerInvokeChannel, type RouterDeps } from '../../electron/main/ipc';
import type { ShellHandlers } from '../../electron/main/shellHandlers';

// Only types come from electron here, but keep any accidental runtime use away from the binary.
vi.mock('electron', () => ({}));

interface Frame {
  url: string;
  processId: number;
  routingId: number;
}

function setup(overrides: Partial<RouterDeps> = {}) {
  const engineRequest = vi.fn(
    async (method: string, params: unknown, requestId: string): Promise<Envelope<unknown>> => ({
      ok: true,
      value: { method, params, requestId },
    }),
  );
  const shell: ShellHandlers = {
    'shell.appInfo': vi.fn(async () => ({ version: '1.2.3', platform: 'linux', recentVaults: [] })),
    'shell.chooseNewVaultPath': vi.fn(async () => '/vaults/new.muster'),
    'shell.chooseExistingVaultPath': vi.fn(async () => null),
    'shell.chooseImportFile': vi.fn(async () => null),
    'shell.chooseAreaFile': vi.fn(async () => null),
    'shell.chooseRejectsPath': vi.fn(async () => null),
    'shell.chooseExportPath': vi.fn(async () => null),
  };
  const mainFrame: Frame = { url: 'app://muster/index.html', processId: 4, routingId: 1 };
  let handler: ((event: { senderFrame: Frame | null }, request: unknown) => Promise<unknown>) | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, listener: typeof handler) => {
      expect(channel).toBe(IPC.invoke);
      handler = listener;
    }),
  };
  registerInvokeChannel(ipcMain as never, {
    route: createInvokeRouter({ engine: { request: engineRequest }, shell, ...overrides }),
    getMainFrame: () => mainFrame,
    isTrustedUrl: isAppUrl,
  });
  const invoke = (request: unknown, senderFrame: Frame | null = mainFrame) =>
    handler!({ senderFrame }, request);
  return { invoke, engineRequest, shell, mainFrame };
}

describe('IPC invoke channel', () => {
  it('registers exactly one handler, on the invoke channel', () => {
    const ipcMain = { handle: vi.fn() };
    registerInvokeChannel(ipcMain as never, {
      route: async () => ({ ok: true, value: null }),
      getMainFrame: () => null,
      isTrustedUrl: () => true,
    });
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]![0]).toBe('muster:invoke');
  });

  it('refuses requests from a frame that is not the window main frame', async () => {
    const { invoke, engineRequest } = setup();
    const subframe = { url: 'app://muster/index.html', processId: 4, routingId: 9 };
    const request = { method: 'vault.info', params: {}, requestId: 'r1' };
    await expect(invoke(request, subframe)).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(invoke(request, null)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(engineRequest).not.toHaveBeenCalled();
  });

  it('refuses requests from the main frame once it shows a page that is not Muster', async () => {
    const { invoke, engineRequest, mainFrame } = setup();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html']) {
      mainFrame.url = url;
      await expect(invoke({ method: 'vault.info', params: {}, requestId: 'r1' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(engineRequest).not.toHaveBeenCalled();
  });

  it('answers UNKNOWN_METHOD for methods outside the contract, without echoing them', async () => {
    const { invoke, engineRequest } = setup();
    for (const method of ['vault.format', '__proto__', 'toString', 42]) {
      const envelope = await invoke({ method, params: {}, requestId: 'r1' });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      expect(JSON.stringify(envelope)).not.toContain(String(method));
    }
    expect(engineRequest).not.toHaveBeenCalled();
  });

  it('answers INVALID_INPUT with the first issue message and never calls the engine', async () => {
    const { invoke, engineRequest } = setup();
    const envelope = await invoke({
      method: 'vault.create',
      params: { path: '/v/a.muster', passphrase: 'short', operator: 'Officer' },
      requestId: 'r1',
    });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Choose a passphrase of at least 12 characters.' },
    });
    const extraKey = await invoke({ method: 'vault.lock', params: { force: true }, requestId: 'r2' });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await invoke({ method: 'vault.info', params: undefined, requestId: 'r3' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(engineRequest).not.toHaveBeenCalled();
  });

  it('refuses malformed requests and request ids', async () => {
    const { invoke, engineRequest } = setup();
    for (const request of [
      null,
      'vault.info',
      { method: 'vault.info', params: {} },
      { method: 'vault.info', params: {}, requestId: '' },
      { method: 'vault.info', params: {}, requestId: 'x'.repeat(101) },
    ]) {
      await expect(invoke(request)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(engineRequest).not.toHaveBeenCalled();
  });

  it('routes valid engine requests to the engine host with parsed params and the request id', async () => {
    const { invoke, engineRequest, shell } = setup();
    const envelope = await invoke({ method: 'audit.list', params: {}, requestId: 'job-1' });
    expect(engineRequest).toHaveBeenCalledWith('audit.list', { limit: 200 }, 'job-1');
    expect(envelope).toEqual({
      ok: true,
      value: { method: 'audit.list', params: { limit: 200 }, requestId: 'job-1' },
    });
    expect(shell['shell.appInfo']).not.toHaveBeenCalled();
  });

  it('routes shell methods to the shell handlers, not the engine', async () => {
    const { invoke, engineRequest, shell } = setup();
    await expect(
      invoke({ method: 'shell.chooseNewVaultPath', params: {}, requestId: 'r1' }),
    ).resolves.toEqual({
      ok: true,
      value: '/vaults/new.muster',
    });
    expect(shell['shell.chooseNewVaultPath']).toHaveBeenCalledTimes(1);
    expect(engineRequest).not.toHaveBeenCalled();
  });

  it('never lets the text of an unexpected error reach the renderer', async () => {
    const { invoke } = setup({
      engine: {
        request: async () => {
          throw new Error('SQLITE_ERROR near "Jane Doe"');
        },
      },
    });
    const envelope = await invoke({ method: 'vault.info', params: {}, requestId: 'r1' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(envelope)).not.toContain('Jane');
  });

  it('keeps the code and safe message of a MusterError thrown by a shell handler', async () => {
    const shell = {
      'shell.appInfo': async () => {
        throw new MusterError('IO_ERROR', 'Could not read the list of recent vaults.');
      },
    } as unknown as ShellHandlers;
    const { invoke } = setup({ shell });
    await expect(invoke({ method: 'shell.appInfo', params: {}, requestId: 'r1' })).resolves.toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'Could not read the list of recent vaults.' },
    });
  });

  it('remembers the vault path after a successful unlock, and not after a failed one', async () => {
    const opened = vi.fn();
    let answer: Envelope<unknown> = { ok: true, value: { path: '/vaults/resolved.muster' } };
    const { invoke } = setup({ engine: { request: async () => answer }, onVaultOpened: opened });
    const params = { path: '/vaults/asked.muster', passphrase: 'anything', operator: 'Officer' };
    await invoke({ method: 'vault.unlock', params, requestId: 'r1' });
    expect(opened).toHaveBeenCalledWith('/vaults/resolved.muster');
    answer = { ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' } };
    await invoke({ method: 'vault.unlock', params, requestId: 'r2' });
    expect(opened).toHaveBeenCalledTimes(1);
  });
});
