import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../shared/domain';
import { createJobContext, JobRegistry } from '../../electron/engine/jobs/jobs';

describe('job context', () => {
  it('throttles progress to about ten a second, with per-phase rate and ETA', () => {
    let now = 0;
    const sent: JobProgress[] = [];
    const ctx = createJobContext({
      requestId: 'r1',
      method: 'vault.unlock',
      signal: new AbortController().signal,
      emit: (_event, payload) => sent.push(payload as JobProgress),
      clock: () => now,
    });
    ctx.progress({ phase: 'decrypting', done: 0, total: 1000 });
    for (let t = 10; t < 1000; t += 10) {
      now = t;
      ctx.progress({ phase: 'decrypting', done: t, total: 1000 });
    }
    expect(sent.length).toBeGreaterThanOrEqual(9);
    expect(sent.length).toBeLessThanOrEqual(11);
    const mid = sent.find((p) => p.done === 500);
    expect(mid).toMatchObject({ requestId: 'r1', method: 'vault.unlock', rate: 1000, etaSeconds: 0.5 });

    now = 1000;
    ctx.progress({ phase: 'decrypting', done: 1000, total: 1000 }); // the end is always sent
    now = 1001;
    ctx.progress({ phase: 'replaying journal', done: 0, total: 5 }); // so is a new phase
    expect(sent.slice(-2).map((p) => [p.phase, p.done, p.etaSeconds])).toEqual([
      ['decrypting', 1000, 0],
      ['replaying journal', 0, null],
    ]);
  });

  it('checkpoint throws CANCELLED once the job is cancelled through the registry', async () => {
    const jobs = new JobRegistry();
    const controller = jobs.start('r2');
    const ctx = createJobContext({ requestId: 'r2', method: 'x', signal: controller.signal, emit: () => {} });
    await ctx.checkpoint();
    expect(jobs.cancel('r2')).toBe(true);
    await expect(ctx.checkpoint()).rejects.toMatchObject({ code: 'CANCELLED' });
    jobs.finish('r2');
    expect(jobs.cancel('r2')).toBe(false);
    expect(jobs.size).toBe(0);
  });
});
