import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeopleFilters } from '../../shared/people';
import { PeopleSection } from '../../renderer/src/sections/PeopleSection';
import type { FakeMuster } from './fakeMuster';
import { installFakeMuster, Refusal, resetRenderer } from './fakeMuster';
import { makeDetail, personAt } from './peopleFixtures';

let fake: FakeMuster;
let total: number;
beforeEach(() => {
  fake = installFakeMuster();
  total = 1_000_000;
  fake.handle('people.facets', () => ({
    sources: ['Employer roster: Acme', 'Ministry registrations'],
    cities: ['Beirut', 'Tripoli'],
    nationalities: ['LB', 'PH'],
  }));
  fake.handle('people.search', ({ offset = 0, limit = 100 }) => ({
    total,
    tookMs: 12.4,
    rows: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
      personAt(offset + i),
    ),
  }));
  fake.handle('people.get', ({ id }) => makeDetail({ person: { ...makeDetail().person, id } }));
});
afterEach(resetRenderer);

function grid(): HTMLElement {
  return screen.getByRole('grid', { name: 'People' });
}

function bodyRows(): HTMLElement[] {
  return within(grid())
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1');
}

async function renderWorkspace(count = total): Promise<void> {
  render(<PeopleSection count={count} />);
  await screen.findByText('Surname0');
}

function searchParams(): { query?: string; filters?: PeopleFilters; offset?: number }[] {
  return fake.callsOf('people.search').map((c) => c.params);
}

describe('people table', () => {
  it('renders only the rows in view for a million people', async () => {
    await renderWorkspace();
    expect(grid().getAttribute('aria-rowcount')).toBe('1000001');
    expect(screen.getByText('1,000,000 people · found in 12 ms')).toBeTruthy();
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(searchParams()[0]).toEqual({ filters: {}, offset: 0, limit: 100 });
  });

  it('fetches the page under the scroll position, far down the list', async () => {
    await renderWorkspace();
    Object.defineProperty(grid(), 'scrollTop', { value: 7_500_000, writable: true, configurable: true });
    fireEvent.scroll(grid());
    await waitFor(() => expect(searchParams().some((p) => (p.offset ?? 0) > 400_000)).toBe(true));
    const offset = searchParams().find((p) => (p.offset ?? 0) > 400_000)?.offset ?? 0;
    expect(offset % 100).toBe(0);
    // The rows of that page replace the placeholders, each at its own position, and still only
    // a screenful is in the DOM.
    const loaded = await waitFor(() => {
      const row = bodyRows().find((r) => /Surname\d{6}/.test(r.textContent ?? ''));
      expect(row).toBeDefined();
      return row as HTMLElement;
    });
    const index = Number(/Surname(\d+)/.exec(loaded.textContent ?? '')?.[1]);
    expect(Number(loaded.getAttribute('aria-rowindex')) - 2).toBe(index);
    expect(Math.floor(index / 100) * 100).toBeGreaterThanOrEqual(offset);
    expect(bodyRows().length).toBeLessThan(60);
    // Pages in between were never asked for.
    expect(fake.callsOf('people.search').length).toBeLessThan(6);
  });

  it('renders names right to left when they are written so', async () => {
    fake.handle('people.search', () => ({
      total: 1,
      tookMs: 1,
      rows: [personAt(0, { given_names: 'محمد', surname: 'الحسيني' })],
    }));
    render(<PeopleSection count={1} />);
    const name = await screen.findByText('الحسيني');
    expect(name.getAttribute('dir')).toBe('auto');
    expect(screen.getByText('محمد').getAttribute('dir')).toBe('auto');
  });

  it('moves through rows with the keyboard and opens one with Enter', async () => {
    await renderWorkspace();
    fireEvent.focus(grid());
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    const active = document.getElementById(grid().getAttribute('aria-activedescendant') ?? '');
    expect(active?.getAttribute('aria-rowindex')).toBe('4');
    fireEvent.keyDown(grid(), { key: 'Enter' });
    await waitFor(() => expect(fake.callsOf('people.get')[0]?.params).toEqual({ id: 3 }));
  });
});

