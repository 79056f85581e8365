// The Exports section in Chromium over the loopback bridge, against the real engine: generated people
// are imported and put in two crisis areas, statuses are set in bulk, the dashboard shows the engine's
// counts, a manifest is exported sealed with a passphrase (an .age file on disk), a partner's key is
// added and a contact list sealed to it, a plain PDF waits for its confirmation, and a person is
// checked in at the desk by typing a passport number and pressing Enter, then undone; and from People,
// everyone a filter finds gets a status (the dashboard counts it) and is exported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrisisArea } from '../../shared/areas';
import type { RosterResult, StatusDashboard } from '../../shared/exports';
import type { PeoplePage } from '../../shared/people';
import { writeDataset } from '../../electron/engine/synthetic/generator/index';
import { screenshot } from './artifacts';
import { createFlowStep, engineCall, fillCreateVaultForm, importThroughWizard, shownCount } from './flow';
import { endSession, startSession, type E2eSession } from './session';

const PASSPHRASE = 'cedar harbour night 2291';
const EXPORT_PASSPHRASE = 'manifest for the carrier 7';
const PEOPLE = 250;
// Lebanon and, inside it, central Beirut: every generated person falls in the first.
const LEBANON = { kind: 'rectangle', west: 35.0, south: 33.0, east: 36.7, north: 34.75 } as const;
const BEIRUT = { kind: 'rectangle', west: 35.45, south: 33.82, east: 35.6, north: 33.94 } as const;

let session: E2eSession;
let page: Page;
let beirut: CrisisArea;

function sectionButton(name: string): Locator {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
}

function engine<T>(method: string, params: unknown): Promise<T> {
  return engineCall<T>(page, method, params);
}

function countOf(key: string): Promise<number> {
  return shownCount(page, key);
}

beforeAll(async () => {
  session = await startSession({
    name: 'exports',
    viewport: { width: 1360, height: 900 },
    prepare: (dir) => writeDataset({ people: PEOPLE, seed: 20251206 }, join(dir, 'incoming')),
  });
  page = session.page;
});

const flowStep = createFlowStep();

afterAll(() => endSession(session));

