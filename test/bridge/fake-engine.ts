// A stand-in engine for the bridge's own tests: it records what reached it, answers with
// canned envelopes, and lets a test push events, so the bridge is tested without the vault.
import type { Envelope } from '../../shared/errors';
import type { Emit, Engine } from '../../electron/engine/types';
import type { EngineOptions } from './server';

export interface ReceivedCall {
  method: string;
  params: unknown;
  requestId: string;
}

export class FakeEngine implements Engine {
  readonly calls: ReceivedCall[] = [];
  disposed = false;
  emit: Emit = () => {
    throw new Error('The bridge has not created the engine yet.');
  };
  options: EngineOptions | undefined;
  answer: (call: ReceivedCall) => Promise<Envelope<unknown>> = async (call) => ({
    ok: true,
    value: { echoed: call.method },
  });

  readonly factory = (options: EngineOptions): Engine => {
    this.options = options;
    this.emit = options.emit;
    return this;
  };

  async handle(method: string, params: unknown, requestId: string): Promise<Envelope<unknown>> {
    const call = { method, params, requestId };
    this.calls.push(call);
    return this.answer(call);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }
}
