import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddressBook } from '../../renderer/src/exports/AddressBook';
import { BulkStatusForm } from '../../renderer/src/exports/BulkStatusForm';
import { CheckInDesk } from '../../renderer/src/exports/CheckInDesk';
import { CrisisDashboard } from '../../renderer/src/exports/CrisisDashboard';
import { ExportForm } from '../../renderer/src/exports/ExportForm';
import { sealFromDraft } from '../../renderer/src/exports/sealDraft';
import { ExportsSection } from '../../renderer/src/sections/ExportsSection';
import { PROFILES } from '../../electron/engine/exports/profiles';
import { deferred, installFakeMuster, Refusal, resetRenderer, type FakeMuster } from './fakeMuster';
import { installExportsEngine, installRoster, makeDashboard, makeResult } from './exportsFixtures';
import { makeArea } from './map/mapFixtures';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
  installExportsEngine(fake);
});
afterEach(resetRenderer);

const PROFILE_LIST = [...PROFILES];

function renderForm(recipients: { name: string; note: string | null }[] = []): void {
  render(
    <ExportForm
      areas={[makeArea()]}
      profiles={PROFILE_LIST}
      recipients={recipients.map((r) => ({
        ...r,
        publicKey: 'age1abc',
        addedAt: '2025-03-01T10:00:00.000Z',
        addedBy: 'Ana Duarte',
      }))}
    />,
  );
}

function exportButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Choose file and export…' }) as HTMLButtonElement;
}

