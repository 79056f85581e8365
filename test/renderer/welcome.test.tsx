import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import type { FakeMuster } from './fakeMuster';
import { installFakeMuster, resetRenderer, VAULT_PATH } from './fakeMuster';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
});
afterEach(resetRenderer);

describe('welcome screen', () => {
  it('names the product, says what it is for, and offers to create or open a vault', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Muster' })).toBeTruthy();
    expect(screen.getByText(/encrypted vault/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create a new vault' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open a vault' })).toBeTruthy();
    expect(await screen.findByText('No vault opened on this computer yet.')).toBeTruthy();
    expect(screen.getByText('Version 0.1.0')).toBeTruthy();
  });

  it('opens a recent vault on the unlock screen', async () => {
    fake.handle('shell.appInfo', () => ({
      version: '0.1.0',
      platform: 'linux',
      recentVaults: ['/srv/crisis/flood-2025.muster', VAULT_PATH],
    }));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /flood-2025\.muster/ }));
    expect(await screen.findByRole('heading', { name: 'Unlock vault' })).toBeTruthy();
    expect(screen.getByText('/srv/crisis/flood-2025.muster')).toBeTruthy();
  });

  it('asks for a vault file with "Open a vault", and stays put when the dialog is cancelled', async () => {
    fake.handle('shell.chooseExistingVaultPath', () => null);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open a vault' }));
    await waitFor(() => expect(fake.callsOf('shell.chooseExistingVaultPath')).toHaveLength(1));
    expect(screen.getByRole('heading', { name: 'Muster' })).toBeTruthy();

    fake.handle('shell.chooseExistingVaultPath', () => VAULT_PATH);
    fireEvent.click(screen.getByRole('button', { name: 'Open a vault' }));
    expect(await screen.findByRole('heading', { name: 'Unlock vault' })).toBeTruthy();
    expect(screen.getByText(VAULT_PATH)).toBeTruthy();
  });

  it('goes to the create form and back', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Create a new vault' }));
    expect(screen.getByRole('heading', { name: 'Create a new vault' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('button', { name: 'Open a vault' })).toBeTruthy();
  });

  it('opens the workspace after a vault is created', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Create a new vault' }));
    fireEvent.click(screen.getByRole('button', { name: 'Choose location…' }));
    await screen.findByText('/home/officer/vaults/new.muster');
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ana Duarte' } });
    for (const label of ['Passphrase', 'Confirm passphrase']) {
      fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), {
        target: { value: 'correct horse battery staple' },
      });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(await screen.findByRole('navigation', { name: 'Sections' })).toBeTruthy();
    expect(screen.getByText('new.muster')).toBeTruthy();
    expect(screen.getByText('Operator:', { exact: false }).textContent).toBe('Operator: Ana Duarte');
  });
});
