// The API the preload exposes as `window.muster`, and the test bridge reproduces over
// loopback. Kept free of runtime imports so the sandboxed preload bundle stays tiny.
import type { EventName, EventPayload, MethodName, MethodParams, MethodResult } from './contract';
import type { Envelope } from './errors';

export interface InvokeOptions {
  /** Caller-chosen id; progress events carry it and `job.cancel` takes it. */
  requestId?: string;
}

export interface MusterApi {
  invoke<M extends MethodName>(
    method: M,
    params: MethodParams<M>,
    options?: InvokeOptions,
  ): Promise<Envelope<MethodResult<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** IPC channel names, shared by preload and main. */
export const IPC = {
  invoke: 'muster:invoke',
  event: 'muster:event',
} as const;

/** What travels on the invoke channel. */
export interface InvokeRequest {
  method: string;
  params: unknown;
  requestId: string;
}

/** What travels on the event channel. */
export interface EventMessage {
  event: string;
  payload: unknown;
}
