// What every command needs: where to write, the environment, and a way to call the engine.
import { userInfo } from 'node:os';
import type { EngineMethod, MethodParams, MethodResult } from '../../shared/contract';
import { MusterError } from '../../shared/errors';
import { createEngine } from '../engine/engine';
import type { Engine } from '../engine/types';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export function resolveOperator(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return flag;
  if (env.MUSTER_OPERATOR) return env.MUSTER_OPERATOR;
  try {
    return userInfo().username || 'cli';
  } catch {
    return 'cli';
  }
}

/** Runs `work` against a fresh in-process engine, and always locks it afterwards. */
export async function withEngine<T>(work: (call: EngineCall) => Promise<T>): Promise<T> {
  const engine: Engine = createEngine({ emit: () => {} });
  let seq = 0;
  const call: EngineCall = async (method, params) => {
    const envelope = await engine.handle(method, params, `cli-${++seq}`);
    if (!envelope.ok) throw new MusterError(envelope.error.code, envelope.error.message);
    return envelope.value as never;
  };
  try {
    return await work(call);
  } finally {
    await engine.dispose();
  }
}

export type EngineCall = <M extends EngineMethod>(
  method: M,
  params: MethodParams<M>,
) => Promise<MethodResult<M>>;
