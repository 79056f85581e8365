// Setting the crisis status of everyone a People search finds: the count and the criteria in the
// dialog, the search sent as the selection, Escape, and the extra confirmation when nothing narrows
// the search (everyone in the vault).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatusSetResult } from '../../shared/exports';
import { ExportsSection } from '../../renderer/src/sections/ExportsSection';
import { PeopleSection } from '../../renderer/src/sections/PeopleSection';
import { deferred, installFakeMuster, resetRenderer, type FakeMuster } from './fakeMuster';
import { installExportsEngine, makeResult } from './exportsFixtures';
import { personAt } from './peopleFixtures';

const EVERYONE = 1_000_000;
// Searches answer through timers and promises: on a loaded machine the first may take over a second.
const SLOW = { timeout: 5000 };
let fake: FakeMuster;

beforeEach(() => {
  fake = installFakeMuster();
  fake.handle('people.facets', () => ({ sources: [], cities: ['Beirut', 'Tripoli'], nationalities: [] }));
  fake.handle('people.search', ({ filters, query, offset = 0, limit = 100 }) => {
    const found = filters && Object.keys(filters).length > 0 ? 1_234 : query ? 7 : EVERYONE;
    return {
      total: found,
      tookMs: 3,
      rows: Array.from({ length: Math.max(0, Math.min(limit, found - offset)) }, (_, i) =>
        personAt(offset + i),
      ),
    };
  });
  fake.handle('status.set', () => ({ selected: 1_234, changed: 1_000, unchanged: 234 }));
});
afterEach(resetRenderer);

async function renderPeople(): Promise<void> {
  render(<PeopleSection count={EVERYONE} />);
  await screen.findByText('Surname0');
}

async function filterTripoli(): Promise<void> {
  await waitFor(() =>
    expect(within(screen.getByLabelText('City')).getByRole('option', { name: 'Tripoli' })).toBeTruthy(),
  );
  fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Tripoli' } });
  fireEvent.change(screen.getByLabelText('Special needs'), { target: { value: 'yes' } });
}

function dialog(): HTMLElement {
  return screen.getByRole('alertdialog');
}

