import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultSummary } from '../../shared/domain';
import { UnlockScreen } from '../../renderer/src/screens/UnlockScreen';
import type { FakeMuster } from './fakeMuster';
import { deferred, installFakeMuster, makeSummary, Refusal, resetRenderer, VAULT_PATH } from './fakeMuster';

const PASSPHRASE = 'a long passphrase only the crisis cell knows';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
});
afterEach(resetRenderer);

function renderUnlock(): { onUnlocked: ReturnType<typeof vi.fn> } {
  const onUnlocked = vi.fn();
  render(<UnlockScreen path={VAULT_PATH} notice={null} onUnlocked={onUnlocked} onBack={() => undefined} />);
  return { onUnlocked };
}

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input' });
}

function enter(label: string, value: string): void {
  // The passphrase field is uncontrolled: it reports input events, not React state.
  fireEvent.input(field(label), { target: { value } });
  fireEvent.change(field(label), { target: { value } });
}

function unlock(name = 'Ana Duarte'): void {
  enter('Your name', name);
  enter('Passphrase', PASSPHRASE);
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('unlock screen', () => {
  it('shows the vault it will open and lets the officer choose another', async () => {
    renderUnlock();
    expect(screen.getByText('embassy.muster')).toBeTruthy();
    expect(screen.getByText(VAULT_PATH)).toBeTruthy();
    fake.handle('shell.chooseExistingVaultPath', () => '/media/usb/backup.muster');
    fireEvent.click(screen.getByRole('button', { name: 'Choose another…' }));
    expect(await screen.findByText('backup.muster')).toBeTruthy();
    unlock();
    expect(fake.callsOf('vault.unlock')[0]?.params.path).toBe('/media/usb/backup.muster');
  });

  it('prefills the name of the last operator, and only that', () => {
    window.localStorage.setItem('muster.lastOperator', 'Bo Lindqvist');
    renderUnlock();
    expect(field('Your name').value).toBe('Bo Lindqvist');
    expect(field('Passphrase').value).toBe('');
  });

  it('keeps "Unlock" disabled until a name and a passphrase are entered', () => {
    renderUnlock();
    const button = screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    enter('Your name', 'Ana Duarte');
    expect(button.disabled).toBe(true);
    enter('Passphrase', PASSPHRASE);
    expect(button.disabled).toBe(false);
  });

  it('says "Wrong passphrase" for a wrong passphrase and clears the field', async () => {
    fake.handle('vault.unlock', () => {
      throw new Refusal('WRONG_PASSPHRASE', 'The passphrase does not open this vault.');
    });
    const { onUnlocked } = renderUnlock();
    unlock();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Wrong passphrase. Nothing was changed.');
    expect(field('Passphrase').value).toBe('');
    expect(field('Passphrase').getAttribute('aria-describedby')).toBe(alert.id);
    expect(onUnlocked).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field('Passphrase')));
  });

  it('gives a damaged vault its own message, distinct from a wrong passphrase', async () => {
    fake.handle('vault.unlock', () => {
      throw new Refusal('VAULT_DAMAGED');
    });
    renderUnlock();
    unlock();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This vault file is damaged/);
    expect(alert.textContent).not.toMatch(/Wrong passphrase/);
    expect(field('Passphrase').value).toBe('');
  });

  it.each([
    ['VAULT_TRUNCATED', /incomplete/],
    ['NOT_A_VAULT', /not a Muster vault/],
    ['VAULT_LOCKED_BY_OTHER', /already open in another Muster window/],
    ['NOT_FOUND', /no vault at this location/],
  ] as const)('explains %s in words', async (code, sentence) => {
    fake.handle('vault.unlock', () => {
      throw new Refusal(code);
    });
    renderUnlock();
    unlock();
    expect((await screen.findByRole('alert')).textContent).toMatch(sentence);
  });

  it('shows progress while unlocking, then clears the passphrase and remembers the name', async () => {
    const pending = deferred<VaultSummary>();
    fake.handle('vault.unlock', () => pending.promise);
    const { onUnlocked } = renderUnlock();
    unlock('  Ana Duarte  ');

    const [request] = fake.callsOf('vault.unlock');
    expect(request?.params).toEqual({ path: VAULT_PATH, passphrase: PASSPHRASE, operator: 'Ana Duarte' });
    expect(field('Passphrase').value).toBe('');
    expect(screen.getByText('Unlocking the vault…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(true);

    act(() =>
      fake.emit('job.progress', {
        requestId: request?.options?.requestId ?? '',
        method: 'vault.unlock',
        phase: 'decrypting',
        done: 40,
        total: 100,
        rate: 100,
        etaSeconds: 0.6,
      }),
    );
    expect(screen.getByText('Decrypting')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Unlocking the vault…' }) as HTMLProgressElement;
    expect(bar.value).toBe(40);
    expect(bar.max).toBe(100);

    const summary = makeSummary({ operator: 'Ana Duarte' });
    await act(async () => pending.resolve(summary));
    expect(onUnlocked).toHaveBeenCalledWith(summary, 'Ana Duarte');
    expect(window.localStorage.getItem('muster.lastOperator')).toBe('Ana Duarte');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(PASSPHRASE);
  });

  it('shows why it is here, e.g. after an idle lock', () => {
    render(
      <UnlockScreen
        path={VAULT_PATH}
        notice={{ title: 'Locked after inactivity', detail: 'Enter your passphrase to continue.' }}
        onUnlocked={() => undefined}
        onBack={() => undefined}
      />,
    );
    const notice = screen.getByText('Locked after inactivity').closest('[role="status"]');
    expect(notice?.textContent).toContain('Enter your passphrase to continue.');
  });

  it('warns when Caps Lock is on', () => {
    renderUnlock();
    fireEvent.keyDown(field('Passphrase'), { key: 'P', modifierCapsLock: true });
    expect(screen.getByText('Caps Lock is on.')).toBeTruthy();
  });
});
