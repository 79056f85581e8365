import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultSummary } from '../../shared/domain';
import { CreateVaultScreen } from '../../renderer/src/screens/CreateVaultScreen';
import type { FakeMuster } from './fakeMuster';
import { deferred, installFakeMuster, makeSummary, Refusal, resetRenderer } from './fakeMuster';

const GOOD = 'correct horse battery staple';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
});
afterEach(resetRenderer);

function renderCreate(): { onCreated: ReturnType<typeof vi.fn> } {
  const onCreated = vi.fn();
  render(<CreateVaultScreen onCreated={onCreated} onCancel={() => undefined} />);
  return { onCreated };
}

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input' });
}

function type(label: string, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

function submitButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Create vault' });
}

async function fillValidForm(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Choose location…' }));
  await screen.findByText('/home/officer/vaults/new.muster');
  type('Your name', 'Ana Duarte');
  type('Passphrase', GOOD);
  type('Confirm passphrase', GOOD);
}

describe('create vault form', () => {
  it('has labelled fields and keeps "Create vault" disabled until everything is valid', async () => {
    renderCreate();
    expect(field('Your name')).toBeTruthy();
    expect(field('Passphrase').type).toBe('password');
    expect(field('Confirm passphrase').type).toBe('password');
    expect(submitButton().disabled).toBe(true);
    expect(screen.getByText('Choose where to save the vault.')).toBeTruthy();

    await fillValidForm();
    expect(submitButton().disabled).toBe(false);
  });

  it('shows the chosen location, and keeps the old one when the dialog is cancelled', async () => {
    renderCreate();
    fireEvent.click(screen.getByRole('button', { name: 'Choose location…' }));
    expect(await screen.findByText('/home/officer/vaults/new.muster')).toBeTruthy();
    fake.handle('shell.chooseNewVaultPath', () => null);
    fireEvent.click(screen.getByRole('button', { name: 'Choose location…' }));
    await waitFor(() => expect(fake.callsOf('shell.chooseNewVaultPath')).toHaveLength(2));
    expect(screen.getByText('/home/officer/vaults/new.muster')).toBeTruthy();
  });

  it('refuses a passphrase shorter than the minimum', async () => {
    renderCreate();
    await fillValidForm();
    type('Passphrase', 'short words');
    type('Confirm passphrase', 'short words');
    expect(screen.getByText('Use at least 12 characters (1 more).')).toBeTruthy();
    expect(field('Passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(submitButton().disabled).toBe(true);
  });

  it('reports a confirmation that does not match', async () => {
    renderCreate();
    await fillValidForm();
    type('Confirm passphrase', 'correct horse battery stapler');
    expect(screen.getByText('The passphrases do not match.')).toBeTruthy();
    expect(field('Confirm passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(submitButton().disabled).toBe(true);
  });

  it('does not call a half-typed confirmation a mismatch until the field is left', async () => {
    renderCreate();
    await fillValidForm();
    type('Confirm passphrase', 'correct horse');
    expect(screen.queryByText('The passphrases do not match.')).toBeNull();
    fireEvent.blur(field('Confirm passphrase'));
    expect(screen.getByText('The passphrases do not match.')).toBeTruthy();
  });

  it('requires a name', async () => {
    renderCreate();
    await fillValidForm();
    type('Your name', '   ');
    expect(submitButton().disabled).toBe(true);
    expect(screen.getByText('Enter your name: every action in the vault is recorded under it.')).toBeTruthy();
  });

  it('warns when Caps Lock is on, and stops when it is off', () => {
    renderCreate();
    expect(screen.queryByText('Caps Lock is on.')).toBeNull();
    fireEvent.keyDown(field('Passphrase'), { key: 'A', modifierCapsLock: true });
    expect(screen.getByText('Caps Lock is on.')).toBeTruthy();
    fireEvent.keyUp(field('Confirm passphrase'), { key: 'a', modifierCapsLock: false });
    expect(screen.queryByText('Caps Lock is on.')).toBeNull();
  });

  it('shows the strength of the passphrase as a meter with a word', () => {
    renderCreate();
    const meter = screen.getByRole('meter', { name: 'Passphrase strength' });
    expect(meter.getAttribute('aria-valuenow')).toBe('0');
    type('Passphrase', 'password1234');
    expect(meter.getAttribute('aria-valuetext')).toBe('weak');
    expect(screen.getByText(/Avoid common words/)).toBeTruthy();
    type('Passphrase', GOOD);
    expect(meter.getAttribute('aria-valuetext')).toBe('good');
    type('Passphrase', `${GOOD} orbit lantern`);
    expect(meter.getAttribute('aria-valuetext')).toBe('strong');
    expect(meter.getAttribute('aria-valuenow')).toBe('4');
    expect(screen.getByText('strong')).toBeTruthy();
  });

  it('creates the vault, shows progress while the key is derived, and clears the passphrase', async () => {
    const pending = deferred<VaultSummary>();
    fake.handle('vault.create', () => pending.promise);
    const { onCreated } = renderCreate();
    await fillValidForm();
    fireEvent.click(submitButton());

    const [request] = fake.callsOf('vault.create');
    expect(request?.params).toEqual({
      path: '/home/officer/vaults/new.muster',
      passphrase: GOOD,
      operator: 'Ana Duarte',
    });
    const requestId = request?.options?.requestId;
    expect(requestId).toBeTruthy();

    expect(screen.getByText('Creating the vault…')).toBeTruthy();
    expect(field('Passphrase').value).toBe('');
    expect(field('Confirm passphrase').value).toBe('');
    act(() =>
      fake.emit('job.progress', {
        requestId: requestId ?? '',
        method: 'vault.create',
        phase: 'deriving key',
        done: 0,
        total: 1,
        rate: 0,
        etaSeconds: null,
      }),
    );
    expect(screen.getByText('Deriving the key from the passphrase')).toBeTruthy();

    const summary = makeSummary({ path: '/home/officer/vaults/new.muster' });
    await act(async () => pending.resolve(summary));
    expect(onCreated).toHaveBeenCalledWith(summary, 'Ana Duarte');
    expect(window.localStorage.getItem('muster.lastOperator')).toBe('Ana Duarte');
  });

  it('explains a failure, and the passphrase must be typed again', async () => {
    fake.handle('vault.create', () => {
      throw new Refusal('VAULT_EXISTS');
    });
    const { onCreated } = renderCreate();
    await fillValidForm();
    fireEvent.click(submitButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'A file already exists at this location. Choose another name, or open that vault instead.',
    );
    expect(field('Passphrase').value).toBe('');
    expect(submitButton().disabled).toBe(true);
    expect(onCreated).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(field('Passphrase')));
  });
});