describe('sealing an export', () => {
  it('keeps a plain file behind a checkbox that says personal data leaves unencrypted', async () => {
    fake.handle('shell.chooseExportPath', () => '/home/officer/out/manifest.csv');
    fake.handle('export.manifest', () =>
      makeResult({ sealed: 'plain', path: '/home/officer/out/manifest.csv' }),
    );
    renderForm();
    fireEvent.click(screen.getByLabelText('Plain file, not encrypted'));
    const confirm = screen.getByLabelText(/personal data will leave this computer unencrypted/);
    expect(exportButton().disabled).toBe(true);
    fireEvent.click(exportButton());
    expect(fake.callsOf('shell.chooseExportPath')).toHaveLength(0);

    fireEvent.click(confirm);
    expect(exportButton().disabled).toBe(false);
    fireEvent.click(exportButton());
    await screen.findByRole('heading', { name: 'Export written' });
    expect(fake.callsOf('shell.chooseExportPath')[0]?.params).toMatchObject({ extension: 'csv' });
    expect(fake.callsOf('export.manifest')[0]?.params).toMatchObject({
      selection: { areaId: 1 },
      format: 'csv',
      path: '/home/officer/out/manifest.csv',
      seal: { mode: 'plain', confirmed: true },
    });
    expect(screen.getByText('Not encrypted (plain file)')).toBeTruthy();
  });

  it('says when the two passphrases differ, and exports nothing until they agree', async () => {
    fake.handle('shell.chooseExportPath', () => '/home/officer/out/manifest.csv');
    fake.handle('export.manifest', () => makeResult());
    renderForm();
    fireEvent.change(screen.getByLabelText('Export passphrase'), { target: { value: 'long enough one' } });
    fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: 'long enough two' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'The two passphrases differ: type the same one twice.',
    );
    fireEvent.click(exportButton());
    expect(fake.callsOf('shell.chooseExportPath')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: 'long enough one' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(exportButton());
    await screen.findByRole('heading', { name: 'Export written' });
    expect(fake.callsOf('export.manifest')[0]?.params.seal).toEqual({
      mode: 'passphrase',
      passphrase: 'long enough one',
    });
    expect(screen.getByText('ab'.repeat(32))).toBeTruthy();
    expect(screen.getByTestId('export-path').textContent).toBe(
      '/home/officer/out/manifest-port-district.csv.age',
    );
  });

  it('refuses a short passphrase and an empty recipient choice before asking for a file', () => {
    expect(sealFromDraft({ mode: 'passphrase', passphrase: 'short', confirm: 'short' }).problem).toMatch(
      /at least 8/,
    );
    expect(sealFromDraft({ mode: 'recipients', names: [] }).problem).toMatch(/at least one recipient/);
    expect(sealFromDraft({ mode: 'plain', confirmed: false }).seal).toBeNull();
  });

  it('seals to the recipients chosen from the address book', async () => {
    fake.handle('shell.chooseExportPath', () => '/home/officer/out/figures.csv');
    fake.handle('export.aggregate', () => makeResult({ sealed: 'recipients', suppressed: 7 }));
    renderForm([
      { name: 'IOM Beirut', note: 'duty officer' },
      { name: 'UNHCR', note: null },
    ]);
    fireEvent.click(screen.getByLabelText(/Aggregated figures/));
    fireEvent.click(screen.getByLabelText('Partners’ keys (address book)'));
    fireEvent.click(screen.getByLabelText(/IOM Beirut/));
    fireEvent.change(screen.getByLabelText('Smallest count shown'), { target: { value: '10' } });
    fireEvent.click(exportButton());
    await screen.findByRole('heading', { name: 'Export written' });
    expect(fake.callsOf('export.aggregate')[0]?.params).toEqual({
      format: 'csv',
      k: 10,
      profile: 'iom-aggregated',
      path: '/home/officer/out/figures.csv',
      seal: { mode: 'recipients', recipients: ['IOM Beirut'] },
    });
    expect(screen.getByText(/^7 \(too small/)).toBeTruthy();
  });
});

describe('partner profiles', () => {
  it('shows the purpose, the recipient and exactly the fields that will leave', () => {
    renderForm();
    const fields = screen.getByRole('list', { name: 'Fields that will leave' });
    expect(
      within(fields)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Group (household number)',
      'Surname',
      'Given names',
      'Date of birth',
      'Sex',
      'Nationality',
      'Passport number',
      'Passport expiry',
      'Phone',
      'Dependants',
      'Special needs',
      'Checked in',
    ]);
    expect(screen.getByText('Named: people can be identified')).toBeTruthy();
    expect(screen.getByText('Boarding and border control of an evacuation')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Partner profile'), { target: { value: 'civil-protection' } });
    expect(screen.getByText('Pseudonymous: no names, only references')).toBeTruthy();
    expect(screen.getByText('Host-country civil protection')).toBeTruthy();
    const pseudonymous = screen.getByRole('list', { name: 'Fields that will leave' });
    expect(within(pseudonymous).queryByText('Surname')).toBeNull();
    expect(within(pseudonymous).getByText('Reference (links back to the vault only)')).toBeTruthy();
  });

  it('warns when a contact profile keeps back the field its layout needs', () => {
    renderForm();
    fireEvent.click(screen.getByLabelText(/Contact list/));
    expect(screen.getByLabelText('Partner profile')).toHaveProperty('value', 'sms-gateway');
    fireEvent.change(screen.getByLabelText('Layout'), { target: { value: 'email' } });
    expect(screen.getByRole('alert').textContent).toMatch(/does not let e-mail addresses out/);
  });
});

describe('a long export', () => {
  it('shows progress and can be cancelled, writing nothing', async () => {
    const answer = deferred<never>();
    fake.handle('shell.chooseExportPath', () => '/home/officer/out/manifest.csv');
    fake.handle('export.manifest', () => answer.promise);
    fake.handle('job.cancel', () => {
      answer.reject(new Refusal('CANCELLED'));
      return true;
    });
    renderForm();
    fireEvent.click(screen.getByLabelText('Plain file, not encrypted'));
    fireEvent.click(screen.getByLabelText(/personal data will leave/));
    fireEvent.click(exportButton());
    await screen.findByText('Writing the evacuation manifest');
    const requestId = fake.callsOf('export.manifest')[0]!.options!.requestId!;
    act(() =>
      fake.emit('job.progress', {
        requestId,
        method: 'export.manifest',
        phase: 'writing',
        done: 1,
        total: 2,
        rate: 0,
        etaSeconds: null,
      }),
    );
    expect(screen.getByText('Writing')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    await screen.findByText('Export cancelled. No file was written.');
    expect(fake.callsOf('job.cancel')[0]?.params).toEqual({ requestId });
  });
});

describe('bulk status', () => {
  it('confirms with the number of people who will change, then shows what changed', async () => {
    fake.handle('status.set', () => ({ selected: 55, changed: 40, unchanged: 15 }));
    render(<BulkStatusForm areas={[makeArea()]} dashboard={makeDashboard()} onChanged={() => undefined} />);
    fireEvent.change(screen.getByLabelText('New status'), { target: { value: 'contacted' } });
    fireEvent.click(screen.getByLabelText('Only those currently'));
    fireEvent.change(screen.getByLabelText('Current status to change'), { target: { value: 'unknown' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set status…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('40 of the 55 people inside will become “Contacted”');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change 40 people' }));
    await screen.findByText('55 selected · 40 changed · 15 unchanged');
    expect(fake.callsOf('status.set')[0]?.params).toEqual({
      selection: { areaId: 1 },
      status: 'contacted',
      onlyFrom: ['unknown'],
    });
  });
});

describe('the dashboard', () => {
  it('shows every count as a number beside its bar', () => {
    render(<CrisisDashboard dashboard={makeDashboard()} error={null} onRefresh={() => undefined} />);
    const bars = screen.getByRole('list', { name: 'Everyone by status' });
    expect(within(bars).getByText('Needs assistance').parentElement?.textContent).toBe('Needs assistance6');
    expect(
      screen.getByRole('img', { name: 'Port district: 55 people. Unknown 40 · Contacted 10 · Safe 5' }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Elderly \(60 and over\): 10 people/ })).toBeTruthy();
  });

  it('opens in the Exports section, with its tabs reachable by arrows', async () => {
    render(<ExportsSection />);
    await screen.findByText('230');
    const tab = screen.getByRole('tab', { name: 'Dashboard' });
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Set status' }).getAttribute('aria-selected')).toBe('true');
    await screen.findByRole('form', { name: 'Bulk status update' });
  });
});

describe('the address book', () => {
  it('shows the engine’s sentence for a malformed key', async () => {
    fake.handle('addressBook.add', () => {
      throw new Refusal('INVALID_INPUT', 'This is not an age public key: it should start with "age1".');
    });
    render(<AddressBook entries={[]} loadError={null} onChanged={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'IOM Beirut' } });
    fireEvent.change(screen.getByLabelText('Public key'), { target: { value: 'ssh-rsa AAAA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add recipient' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The key was not added. This is not an age public key: it should start with "age1".',
    );
  });

  it('removes a recipient only after a confirmation', async () => {
    fake.handle('addressBook.remove', () => null);
    const entry = {
      name: 'IOM Beirut',
      publicKey: 'age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq',
      note: null,
      addedAt: '2025-03-01T10:00:00.000Z',
      addedBy: 'Ana Duarte',
    };
    render(<AddressBook entries={[entry]} loadError={null} onChanged={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove IOM Beirut' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsOf('addressBook.remove')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Remove IOM Beirut' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove recipient' }),
    );
    await screen.findByText('IOM Beirut was removed from the address book.');
    expect(fake.callsOf('addressBook.remove')[0]?.params).toEqual({ name: 'IOM Beirut' });
  });
});

describe('check-in', () => {
  it('boards the first match on Enter, counts it, and undoes the last mark', async () => {
    const statuses = installRoster(fake);
    render(<CheckInDesk selection={{ areaId: 1 }} />);
    await screen.findByText('SANTOS Maria');
    const search = screen.getByLabelText('Name or passport');
    fireEvent.change(search, { target: { value: 'santos' } });
    await screen.findByText(/^Enter boards SANTOS Maria \(group 2\)/);
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(statuses.get(1)).toBe('evacuated'));
    await waitFor(() =>
      expect(screen.getByText(/^Boarded/, { selector: 'p' }).textContent).toBe('Boarded 1 of 3, missing 2'),
    );
    // The same family next: Enter again boards Juan.
    await screen.findByText(/^Enter boards SANTOS Juan/);
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(statuses.get(2)).toBe('evacuated'));

    fireEvent.click(await screen.findByRole('button', { name: 'Undo: SANTOS Juan' }));
    await waitFor(() => expect(statuses.get(2)).toBe('unknown'));
    expect(fake.callsOf('status.set').at(-1)?.params).toEqual({
      selection: { personIds: [2] },
      status: 'unknown',
      onlyFrom: ['evacuated'],
    });
    await waitFor(() =>
      expect(screen.getByText(/^Boarded/, { selector: 'p' }).textContent).toBe('Boarded 1 of 3, missing 2'),
    );
  });

  it('hides the boarded on request; from an empty box, only a person picked with the arrows boards', async () => {
    const statuses = installRoster(fake);
    statuses.set(3, 'evacuated');
    render(<CheckInDesk selection={{ areaId: 1 }} />);
    await screen.findByText('HADDAD Rania');
    fireEvent.click(screen.getByLabelText('Show only those not yet boarded'));
    await waitFor(() => expect(screen.queryByText('HADDAD Rania')).toBeNull());
    const search = screen.getByLabelText('Name or passport');
    // An empty box boards nobody on Enter: only a person picked with the arrows.
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(fake.callsOf('status.set')).toHaveLength(0);
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    await screen.findByText(/^Enter boards SANTOS Maria/);
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    await screen.findByText(/^Enter boards SANTOS Juan/);
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(statuses.get(2)).toBe('evacuated'));
  });
});
