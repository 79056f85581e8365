// The shape every domain module's handlers share (one `app.ts` per domain, gathered in handlers.ts).
import type {
  EngineMethod,
  EventName,
  EventPayload,
  MethodResult,
  ParsedParams,
} from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

export interface JobContext {
  readonly requestId: string;
  readonly signal: AbortSignal;
  /** Report progress; throttled, and rate/ETA are computed for the caller. */
  progress(update: { phase: string; done: number; total: number }): void;
  /**
   * Yield to the event loop (so a `job.cancel` can arrive) and throw CANCELLED if it did.
   * Long loops call this every few thousand items.
   */
  checkpoint(): Promise<void>;
}

export type Handler<M extends EngineMethod> = (
  params: ParsedParams<M>,
  ctx: JobContext,
) => Promise<MethodResult<M>>;

export type HandlerTable = { [M in EngineMethod]: Handler<M> };
export type PartialHandlers<K extends EngineMethod> = { [M in K]: Handler<M> };

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What the engine hands to the outside world, whatever carries it (worker, CLI, test bridge). */
export interface Engine {
  handle(method: string, params: unknown, requestId: string): Promise<Envelope<unknown>>;
  /** Locks the vault (saving pending state) and releases resources. */
  dispose(): Promise<void>;
}
