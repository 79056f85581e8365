import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../shared/contract';
import type { ImportMapping } from '../../shared/imports';
import { ImportSection } from '../../renderer/src/sections/ImportSection';
import type { FakeMuster } from './fakeMuster';
import { deferred, installFakeMuster, Refusal, resetRenderer } from './fakeMuster';
import { IMPORT_PATH, makeBatch, makeCounts, makePreview } from './importFixtures';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
  fake.handle('shell.chooseImportFile', () => IMPORT_PATH);
  fake.handle('import.batches', () => []);
  fake.handle('import.templates', () => []);
  fake.handle('import.preview', ({ mapping }) => makePreview(mapping));
});
afterEach(resetRenderer);

/** Steps 1 and 2: choose the file, name the source, open the mapping. */
async function openMapping(source = 'Ministry registrations'): Promise<void> {
  render(<ImportSection />);
  fireEvent.click(await screen.findByRole('button', { name: 'Choose file…' }));
  await screen.findByText('registrations.csv');
  fireEvent.change(screen.getByLabelText('Source'), { target: { value: source } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue to column mapping' }));
  await screen.findByRole('heading', { name: 'Match the columns' });
}

function columnSelect(header: string): HTMLSelectElement {
  return screen.getByLabelText(header, { selector: 'select' });
}

function previewCalls(): ImportMapping[] {
  return fake
    .callsOf('import.preview')
    .map((c) => c.params.mapping)
    .filter((m): m is ImportMapping => m !== undefined);
}

describe('import wizard: file and mapping', () => {
  it('reads the chosen file with its source and shows every header with its suggestion', async () => {
    await openMapping();
    expect(fake.callsOf('import.preview')[0]?.params).toEqual({
      path: IMPORT_PATH,
      source: 'Ministry registrations',
    });
    expect(columnSelect('First name').value).toBe('given_names');
    expect(columnSelect('Notes').value).toBe('');
    const mobileRow = columnSelect('Mobile').closest('tr') as HTMLElement;
    expect(within(mobileRow).getByText('55% · check')).toBeTruthy();
    const firstRow = columnSelect('First name').closest('tr') as HTMLElement;
    expect(within(firstRow).getByText('95% match')).toBeTruthy();
    expect(screen.getByText('Inferred from the file: DMY.')).toBeTruthy();
    expect((screen.getByLabelText('Date order') as HTMLSelectElement).value).toBe('DMY');
  });

  it('suggests sources used before', async () => {
    fake.handle('import.batches', () => [makeBatch({ source: 'Employer roster: Acme' })]);
    render(<ImportSection />);
    const list = await waitFor(() => {
      const options = [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
      expect(options).toEqual(['Employer roster: Acme']);
      return options;
    });
    expect(list).toHaveLength(1);
  });

  it('says when the mapping comes from a template', async () => {
    fake.handle('import.preview', ({ mapping }) =>
      makePreview(mapping, { template: 'Ministry weekly export' }),
    );
    await openMapping();
    expect(screen.getByText(/Mapping from template “Ministry weekly export”/)).toBeTruthy();
  });

  it('previews the rows normalised, marks issues and rows that would be rejected', async () => {
    await openMapping();
    const table = screen.getByRole('table', { name: 'Preview of normalised rows' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    // Normalised value, with the original as it was in the file.
    expect(within(rows[0] as HTMLElement).getByText('MARIA')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('Maria')).toBeTruthy();
    const rejected = rows[2] as HTMLElement;
    expect(rejected.className).toContain('is-rejected');
    expect(within(rejected).getByText('Rejected: No given name and no valid date of birth')).toBeTruthy();
    expect(within(rejected).getByText('Not a date').closest('td')?.className).toContain('has-issue');
  });

  it('previews again with the edited mapping once the officer stops changing it', async () => {
    await openMapping();
    expect(previewCalls()).toHaveLength(0);
    fireEvent.change(columnSelect('Notes'), { target: { value: 'special_needs' } });
    fireEvent.change(columnSelect('Mobile'), { target: { value: 'phone_alt' } });
    await waitFor(() => expect(previewCalls()).toHaveLength(1));
    // Both edits travel in one call: the preview waits for the officer to pause.
    expect(previewCalls()[0]?.columns).toMatchObject({ Notes: 'special_needs', Mobile: 'phone_alt' });
    expect(previewCalls()[0]?.dateOrder).toBe('DMY');
    const table = screen.getByRole('table', { name: 'Preview of normalised rows' });
    await within(table).findByRole('columnheader', { name: 'Special needs' });
    expect(within(table).getByText('WHEELCHAIR')).toBeTruthy();
    expect(within(table).queryByRole('columnheader', { name: 'Phone' })).toBeNull();
    expect(within(table).getByRole('columnheader', { name: 'Other phone' })).toBeTruthy();
  });

  it('refuses a field that another column already fills', async () => {
    await openMapping();
    const option = [...columnSelect('Notes').options].find((o) => o.value === 'surname');
    expect(option?.disabled).toBe(true);
    expect(option?.textContent).toBe('Surname (from “Family name”)');
    fireEvent.change(columnSelect('Notes'), { target: { value: 'surname' } });
    expect(screen.getByRole('alert').textContent).toContain(
      'Surname already comes from the column “Family name”',
    );
    expect(columnSelect('Notes').value).toBe('');
    await new Promise((r) => setTimeout(r, 500));
    expect(previewCalls()).toHaveLength(0);
    // Freeing the field first makes it available.
    fireEvent.change(columnSelect('Family name'), { target: { value: '' } });
    fireEvent.change(columnSelect('Notes'), { target: { value: 'surname' } });
    expect(columnSelect('Notes').value).toBe('surname');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect(previewCalls().at(-1)?.columns).toMatchObject({ Notes: 'surname', 'Family name': null }),
    );
  });

  it('sends the date order and phone country, and holds back a malformed country', async () => {
    await openMapping();
    fireEvent.change(screen.getByLabelText('Date order'), { target: { value: 'MDY' } });
    fireEvent.change(screen.getByLabelText('Default phone country'), { target: { value: 'p' } });
    expect(screen.getByText(/Enter a two-letter country code/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import 3 rows' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Default phone country'), { target: { value: 'ph' } });
    await waitFor(() => expect(previewCalls()).toHaveLength(1));
    expect(previewCalls()[0]).toMatchObject({ dateOrder: 'MDY', country: 'PH' });
  });
});

describe('import wizard: running', () => {
  type RunResult = MethodResult<'import.run'>;

  it('shows progress with speed, time left and phase, and cancels with the request id', async () => {
    const run = deferred<RunResult>();
    fake.handle('import.run', () => run.promise);
    fake.handle('job.cancel', () => true);
    await openMapping();
    fireEvent.click(screen.getByRole('checkbox', { name: /Save this mapping as a template/ }));
    fireEvent.change(screen.getByLabelText('Template name'), { target: { value: 'Ministry weekly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await screen.findByRole('heading', { name: 'Importing' });

    const [started] = fake.callsOf('import.run');
    expect(started?.params).toMatchObject({
      path: IMPORT_PATH,
      source: 'Ministry registrations',
      saveTemplate: 'Ministry weekly',
      mapping: { columns: { 'First name': 'given_names', Notes: null }, dateOrder: 'DMY' },
    });
    const requestId = started?.options?.requestId;
    expect(requestId).toMatch(/^ui-/);

    act(() =>
      fake.emit('job.progress', {
        requestId: requestId!,
        method: 'import.run',
        phase: 'normalising',
        done: 12_000,
        total: 48_000,
        rate: 6_000,
        etaSeconds: 6,
      }),
    );
    expect(screen.getByText(/12,000 of 48,000 rows · 6,000 rows\/s · about 6 s left/)).toBeTruthy();
    expect(screen.getByText('· Normalising')).toBeTruthy();
    // Another job's progress is not this import's.
    act(() =>
      fake.emit('job.progress', {
        requestId: 'other',
        method: 'vault.save',
        phase: 'saving',
        done: 1,
        total: 2,
        rate: 1,
        etaSeconds: 1,
      }),
    );
    expect(screen.getByText(/12,000 of 48,000 rows/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await waitFor(() => expect(fake.callsOf('job.cancel')[0]?.params).toEqual({ requestId }));
    run.reject(new Refusal('CANCELLED', 'Cancelled.'));
    expect(await screen.findByText('Import cancelled. The vault is unchanged.')).toBeTruthy();
    // The mapping is kept for another try.
    fireEvent.click(screen.getByRole('button', { name: 'Back to column mapping' }));
    expect(columnSelect('First name').value).toBe('given_names');
  });

  it('returns to the mapping with the reason when an import fails', async () => {
    fake.handle('import.run', () => {
      throw new Refusal('DISK_FULL', 'disk full');
    });
    await openMapping();
    fireEvent.change(columnSelect('Notes'), { target: { value: 'special_needs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    expect(
      await screen.findByText(/The import failed and the vault is unchanged. The disk is full/),
    ).toBeTruthy();
    expect(columnSelect('Notes').value).toBe('special_needs');
  });

  it('shows the counts, lists rejected rows and exports them', async () => {
    fake.handle('import.run', () => ({
      batchId: 9,
      counts: makeCounts({
        read: 1200,
        imported: 1100,
        updated: 40,
        unchanged: 57,
        rejected: 3,
        geocoded: 1000,
        unplaced: 140,
      }),
    }));
    fake.handle('import.rejects', () => [
      { row: 4, reason: 'No name' },
      { row: 17, reason: 'Date of birth in the future' },
      { row: 903, reason: 'No name' },
    ]);
    fake.handle('shell.chooseRejectsPath', () => '/home/officer/out/registrations-rejected.csv');
    fake.handle('import.exportRejects', ({ path }) => ({ path, rows: 3 }));
    await openMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await screen.findByRole('heading', { name: 'Import result' });

    const count = (key: string): string | null | undefined =>
      document.querySelector(`[data-count="${key}"]`)?.textContent;
    expect(count('read')).toBe('1,200');
    expect(count('imported')).toBe('1,100');
    expect(count('updated')).toBe('40');
    expect(count('unchanged')).toBe('57');
    expect(count('rejected')).toBe('3');
    expect(count('geocoded')).toBe('1,000');
    expect(count('unplaced')).toBe('140');

    const rejects = await screen.findByRole('table', { name: 'Rejected rows and why' });
    expect(
      within(rejects)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['4No name', '17Date of birth in the future', '903No name']);
    expect(fake.callsOf('import.rejects')[0]?.params).toEqual({ batchId: 9, limit: 1000 });
    // The history is read again so the new batch appears.
    await waitFor(() => expect(fake.callsOf('import.batches')).toHaveLength(2));

    fireEvent.click(screen.getByRole('button', { name: 'Export rejected rows…' }));
    expect(await screen.findByText('3 rejected rows written to registrations-rejected.csv.')).toBeTruthy();
    expect(fake.callsOf('shell.chooseRejectsPath')[0]?.params).toEqual({
      suggestedName: 'registrations-rejected.csv',
    });
    expect(fake.callsOf('import.exportRejects')[0]?.params).toEqual({
      batchId: 9,
      path: '/home/officer/out/registrations-rejected.csv',
    });
  });

  it('writes nothing when the officer closes the save dialog', async () => {
    fake.handle('import.run', () => ({ batchId: 9, counts: makeCounts() }));
    fake.handle('import.rejects', () => [{ row: 4, reason: 'No name' }]);
    fake.handle('shell.chooseRejectsPath', () => null);
    fake.handle('import.exportRejects', ({ path }) => ({ path, rows: 1 }));
    await openMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export rejected rows…' }));
    await waitFor(() => expect(fake.callsOf('shell.chooseRejectsPath')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Export rejected rows…' })).toHaveProperty('disabled', false),
    );
    expect(fake.callsOf('import.exportRejects')).toHaveLength(0);
    expect(screen.queryByText(/written to/)).toBeNull();
  });
});

describe('import history', () => {
  it('undoes a batch only after confirmation', async () => {
    fake.handle('import.batches', () => [
      makeBatch({ id: 7 }),
      makeBatch({ id: 6, fileName: 'old.csv', undoneAt: '2025-03-01T12:00:00.000Z' }),
    ]);
    fake.handle('import.undo', ({ batchId }) =>
      makeBatch({ id: batchId, undoneAt: '2025-03-02T10:00:00.000Z' }),
    );
    render(<ImportSection />);
    const undo = await screen.findByRole('button', { name: 'Undo import #7 (registrations.csv)' });
    // An undone batch cannot be undone again.
    expect(screen.queryByRole('button', { name: /Undo import #6/ })).toBeNull();

    fireEvent.click(undo);
    let dialog = screen.getByRole('alertdialog', { name: 'Undo import #7?' });
    expect(within(dialog).getByText(/the 110 people it added are removed/)).toBeTruthy();
    // The safe answer has focus; Escape and "Keep it" leave the batch alone.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(undo);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Keep it' }));
    expect(fake.callsOf('import.undo')).toHaveLength(0);

    fireEvent.click(undo);
    dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo import' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.callsOf('import.undo').map((c) => c.params)).toEqual([{ batchId: 7 }]);
    expect(screen.queryByRole('button', { name: /Undo import #7/ })).toBeNull();
    expect(screen.getAllByText(/^Undone/)).toHaveLength(2);
  });

  it('says why an undo failed', async () => {
    fake.handle('import.batches', () => [makeBatch({ id: 7 })]);
    fake.handle('import.undo', () => {
      throw new Refusal('NOT_WRITABLE', 'not writable');
    });
    render(<ImportSection />);
    fireEvent.click(await screen.findByRole('button', { name: /Undo import #7/ }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Undo import' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Import #7 could not be undone.');
    expect(screen.getByRole('button', { name: /Undo import #7/ })).toBeTruthy();
  });
});
