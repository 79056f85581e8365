import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, call, isApiError, useJobProgress, useMusterEvent } from '../../renderer/src/api';
import { describeError } from '../../renderer/src/errorMessages';
import type { FakeMuster } from './fakeMuster';
import { installFakeMuster, Refusal, resetRenderer } from './fakeMuster';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
});
afterEach(resetRenderer);

describe('the renderer API client', () => {
  it('unwraps a successful envelope into its value', async () => {
    fake.handle('session.setIdleLock', ({ minutes }) => ({ state: 'unlocked', idleLockMinutes: minutes }));
    await expect(call('session.setIdleLock', { minutes: 7 })).resolves.toEqual({
      state: 'unlocked',
      idleLockMinutes: 7,
    });
    expect(fake.callsOf('session.setIdleLock')[0]?.params).toEqual({ minutes: 7 });
  });

  it('passes the request id through so progress can be matched', async () => {
    await call('vault.info', {}, { requestId: 'r-42' });
    expect(fake.callsOf('vault.info')[0]?.options).toEqual({ requestId: 'r-42' });
  });

  it('throws an ApiError that keeps the code and the message of a failed call', async () => {
    fake.handle('vault.unlock', () => {
      throw new Refusal('VAULT_TRUNCATED', 'The vault file is shorter than its header says.');
    });
    const failure = await call('vault.unlock', { path: '/v.muster', passphrase: 'x', operator: 'Ana' }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect(isApiError(failure, 'VAULT_TRUNCATED')).toBe(true);
    expect((failure as ApiError).message).toBe('The vault file is shorter than its header says.');
  });

  it('turns a broken channel into INTERNAL without repeating what it said', async () => {
    fake.handle('vault.info', () => {
      throw new Error('secret detail from a broken channel');
    });
    const failure = await call('vault.info', {}).catch((e: unknown) => e);
    expect(isApiError(failure, 'INTERNAL')).toBe(true);
    expect((failure as ApiError).message).not.toContain('secret detail');
  });

  it('fails clearly when no engine is connected', async () => {
    resetRenderer();
    const failure = await call('vault.info', {}).catch((e: unknown) => e);
    expect(isApiError(failure, 'INTERNAL')).toBe(true);
    fake = installFakeMuster();
  });

  it('has a distinct sentence for each situation an officer can act on', () => {
    const codes = [
      'WRONG_PASSPHRASE',
      'NOT_A_VAULT',
      'VAULT_TRUNCATED',
      'VAULT_DAMAGED',
      'JOURNAL_DAMAGED',
      'UNSUPPORTED_VERSION',
      'VAULT_LOCKED_BY_OTHER',
      'VAULT_EXISTS',
      'NOT_FOUND',
      'NOT_WRITABLE',
      'DISK_FULL',
      'IO_ERROR',
    ] as const;
    const sentences = codes.map((code) => describeError(new ApiError({ code, message: 'engine text' })));
    expect(new Set(sentences).size).toBe(codes.length);
    expect(sentences).not.toContain('engine text');
    expect(describeError(new ApiError({ code: 'INVALID_INPUT', message: 'Enter the passphrase.' }))).toBe(
      'Enter the passphrase.',
    );
  });
});

describe('event hooks', () => {
  it('reports progress of its own request only, and unsubscribes on unmount', () => {
    const { result, unmount } = renderHook(() => useJobProgress('mine'));
    expect(result.current).toBeNull();
    const report = {
      method: 'vault.unlock',
      phase: 'decrypting',
      done: 5,
      total: 10,
      rate: 1,
      etaSeconds: 5,
    };
    act(() => fake.emit('job.progress', { ...report, requestId: 'someone-else' }));
    expect(result.current).toBeNull();
    act(() => fake.emit('job.progress', { ...report, requestId: 'mine' }));
    expect(result.current).toMatchObject({ phase: 'decrypting', done: 5, total: 10 });
    unmount();
    expect(fake.listenerCount('job.progress')).toBe(0);
  });

  it('forgets progress of an earlier request when following a new one', () => {
    const { result, rerender } = renderHook(({ id }) => useJobProgress(id), {
      initialProps: { id: 'first' },
    });
    const report = { method: 'vault.unlock', phase: 'saving', done: 1, total: 2, rate: 1, etaSeconds: 1 };
    act(() => fake.emit('job.progress', { ...report, requestId: 'first' }));
    expect(result.current?.requestId).toBe('first');
    rerender({ id: 'second' });
    expect(result.current).toBeNull();
  });

  it('calls the latest listener of an event', () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ tag }) => useMusterEvent('vault.locked', (p) => seen.push(`${tag}:${p.reason}`)),
      {
        initialProps: { tag: 'a' },
      },
    );
    act(() => fake.emit('vault.locked', { reason: 'idle' }));
    rerender({ tag: 'b' });
    act(() => fake.emit('vault.locked', { reason: 'user' }));
    expect(seen).toEqual(['a:idle', 'b:user']);
    expect(fake.listenerCount('vault.locked')).toBe(1);
  });
});
