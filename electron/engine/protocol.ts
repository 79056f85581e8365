// Messages between the Electron main process and the engine worker thread.
// Cancellation is an ordinary request (`job.cancel`), so the protocol stays two-way and small.
import type { EngineMethod, EventName } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

export type ToWorker = { type: 'request'; requestId: string; method: EngineMethod; params: unknown };

export type FromWorker =
  | { type: 'response'; requestId: string; envelope: Envelope<unknown> }
  | { type: 'event'; event: EventName; payload: unknown };
