import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../electron/main/singleInstance';

vi.mock('electron', () => ({}));

function fakeApp(gotLock: boolean) {
  const app = new EventEmitter() as EventEmitter & {
    requestSingleInstanceLock: ReturnType<typeof vi.fn>;
    quit: ReturnType<typeof vi.fn>;
  };
  app.requestSingleInstanceLock = vi.fn(() => gotLock);
  app.quit = vi.fn();
  return app;
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: vi.fn(() => minimized), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('single instance', () => {
  it('quits a second instance straight away', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps the first instance and brings its window forward when another starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app as never, () => window as never)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['muster'], '/home');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('does not restore a window that is not minimized, and copes with no window yet', () => {
    const app = fakeApp(true);
    const window = fakeWindow(false);
    let current: ReturnType<typeof fakeWindow> | null = null;
    claimSingleInstance(app as never, () => current as never);
    expect(() => app.emit('second-instance')).not.toThrow();
    current = window;
    app.emit('second-instance');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(1);
  });
});