describe('people search and filters', () => {
  it('searches once typing pauses, not at every key', async () => {
    await renderWorkspace();
    const box = screen.getByLabelText('Search');
    fireEvent.change(box, { target: { value: 'h' } });
    fireEvent.change(box, { target: { value: 'hu' } });
    fireEvent.change(box, { target: { value: 'husseini' } });
    await waitFor(() => expect(searchParams().some((p) => p.query === 'husseini')).toBe(true));
    expect(
      searchParams()
        .filter((p) => p.query !== undefined)
        .map((p) => p.query),
    ).toEqual(['husseini']);
  });

  it('sends each filter with the search', async () => {
    await renderWorkspace();
    await waitFor(() =>
      expect(
        within(screen.getByLabelText('Source')).getByRole('option', { name: 'Ministry registrations' }),
      ).toBeTruthy(),
    );
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'Ministry registrations' } });
    await waitFor(() =>
      expect(searchParams().at(-1)).toEqual({
        filters: { source: 'Ministry registrations' },
        offset: 0,
        limit: 100,
      }),
    );
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'Tripoli' } });
    fireEvent.change(screen.getByLabelText('Nationality'), { target: { value: 'LB' } });
    fireEvent.change(screen.getByLabelText('Sex'), { target: { value: 'F' } });
    fireEvent.change(screen.getByLabelText('Age'), { target: { value: '60+' } });
    fireEvent.change(screen.getByLabelText('Special needs'), { target: { value: 'yes' } });
    fireEvent.change(screen.getByLabelText('On the map'), { target: { value: 'no' } });
    await waitFor(() =>
      expect(searchParams().at(-1)?.filters).toEqual({
        source: 'Ministry registrations',
        city: 'Tripoli',
        nationality: 'LB',
        sex: 'F',
        ageBand: '60+',
        specialNeeds: true,
        hasCoordinates: false,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters (7)' }));
    await waitFor(() => expect(searchParams().at(-1)?.filters).toEqual({}));
  });

  it('says when no one matches', async () => {
    await renderWorkspace();
    total = 0;
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'nobody' } });
    expect(await screen.findByText('No one matches this search.')).toBeTruthy();
    expect(screen.getByText('0 people · found in 12 ms')).toBeTruthy();
  });

  it('keeps the empty state of an empty vault, with a way to Import', () => {
    const onImport = vi.fn();
    render(<PeopleSection count={0} onImport={onImport} />);
    expect(
      screen.getByText('No people yet. Import a registration file or an employer roster to begin.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Import' }));
    expect(onImport).toHaveBeenCalledOnce();
    expect(fake.callsOf('people.search')).toHaveLength(0);
  });
});

describe('person detail', () => {
  async function openFirst(): Promise<HTMLElement> {
    await renderWorkspace();
    fireEvent.click(screen.getByText('Surname0'));
    const panel = screen.getByRole('complementary', { name: 'Person details' });
    await within(panel).findByRole('heading', { name: 'محمد الحسيني' });
    return panel;
  }

  it('shows fields, every source record, the history and the household', async () => {
    const panel = await openFirst();
    expect(fake.callsOf('people.get')[0]?.params).toEqual({ id: 1 });
    expect(within(panel).getByRole('heading', { name: 'محمد الحسيني' }).getAttribute('dir')).toBe('auto');
    expect(within(panel).getByText('RL1234567')).toBeTruthy();
    expect(within(panel).getByText(/Achrafieh, Beirut/)).toBeTruthy();

    const sources = within(panel).getByRole('region', { name: 'Source records' });
    expect(within(sources).getByText(/row 12 · import #3/)).toBeTruthy();
    expect(within(sources).getByText(/row 88 · import #4/)).toBeTruthy();
    expect(within(sources).getByText('registrations.csv')).toBeTruthy();
    expect(within(sources).getByText('El Husseini')).toBeTruthy();

    const history = within(panel).getByRole('region', { name: 'Change history' });
    expect(within(history).getByText('+9613000000')).toBeTruthy();
    expect(within(history).getByText('Ana Duarte')).toBeTruthy();

    const household = within(panel).getByRole('region', { name: 'Household' });
    // The person themself is not listed as their own household member.
    const members = within(household).getAllByRole('button');
    expect(members.map((b) => b.textContent)).toEqual(['Layla Husseini']);
    fireEvent.click(members[0] as HTMLElement);
    await waitFor(() => expect(fake.callsOf('people.get').at(-1)?.params).toEqual({ id: 42 }));
  });

  it('edits a field, sends only the change, and shows the saved record', async () => {
    fake.handle('people.update', ({ id, changes }) =>
      makeDetail({ person: { ...makeDetail().person, id, ...changes } }),
    );
    const panel = await openFirst();
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit' }));
    const form = within(panel).getByRole('form', { name: 'Edit person' });
    fireEvent.change(within(form).getByLabelText('City'), { target: { value: 'Tripoli' } });
    fireEvent.change(within(form).getByLabelText('Latitude'), { target: { value: '34.43' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(panel).findByText('Changes saved and recorded in the history.');
    expect(fake.callsOf('people.update')[0]?.params).toEqual({
      id: 1,
      changes: { city: 'Tripoli', lat: 34.43 },
    });
    expect(within(panel).getByText('Tripoli')).toBeTruthy();
    expect(within(panel).queryByRole('form')).toBeNull();
  });

  it('keeps the form open with the reason when a change is refused', async () => {
    fake.handle('people.update', () => {
      throw new Refusal('INVALID_INPUT', 'The passport number is not valid.');
    });
    const panel = await openFirst();
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit' }));
    const form = within(panel).getByRole('form', { name: 'Edit person' });
    // Checked before anything is sent.
    fireEvent.change(within(form).getByLabelText('Longitude'), { target: { value: '500' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByText('Enter a number from -180 to 180.')).toBeTruthy();
    expect(fake.callsOf('people.update')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Longitude'), { target: { value: '35.5' } });
    fireEvent.change(within(form).getByLabelText('Passport number'), { target: { value: '??' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'The changes were not saved. The passport number is not valid.',
    );
    expect(fake.callsOf('people.update')[0]?.params).toEqual({ id: 1, changes: { passport_no: '??' } });

    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).queryByRole('form')).toBeNull();
    expect(within(panel).getByText('RL1234567')).toBeTruthy();
  });
});
