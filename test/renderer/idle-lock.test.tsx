import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { TOUCH_INTERVAL_MS } from '../../renderer/src/frame/useActivityTouch';
import type { FakeMuster } from './fakeMuster';
import { installFakeMuster, makeAuditEntry, resetRenderer, VAULT_PATH } from './fakeMuster';
import { renderOpenVault } from './renderApp';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
});
afterEach(() => {
  vi.restoreAllMocks();
  resetRenderer();
});

describe('idle lock', () => {
  it('returns to the unlock screen with a notice when the engine locks for inactivity', async () => {
    fake.handle('audit.list', () => [makeAuditEntry({ operator: 'Ana Duarte', object: 'Roster Bamako' })]);
    await renderOpenVault(fake, { counts: { people: 42, auditEntries: 1 } });
    fireEvent.keyDown(window, { key: '6', code: 'Digit6', altKey: true });
    expect(await screen.findByText('Roster Bamako')).toBeTruthy();

    act(() => fake.emit('vault.locked', { reason: 'idle' }));

    expect(screen.getByRole('heading', { name: 'Unlock vault' })).toBeTruthy();
    expect(screen.getByText('Locked after inactivity')).toBeTruthy();
    expect(screen.getByText(VAULT_PATH)).toBeTruthy();
    // Nothing from the open vault is left on screen.
    expect(screen.queryByText('Roster Bamako')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
    expect(screen.queryByText(/42 people/)).toBeNull();
    expect(document.title).toBe('Muster');
  });

  it('says the engine stopped when that is why the vault locked', async () => {
    await renderOpenVault(fake);
    act(() => fake.emit('vault.locked', { reason: 'engine-stopped' }));
    expect(screen.getByText(/data engine stopped unexpectedly/)).toBeTruthy();
  });

  it('shows no notice when the officer locked the vault', async () => {
    await renderOpenVault(fake);
    act(() => fake.emit('vault.locked', { reason: 'user' }));
    expect(screen.getByRole('heading', { name: 'Unlock vault' })).toBeTruthy();
    expect(screen.queryByText('Locked after inactivity')).toBeNull();
  });

  it('hides the notice once the officer tries to unlock', async () => {
    await renderOpenVault(fake);
    act(() => fake.emit('vault.locked', { reason: 'idle' }));
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ana Duarte' } });
    fireEvent.input(screen.getByLabelText('Passphrase', { selector: 'input' }), {
      target: { value: 'a long passphrase only the crisis cell knows' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.queryByText('Locked after inactivity')).toBeNull();
    expect(await screen.findByRole('navigation', { name: 'Sections' })).toBeTruthy();
  });

  it('tells the engine about activity at most once per interval', async () => {
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    await renderOpenVault(fake);
    const touches = (): number => fake.callsOf('session.touch').length;

    fireEvent.keyDown(window, { key: 'a' });
    expect(touches()).toBe(1);
    fireEvent.mouseDown(document.body);
    fireEvent.keyDown(window, { key: 'b' });
    now += TOUCH_INTERVAL_MS - 1;
    fireEvent.keyDown(window, { key: 'c' });
    expect(touches()).toBe(1);
    now += 1;
    fireEvent.mouseDown(document.body);
    expect(touches()).toBe(2);
  });

  it('stops listening for activity once locked', async () => {
    await renderOpenVault(fake);
    act(() => fake.emit('vault.locked', { reason: 'idle' }));
    fireEvent.keyDown(window, { key: 'a' });
    expect(fake.callsOf('session.touch')).toHaveLength(0);
  });

  it('ignores a lock event while no vault is open', async () => {
    fake.handle('shell.appInfo', () => ({ version: '0.1.0', platform: 'linux', recentVaults: [VAULT_PATH] }));
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Create a new vault' })).toBeTruthy();
    act(() => fake.emit('vault.locked', { reason: 'idle' }));
    expect(screen.getByRole('button', { name: 'Create a new vault' })).toBeTruthy();
    expect(screen.queryByText('Locked after inactivity')).toBeNull();
  });
});
