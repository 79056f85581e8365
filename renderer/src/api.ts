// The renderer's only way to Muster's engine and shell: `window.muster`, typed by the shared
// contract. Envelopes are unwrapped here so screens work with plain values and catch one
// error type that keeps the engine's error code.
import { useEffect, useEffectEvent, useState } from 'react';
import type { InvokeOptions, MusterApi } from '../../shared/api';
import type { EventName, EventPayload, MethodName, MethodParams, MethodResult } from '../../shared/contract';
import type { JobProgress } from '../../shared/domain';
import type { ErrorCode, ErrorInfo } from '../../shared/errors';

/** A failed call, with the code the engine or shell chose; the message is safe to show. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Turns anything thrown into an ApiError, without ever carrying a foreign message along. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'INTERNAL', message: 'Muster’s engine did not answer.' });
}

function bridge(): MusterApi {
  const api = (window as unknown as { muster?: MusterApi }).muster;
  if (!api)
    throw new ApiError({ code: 'INTERNAL', message: 'Muster’s engine is not connected to this window.' });
  return api;
}

export function isBridgeAvailable(): boolean {
  return (window as unknown as { muster?: MusterApi }).muster !== undefined;
}

export async function call<M extends MethodName>(
  method: M,
  params: MethodParams<M>,
  options?: InvokeOptions,
): Promise<MethodResult<M>> {
  let envelope;
  try {
    envelope = await bridge().invoke(method, params, options);
  } catch (error) {
    // A broken channel rejects; its text is not ours to show.
    throw toApiError(error);
  }
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

let sequence = 0;

/** An id for a call whose progress the caller wants to follow (or cancel). */
export function newRequestId(): string {
  sequence += 1;
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Date.now());
  return `ui-${sequence}-${random}`;
}

/** Subscribes for the lifetime of the component; the latest listener is always the one called. */
export function useMusterEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const onEvent = useEffectEvent(listener);
  useEffect(() => bridge().on(event, (payload) => onEvent(payload)), [event]);
}

/** The latest progress report of the call started with `requestId`; null before the first one. */
export function useJobProgress(requestId: string | null): JobProgress | null {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (requestId === null) return undefined;
    return bridge().on('job.progress', (report) => {
      if (report.requestId === requestId) setProgress(report);
    });
  }, [requestId]);
  // Reports of an earlier call are kept in state until the next one arrives: never show them.
  return progress !== null && progress.requestId === requestId ? progress : null;
}