describe('status of everyone a search finds', () => {
  it('names the count and the criteria, and sends the search as the selection', async () => {
    await renderPeople();
    await filterTripoli();
    const open = await screen.findByRole('button', { name: 'Set status of these 1,234 people…' }, SLOW);
    open.focus();
    fireEvent.click(open);

    expect(within(dialog()).getByRole('heading', { name: 'Set the status of 1,234 people' })).toBeTruthy();
    const criteria = within(dialog()).getByRole('list', { name: 'Search and filters' });
    expect(
      within(criteria)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['City: Tripoli', 'Special needs: yes']);
    // Focus starts on the first choice, the new status.
    expect(document.activeElement).toBe(within(dialog()).getByLabelText('New status'));

    fireEvent.change(within(dialog()).getByLabelText('New status'), { target: { value: 'safe' } });
    fireEvent.click(within(dialog()).getByLabelText('Only those currently'));
    fireEvent.change(within(dialog()).getByLabelText('Current status to change'), {
      target: { value: 'unknown' },
    });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Set status of 1,234 people' }));

    await screen.findByText('1,234 selected · 1,000 changed · 234 unchanged');
    expect(screen.getByText('Safe: 1,234 people in this search')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsOf('status.set').map((c) => c.params)).toEqual([
      {
        selection: { search: { filters: { city: 'Tripoli', specialNeeds: true } } },
        status: 'safe',
        onlyFrom: ['unknown'],
      },
    ]);
    expect(document.activeElement).toBe(open);
  });

  it('sends the query with the filters, as the table searched', async () => {
    await renderPeople();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '  Maria ' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Set status of these 7 people…' }, SLOW));
    expect(within(dialog()).getByText('Search: “Maria”')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Set status of 7 people' }));
    await waitFor(() =>
      expect(fake.callsOf('status.set')[0]?.params).toEqual({
        selection: { search: { query: 'Maria', filters: {} } },
        status: 'contacted',
      }),
    );
  });

  it('cancels with Escape, changing nothing, and gives focus back', async () => {
    await renderPeople();
    await filterTripoli();
    const open = await screen.findByRole('button', { name: 'Set status of these 1,234 people…' }, SLOW);
    open.focus();
    fireEvent.click(open);
    fireEvent.keyDown(within(dialog()).getByLabelText('New status'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(fake.callsOf('status.set')).toHaveLength(0);
  });

  it('asks one more confirmation naming the total when no search or filter narrows it', async () => {
    await renderPeople();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Set status of these 1,000,000 people…' }, SLOW),
    );
    expect(
      within(dialog()).getByText('No search and no filter: this is everyone in the vault.'),
    ).toBeTruthy();
    const confirm = within(dialog()).getByRole('button', {
      name: 'Set status of all 1,000,000 people',
    }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(fake.callsOf('status.set')).toHaveLength(0);

    fireEvent.click(
      within(dialog()).getByLabelText('Yes, change the status of all 1,000,000 people in the vault.'),
    );
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(fake.callsOf('status.set')[0]?.params).toEqual({
        selection: { search: { filters: {} } },
        status: 'contacted',
      }),
    );
  });

  it('keeps the dialog open with the reason when the change fails or finds nobody', async () => {
    const answer = deferred<StatusSetResult>();
    fake.handle('status.set', () => answer.promise);
    await renderPeople();
    await filterTripoli();
    fireEvent.click(await screen.findByRole('button', { name: 'Set status of these 1,234 people…' }, SLOW));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Set status of 1,234 people' }));
    answer.resolve({ selected: 0, changed: 0, unchanged: 0 });
    expect((await within(dialog()).findByRole('alert')).textContent).toBe(
      'Nobody matches this search any more: no status was changed.',
    );
  });

  it('offers nothing to act on when the search finds no one', async () => {
    fake.handle('people.search', () => ({ total: 0, tookMs: 1, rows: [] }));
    render(<PeopleSection count={5} />);
    await screen.findByText('No one matches this search.');
    expect(screen.queryByRole('button', { name: /^Set status of / })).toBeNull();
  });
});

describe('exporting everyone a search finds', () => {
  it('hands the search and its count to the export form', async () => {
    const onExportSearch = vi.fn();
    render(<PeopleSection count={EVERYONE} onExportSearch={onExportSearch} />);
    await screen.findByText('Surname0');
    await filterTripoli();
    fireEvent.click(await screen.findByRole('button', { name: 'Export these 1,234 people…' }, SLOW));
    expect(onExportSearch).toHaveBeenCalledWith({
      search: { filters: { city: 'Tripoli', specialNeeds: true } },
      total: 1_234,
    });
  });

  it('opens on the export form with the search chosen, and exports it as the selection', async () => {
    installExportsEngine(fake);
    fake.handle('shell.chooseExportPath', () => '/home/officer/out/manifest.csv');
    fake.handle('export.manifest', () => makeResult({ sealed: 'plain', people: 1_234 }));
    render(
      <ExportsSection search={{ search: { query: 'Maria', filters: { city: 'Tripoli' } }, total: 1_234 }} />,
    );
    const form = await screen.findByRole('form', { name: 'Export' }, SLOW);
    expect(screen.getByRole('tab', { name: 'Export a file' }).getAttribute('aria-selected')).toBe('true');
    const who = within(form).getByLabelText('People') as HTMLSelectElement;
    expect(who.selectedOptions[0]?.textContent).toBe('People search (1,234 people)');
    expect(within(form).getByRole('option', { name: 'Port district' })).toBeTruthy();
    expect(within(form).getByText('Everyone the search finds: Search: “Maria” · City: Tripoli')).toBeTruthy();

    fireEvent.click(within(form).getByLabelText('Plain file, not encrypted'));
    fireEvent.click(within(form).getByLabelText(/personal data will leave this computer unencrypted/));
    fireEvent.click(within(form).getByRole('button', { name: 'Choose file and export…' }));
    await screen.findByRole('heading', { name: 'Export written' });
    expect(fake.callsOf('shell.chooseExportPath')[0]?.params).toMatchObject({
      suggestedName: expect.stringMatching(/^manifest-people-search-\d{4}-\d{2}-\d{2}\.csv$/),
    });
    expect(fake.callsOf('export.manifest')[0]?.params).toMatchObject({
      selection: { search: { query: 'Maria', filters: { city: 'Tripoli' } } },
      seal: { mode: 'plain', confirmed: true },
    });
  });
});
