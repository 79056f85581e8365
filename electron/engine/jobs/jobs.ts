// Every request runs as a job: it can be cancelled by id and reports throttled progress.
import { MusterError } from '../../../shared/errors';
import type { Emit, JobContext } from '../types';

/** About ten progress events a second: smooth in the UI without flooding the IPC channel. */
const PROGRESS_INTERVAL_MS = 100;

export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  start(requestId: string): AbortController {
    if (this.running.has(requestId)) {
      throw new MusterError('INVALID_INPUT', 'A request with this id is already running.');
    }
    const controller = new AbortController();
    this.running.set(requestId, controller);
    return controller;
  }

  finish(requestId: string): void {
    this.running.delete(requestId);
  }

  /** True when the job was running (it stops at its next checkpoint). */
  cancel(requestId: string): boolean {
    const controller = this.running.get(requestId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  cancelAllExcept(requestId: string | null): void {
    for (const [id, controller] of this.running) if (id !== requestId) controller.abort();
  }

  get size(): number {
    return this.running.size;
  }
}

export interface JobContextOptions {
  requestId: string;
  method: string;
  signal: AbortSignal;
  emit: Emit;
  /** Milliseconds; injectable so tests control throttling. */
  clock?: () => number;
}

export function createJobContext({
  requestId,
  method,
  signal,
  emit,
  clock = () => performance.now(),
}: JobContextOptions): JobContext {
  let phase: string | null = null;
  let phaseStart = 0;
  let lastSent = -Infinity;
  return {
    requestId,
    signal,
    progress({ phase: current, done, total }) {
      const t = clock();
      const newPhase = current !== phase;
      if (newPhase) {
        phase = current;
        phaseStart = t;
      }
      const finished = total > 0 && done >= total;
      if (!newPhase && !finished && t - lastSent < PROGRESS_INTERVAL_MS) return;
      lastSent = t;
      // Rate per phase: the units differ between phases (bytes decrypted, records replayed…).
      const seconds = (t - phaseStart) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const etaSeconds = rate > 0 && total >= done ? (total - done) / rate : null;
      emit('job.progress', { requestId, method, phase: current, done, total, rate, etaSeconds });
    },
    async checkpoint() {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal.aborted) throw new MusterError('CANCELLED', 'Cancelled.');
    },
  };
}
