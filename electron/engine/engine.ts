// The engine: validates each request against the contract, runs its handler as a cancellable job,
// and answers with an envelope. The same object serves the worker, the CLI and the test bridge.
import { contract, isMethodName, type EngineMethod } from '../../shared/contract';
import type { KdfParams } from '../../shared/domain';
import { toErrorInfo, type Envelope, type ErrorInfo } from '../../shared/errors';
import type { EngineDeps } from './deps';
import { createHandlerTable } from './handlers';
import { createJobContext, JobRegistry } from './jobs/jobs';
import { Session } from './session/session';
import type { Emit, Engine, JobContext } from './types';
import { DEFAULT_KDF } from './vault/kdf';

export interface EngineOptions {
  emit: Emit;
  /** Key-derivation cost for new vaults (tests and the CLI's test mode pass cheaper settings). */
  defaultKdf?: KdfParams;
  idleLockMinutes?: number;
  now?: () => Date;
  /**
   * The app runs exactly one engine worker per process. Set there, so that a vault lock left by a
   * previous worker of this process (one that crashed) is taken over instead of blocking the vault
   * until the app restarts.
   */
  soleEngineInProcess?: boolean;
}

const fail = (error: ErrorInfo): Envelope<never> => ({ ok: false, error });

function isEngineMethod(method: unknown): method is EngineMethod {
  return isMethodName(method) && contract[method].side === 'engine';
}

export function createEngine(opts: EngineOptions): Engine {
  const jobs = new JobRegistry();
  const now = opts.now ?? (() => new Date());
  const session = new Session({
    emit: opts.emit,
    now,
    idleLockMinutes: opts.idleLockMinutes ?? 10,
    busy: () => jobs.size > 0,
  });
  const deps: EngineDeps = {
    session,
    jobs,
    now,
    defaultKdf: opts.defaultKdf ?? DEFAULT_KDF,
    soleEngineInProcess: opts.soleEngineInProcess === true,
  };
  const table = createHandlerTable(deps);

  async function handle(method: string, params: unknown, requestId: string): Promise<Envelope<unknown>> {
    // Any request, even a refused one, shows the officer is at the keyboard.
    session.touch();
    if (!isEngineMethod(method)) return fail({ code: 'UNKNOWN_METHOD', message: 'Unknown request.' });
    const parsed = contract[method].params.safeParse(params);
    if (!parsed.success) {
      return fail({ code: 'INVALID_INPUT', message: parsed.error.issues[0]?.message ?? 'Invalid input.' });
    }
    if (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > 100) {
      return fail({ code: 'INVALID_INPUT', message: 'Every request needs an id of 1 to 100 characters.' });
    }
    let controller: AbortController;
    try {
      controller = jobs.start(requestId);
    } catch (e) {
      return fail(toErrorInfo(e));
    }
    const ctx: JobContext = createJobContext({
      requestId,
      method,
      signal: controller.signal,
      emit: opts.emit,
    });
    const handler = table[method] as (p: unknown, c: JobContext) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (e) {
      return fail(toErrorInfo(e));
    } finally {
      jobs.finish(requestId);
      session.touch();
    }
  }

  return {
    handle,
    async dispose() {
      jobs.cancelAllExcept(null);
      await session.lock('user');
      session.dispose();
    },
  };
}
