// The single IPC entry point. Every request is checked in this order: it comes from the
// Muster window's own page, names a method of the contract, and carries parameters the
// contract accepts; only then does it reach the engine or the shell. Every answer is an
// Envelope, and no thrown text ever reaches the renderer.
import type { IpcMain, WebFrameMain } from 'electron';
import {
  contract,
  isMethodName,
  type EngineMethod,
  type MethodName,
  type ShellMethod,
} from '../../shared/contract';
import { IPC } from '../../shared/api';
import { toErrorInfo, type Envelope } from '../../shared/errors';
import type { EngineHost } from './engineHost';
import { FORBIDDEN, INTERNAL, MALFORMED_REQUEST, UNKNOWN_METHOD, failure } from './envelopes';
import type { ShellHandlers } from './shellHandlers';

const REQUEST_ID_MAX = 100;

export interface RouterDeps {
  engine: Pick<EngineHost, 'request'>;
  shell: ShellHandlers;
  /** Called after the engine created or unlocked a vault, with its path. */
  onVaultOpened?: (path: string) => void;
}

export type InvokeRouter = (request: unknown) => Promise<Envelope<unknown>>;

type FrameLike = Pick<WebFrameMain, 'url' | 'processId' | 'routingId'>;

function isSameFrame(a: FrameLike, b: FrameLike): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/** The sender must be the window's main frame (not a subframe), showing the app's own page. */
export function isTrustedSender(
  senderFrame: FrameLike | null,
  mainFrame: FrameLike | null,
  isTrustedUrl: (url: string) => boolean,
): boolean {
  return (
    senderFrame !== null &&
    mainFrame !== null &&
    isSameFrame(senderFrame, mainFrame) &&
    isTrustedUrl(senderFrame.url)
  );
}

function isEngineMethod(method: MethodName): method is EngineMethod {
  return contract[method].side === 'engine';
}

async function callShell(shell: ShellHandlers, method: ShellMethod, params: unknown): Promise<unknown> {
  const handler = shell[method] as (params: unknown) => Promise<unknown>;
  return handler(params);
}

export function createInvokeRouter(deps: RouterDeps): InvokeRouter {
  return async (request) => {
    if (typeof request !== 'object' || request === null) return MALFORMED_REQUEST;
    const { method, params, requestId } = request as {
      method?: unknown;
      params?: unknown;
      requestId?: unknown;
    };
    if (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > REQUEST_ID_MAX) {
      return MALFORMED_REQUEST;
    }
    if (!isMethodName(method)) return UNKNOWN_METHOD;

    const parsed = contract[method].params.safeParse(params);
    if (!parsed.success) {
      return failure(
        'INVALID_INPUT',
        parsed.error.issues[0]?.message ?? 'The request parameters are not valid.',
      );
    }

    try {
      if (!isEngineMethod(method)) {
        return { ok: true, value: await callShell(deps.shell, method, parsed.data) };
      }
      const envelope = await deps.engine.request(method, parsed.data, requestId);
      if (envelope.ok && (method === 'vault.create' || method === 'vault.unlock')) {
        // The engine's summary carries the path as it resolved it; fall back to the one asked for.
        const summaryPath = (envelope.value as { path?: unknown } | null)?.path;
        deps.onVaultOpened?.(
          typeof summaryPath === 'string' ? summaryPath : (parsed.data as { path: string }).path,
        );
      }
      return envelope;
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) };
    }
  };
}

export interface InvokeChannelDeps {
  route: InvokeRouter;
  /** The Muster window's main frame, or null while there is no window. */
  getMainFrame: () => FrameLike | null;
  isTrustedUrl: (url: string) => boolean;
}

export function registerInvokeChannel(ipcMain: Pick<IpcMain, 'handle'>, deps: InvokeChannelDeps): void {
  ipcMain.handle(IPC.invoke, async (event, request: unknown) => {
    try {
      if (!isTrustedSender(event.senderFrame, deps.getMainFrame(), deps.isTrustedUrl)) return FORBIDDEN;
      return await deps.route(request);
    } catch {
      return INTERNAL;
    }
  });
}
