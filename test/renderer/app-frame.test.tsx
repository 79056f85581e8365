import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultSummary } from '../../shared/domain';
import type { FakeMuster } from './fakeMuster';
import { installFakeMuster, makeSummary, Refusal, resetRenderer, VAULT_PATH } from './fakeMuster';
import { renderOpenVault as openVault } from './renderApp';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
});
afterEach(resetRenderer);

function renderOpenVault(summary: Partial<VaultSummary> = {}): Promise<void> {
  return openVault(fake, summary);
}

function navButton(name: string): HTMLElement {
  // The shortcut hint is hidden from assistive technology, so the name is the label alone.
  return within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('button', { name });
}

function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

describe('app frame', () => {
  it('lists the six sections in order and marks People as the current page', async () => {
    await renderOpenVault();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const labels = within(nav)
      .getAllByRole('button')
      .map((b) => b.querySelector('.nav-label')?.textContent);
    expect(labels).toEqual(['People', 'Import', 'Duplicates', 'Map', 'Exports', 'Audit']);
    expect(navButton('People').getAttribute('aria-current')).toBe('page');
    expect(heading().textContent).toBe('People');
  });

  it('shows an honest empty People section with the count from the vault', async () => {
    await renderOpenVault({ counts: { people: 0, auditEntries: 1 } });
    expect(
      screen.getByText('No people yet. Import a registration file or an employer roster to begin.'),
    ).toBeTruthy();
    expect(screen.getByText('0 people in this vault')).toBeTruthy();
  });

  it('moves between sections by click, with aria-current following', async () => {
    await renderOpenVault();
    fireEvent.click(navButton('Import'));
    expect(heading().textContent).toBe('Import');
    expect(screen.getByRole('button', { name: 'Choose file…' })).toBeTruthy();
    expect(navButton('Import').getAttribute('aria-current')).toBe('page');
    expect(navButton('People').getAttribute('aria-current')).toBeNull();
    fireEvent.click(navButton('Map'));
    expect(heading().textContent).toBe('Map');
    expect(document.title).toBe('Map — Muster');
  });

  it('opens sections with Alt+1…6 and puts focus on the heading', async () => {
    await renderOpenVault();
    fireEvent.keyDown(window, { key: '3', code: 'Digit3', altKey: true });
    expect(heading().textContent).toBe('Duplicates');
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    // A layout where Alt+6 types another character still has the physical key.
    fireEvent.keyDown(window, { key: '§', code: 'Digit6', altKey: true });
    expect(heading().textContent).toBe('Audit');
    // Without Alt, a digit is just a digit.
    fireEvent.keyDown(window, { key: '1', code: 'Digit1' });
    expect(heading().textContent).toBe('Audit');
  });

  it('lets arrow keys walk the section list', async () => {
    await renderOpenVault();
    navButton('People').focus();
    fireEvent.keyDown(navButton('People'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(navButton('Import'));
    fireEvent.keyDown(navButton('Import'), { key: 'ArrowUp' });
    fireEvent.keyDown(navButton('People'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(navButton('Audit'));
    fireEvent.click(navButton('Audit'));
    expect(heading().textContent).toBe('Audit');
  });

  it('shows the vault file and the operator in the top bar', async () => {
    await renderOpenVault();
    expect(screen.getByText('embassy.muster')).toBeTruthy();
    expect(screen.getByText('Operator:', { exact: false }).textContent).toBe('Operator: Ana Duarte');
  });

  it('shows schema version, people and journal state in the status bar', async () => {
    await renderOpenVault({ schemaVersion: 4, journalRecords: 0, counts: { people: 1250, auditEntries: 9 } });
    const status = screen.getByRole('contentinfo');
    expect(status.textContent).toContain('Schema version 4');
    expect(status.textContent).toContain(`${(1250).toLocaleString()} people`);
    expect(status.textContent).toContain('All changes saved');

    fake.handle('vault.info', () =>
      makeSummary({ schemaVersion: 4, journalRecords: 3, counts: { people: 1251, auditEntries: 10 } }),
    );
    fireEvent.click(navButton('Audit'));
    await waitFor(() => expect(status.textContent).toContain('3 changes journalled'));
  });

  it('locks with the Lock button and returns to the unlock screen of the same vault', async () => {
    await renderOpenVault();
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'Unlock vault' })).toBeTruthy();
    expect(fake.callsOf('vault.lock')).toHaveLength(1);
    expect(screen.getByText(VAULT_PATH)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
    expect(screen.queryByText(/Operator:/)).toBeNull();
  });

  it('stays open and says so when the vault cannot be locked', async () => {
    await renderOpenVault();
    fake.handle('vault.lock', () => {
      throw new Refusal('DISK_FULL');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The vault could not be locked. The disk is full. Free some space, then try again.',
    );
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeTruthy();
  });

  it('mentions a torn journal record that was skipped at unlock', async () => {
    await renderOpenVault({ recoveredTornJournal: true });
    expect(screen.getByText(/The last change before an interruption was incomplete/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/The last change before an interruption/)).toBeNull();
  });

  it('sets the idle lock time from the top bar', async () => {
    await renderOpenVault();
    const toggle = await screen.findByRole('button', { name: 'Idle timeout: 10 min' });
    fireEvent.click(toggle);
    const dialog = screen.getByRole('dialog', { name: 'Idle timeout settings' });
    const input = within(dialog).getByLabelText(
      'Lock after this many minutes without activity',
    ) as HTMLInputElement;
    expect(input.value).toBe('10');
    fireEvent.change(input, { target: { value: '0' } });
    expect((within(dialog).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Idle timeout: 5 min' })).toBeTruthy();
    expect(fake.callsOf('session.setIdleLock').map((c) => c.params)).toEqual([{ minutes: 5 }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the settings with Escape and gives focus back', async () => {
    await renderOpenVault();
    const toggle = await screen.findByRole('button', { name: 'Idle timeout: 10 min' });
    fireEvent.click(toggle);
    const input = screen.getByLabelText('Lock after this many minutes without activity');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(toggle);
    expect(fake.callsOf('session.setIdleLock')).toHaveLength(0);
  });
});