describe('crisis status, exports and check-in', () => {
  flowStep('creates a vault, imports registrations and marks two crisis areas', async () => {
    await page.goto(session.bridge.url);
    await fillCreateVaultForm(page, 'Nadia Rahal', PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await importThroughWizard(page, session.bridge, 'incoming/registrations.csv', 'Ministry registrations');
    await engine('area.create', { name: 'Lebanon', severity: 'watch', shape: LEBANON });
    beirut = await engine<CrisisArea>('area.create', {
      name: 'Central Beirut',
      severity: 'evacuate',
      shape: BEIRUT,
    });
    expect(
      (await engine<{ total: number }>('area.inside', { id: beirut.id, limit: 0 })).total,
    ).toBeGreaterThan(3);
  });

  flowStep('sets everyone in an area to contacted, after a confirmation with the count', async () => {
    await sectionButton('Exports').click();
    await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
    await page.getByRole('tab', { name: 'Set status' }).click();
    const form = page.getByRole('form', { name: 'Bulk status update' });
    await form.getByLabel('Crisis area').selectOption({ label: 'Lebanon' });
    await form.getByLabel('New status').selectOption('contacted');
    await form.getByRole('button', { name: 'Set status…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/ people inside will become “Contacted”\./).waitFor();
    await screenshot(page, '56-set-status-confirm.png');
    await dialog.getByRole('button', { name: /^Change [\d,]+ people$/ }).click();
    const result = page.getByRole('status').filter({ hasText: 'Lebanon: Contacted' });
    await result.waitFor();
    const dashboard = await engine<StatusDashboard>('status.dashboard', {});
    const inLebanon = dashboard.areas.find((a) => a.name === 'Lebanon')!.counts.contacted;
    expect(inLebanon).toBeGreaterThan(0);
    expect(await result.textContent()).toContain(`${inLebanon.toLocaleString('en-US')} changed`);

    // A few people in other states, as a crisis cell would have them after a night of calls.
    const people = await engine<PeoplePage>('people.search', { limit: 60 });
    const ids = people.rows.map((r) => r.id);
    await engine('status.set', { selection: { personIds: ids.slice(0, 25) }, status: 'safe' });
    await engine('status.set', { selection: { personIds: ids.slice(25, 35) }, status: 'needs_assistance' });
    await engine('status.set', { selection: { personIds: ids.slice(35, 40) }, status: 'missing' });
    await engine('status.set', { selection: { personIds: ids.slice(40, 48) }, status: 'evacuated' });
  });

  flowStep('shows the engine’s counts on the dashboard', async () => {
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    const dashboard = await engine<StatusDashboard>('status.dashboard', {});
    await expect.poll(() => countOf('safe')).toBe(dashboard.total.safe);
    expect(await countOf('contacted')).toBe(dashboard.total.contacted);
    expect(await countOf('missing')).toBe(dashboard.total.missing);
    expect(await countOf('everyone')).toBe(Object.values(dashboard.total).reduce((n, c) => n + c, 0));
    await page.getByRole('img', { name: /^Central Beirut: / }).waitFor();
    await page.getByRole('img', { name: /^Children \(under 18\): / }).waitFor();
    await screenshot(page, '50-exports-dashboard.png');
  });

  flowStep('exports a manifest sealed with a passphrase, after showing what will leave', async () => {
    await page.getByRole('tab', { name: 'Export a file' }).click();
    const form = page.getByRole('form', { name: 'Export' });
    await form.getByLabel('Evacuation manifest').check();
    await form.getByLabel('Crisis area').selectOption({ label: 'Central Beirut' });
    await form.getByLabel('Format').selectOption('csv');
    const fields = form.getByRole('list', { name: 'Fields that will leave' });
    await expect.poll(() => fields.getByRole('listitem').count()).toBe(12);
    await form.getByLabel('Export passphrase').fill(EXPORT_PASSPHRASE);
    await form.getByLabel('Type it again').fill('manifest for the carrier 8');
    await form.getByText('The two passphrases differ: type the same one twice.').waitFor();
    await form.getByLabel('Type it again').fill(EXPORT_PASSPHRASE);
    await screenshot(page, '51-exports-form.png');

    session.bridge.setNextExportPath('manifest-beirut.csv');
    await form.getByRole('button', { name: 'Choose file and export…' }).click();
    const result = page.getByRole('region', { name: 'Export written' });
    await result.waitFor({ timeout: 60_000 });
    const written = join(session.vaultDir, 'manifest-beirut.csv.age');
    expect(await result.getByTestId('export-path').textContent()).toBe(written);
    expect(existsSync(written)).toBe(true);
    expect(readFileSync(written).subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(existsSync(join(session.vaultDir, 'manifest-beirut.csv'))).toBe(false);
    await result.getByText('Encrypted with a passphrase (age)').waitFor();
    await result
      .locator('.fingerprint')
      .filter({ hasText: /^[0-9a-f]{64}$/ })
      .waitFor();
    await screenshot(page, '52-exports-result.png');
  });

  flowStep('adds a partner key, refusing a malformed one, and seals a contact list to it', async () => {
    const identity = await generateIdentity();
    await page.getByRole('tab', { name: 'Address book' }).click();
    const add = page.getByRole('form', { name: 'Add a recipient' });
    await add.getByLabel('Name').fill('IOM Beirut');
    await add.getByLabel('Public key').fill('age1notakey');
    await add.getByRole('button', { name: 'Add recipient' }).click();
    await add
      .getByRole('alert')
      .filter({ hasText: /^The key was not added\. / })
      .waitFor();
    await add.getByLabel('Public key').fill(await identityToRecipient(identity));
    await add.getByLabel('Note (optional)').fill('Protection desk, for the SMS alert');
    await add.getByRole('button', { name: 'Add recipient' }).click();
    await page.getByRole('cell', { name: 'IOM Beirut', exact: true }).waitFor();
    await screenshot(page, '54-address-book.png');

    await page.getByRole('tab', { name: 'Export a file' }).click();
    await page.getByRole('button', { name: 'New export' }).click();
    const form = page.getByRole('form', { name: 'Export' });
    await form.getByLabel('Contact list').check();
    await form.getByLabel('Crisis area').selectOption({ label: 'Central Beirut' });
    await form.getByLabel('Layout').selectOption('sms');
    await form.getByLabel('Partners’ keys (address book)').check();
    await form.getByLabel(/IOM Beirut/).check();
    session.bridge.setNextExportPath('contacts-beirut.csv');
    await form.getByRole('button', { name: 'Choose file and export…' }).click();
    const result = page.getByRole('region', { name: 'Export written' });
    await result.getByText('Encrypted to the partners’ keys (age)').waitFor({ timeout: 60_000 });
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    const text = await decrypter.decrypt(
      readFileSync(join(session.vaultDir, 'contacts-beirut.csv.age')),
      'text',
    );
    expect(text.split('\n')[0]).toMatch(/phone/i);
  });

  flowStep('writes a plain PDF manifest only after the unencrypted box is ticked', async () => {
    await page.getByRole('button', { name: 'New export' }).click();
    const form = page.getByRole('form', { name: 'Export' });
    await form.getByLabel('Evacuation manifest').check();
    await form.getByLabel('Crisis area').selectOption({ label: 'Central Beirut' });
    await form.getByLabel('Format').selectOption('pdf');
    await form.getByLabel('Plain file, not encrypted').check();
    const go = form.getByRole('button', { name: 'Choose file and export…' });
    expect(await go.isDisabled()).toBe(true);
    await form.getByLabel(/personal data will leave this computer unencrypted/).check();
    await screenshot(page, '55-exports-plain.png');
    session.bridge.setNextExportPath('manifest-beirut.pdf');
    await go.click();
    const result = page.getByRole('region', { name: 'Export written' });
    await result.getByText('Not encrypted (plain file)').waitFor({ timeout: 60_000 });
    expect(
      readFileSync(join(session.vaultDir, 'manifest-beirut.pdf')).subarray(0, 5).toString('latin1'),
    ).toBe('%PDF-');
  });

  flowStep('checks a person in by name with Enter, and undoes it', async () => {
    await page.getByRole('tab', { name: 'Check-in' }).click();
    await page.getByLabel('Who is boarding').selectOption({ label: 'Central Beirut' });
    const before = await engine<RosterResult>('status.roster', {
      selection: { areaId: beirut.id },
      notBoardedOnly: true,
      limit: 500,
    });
    const person = before.groups.flatMap((g) => g.members).find((p) => p.passport_no && p.surname)!;
    await expect.poll(() => countOf('checkin-boarded')).toBe(before.boarded);
    expect(await countOf('checkin-roster')).toBe(before.total);

    const search = page.getByLabel('Name or passport');
    await search.fill(person.passport_no!);
    await page.getByText(/^Enter boards /).waitFor();
    await search.press('Enter');
    await expect.poll(() => countOf('checkin-boarded')).toBe(before.boarded + 1);
    expect(await countOf('checkin-missing')).toBe(before.total - before.boarded - 1);
    const history = await engine<{ after: string }[]>('status.history', { personId: person.id });
    expect(history.at(-1)?.after).toBe('evacuated');
    await page.getByText('Everyone this search finds has boarded.').waitFor();
    // Escape clears the box: the whole roster again, the person just boarded marked as such.
    await search.press('Escape');
    await expect.poll(() => page.locator('.roster-household').count()).toBeGreaterThan(1);
    await screenshot(page, '53-checkin.png');

    await page.getByRole('button', { name: /^Undo: / }).click();
    await expect.poll(() => countOf('checkin-boarded')).toBe(before.boarded);
  });

  flowStep('sets the status of everyone a People filter finds, then exports them', async () => {
    const filters = { sex: 'F', ageBand: '60+' };
    const found = await engine<PeoplePage>('people.search', { filters, limit: 1 });
    const before = await engine<StatusDashboard>('status.dashboard', {});
    expect(found.total).toBeGreaterThan(1);
    await sectionButton('People').click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    // With no search and no filter, everyone: a box naming the total must be ticked first; Escape.
    const all = Object.values(before.total)
      .reduce((sum, c) => sum + c, 0)
      .toLocaleString('en-US');
    await page.getByRole('button', { name: `Set status of these ${all} people…` }).click();
    const wide = page.getByRole('alertdialog');
    await wide.getByText('No search and no filter: this is everyone in the vault.').waitFor();
    await wide.getByLabel(`Yes, change the status of all ${all} people in the vault.`).waitFor();
    expect(await wide.getByRole('button', { name: `Set status of all ${all} people` }).isDisabled()).toBe(
      true,
    );
    await screenshot(page, '57-people-set-status-everyone.png');
    await page.keyboard.press('Escape');
    await wide.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Set status of these/);
    await page.getByLabel('Sex').selectOption('F');
    await page.getByLabel('Age').selectOption('60+');
    const n = found.total.toLocaleString('en-US');
    await page.getByRole('button', { name: `Set status of these ${n} people…` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Set the status of ${n} people` });
    await dialog.getByLabel('New status').selectOption('missing');
    await screenshot(page, '58-people-set-status.png');
    await dialog.getByRole('button', { name: `Set status of ${n} people` }).click();
    const result = page.getByRole('status').filter({ hasText: `Missing: ${n} people in this search` });
    await result.waitFor();
    const after = await engine<StatusDashboard>('status.dashboard', {});
    const changed = after.total.missing - before.total.missing;
    expect(changed).toBeGreaterThan(0);
    expect(await result.textContent()).toContain(`${n} selected · ${changed} changed`);
    await screenshot(page, '59-people-status-result.png');

    await sectionButton('Exports').click();
    await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
    await expect.poll(() => countOf('missing')).toBe(after.total.missing);

    // The same search, exported: the form opens with it chosen.
    await sectionButton('People').click();
    await page.getByLabel('Sex').selectOption('F');
    await page.getByLabel('Age').selectOption('60+');
    await page.getByRole('button', { name: `Export these ${n} people…` }).click();
    const form = page.getByRole('form', { name: 'Export' });
    expect(await form.getByLabel('People').locator('option:checked').textContent()).toBe(
      `People search (${n} people)`,
    );
    await form.getByText('Everyone the search finds: Sex: Female · Age: 60 and over').waitFor();
    await screenshot(page, '60-export-people-search.png');
    await form.getByLabel('Plain file, not encrypted').check();
    await form.getByLabel(/personal data will leave this computer unencrypted/).check();
    session.bridge.setNextExportPath('manifest-search.csv');
    await form.getByRole('button', { name: 'Choose file and export…' }).click();
    await page.getByRole('region', { name: 'Export written' }).waitFor({ timeout: 60_000 });
    const lines = readFileSync(join(session.vaultDir, 'manifest-search.csv'), 'utf8').trim().split('\n');
    expect(lines.length - 1).toBe(found.total);
  });

  it('kept every request on the bridge and logged no console error', () => {
    expect(session.record.foreignRequests).toEqual([]);
    expect(session.record.failedResponses).toEqual([]);
    expect(session.record.consoleErrors).toEqual([]);
    expect(session.record.pageErrors).toEqual([]);
  });
});
