import { render, screen } from '@testing-library/react';
import type { VaultSummary } from '../../shared/domain';
import { App } from '../../renderer/src/App';
import { makeSummary, VAULT_PATH, type FakeMuster } from './fakeMuster';

/** Starts the app as when the engine already holds an unlocked vault (a reloaded window). */
export async function renderOpenVault(fake: FakeMuster, summary: Partial<VaultSummary> = {}): Promise<void> {
  fake.handle('session.state', () => ({
    state: 'unlocked',
    path: VAULT_PATH,
    operator: 'Ana Duarte',
    idleLockMinutes: 10,
  }));
  fake.handle('vault.info', () => makeSummary(summary));
  render(<App />);
  await screen.findByRole('navigation', { name: 'Sections' });
}
