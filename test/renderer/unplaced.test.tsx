// The unplaced people of the People section, and placing one by hand from the detail panel.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonDetail, PersonRow } from '../../shared/people';
import { PeopleSection } from '../../renderer/src/sections/PeopleSection';
import type { FakeMuster } from './fakeMuster';
import { installFakeMuster, Refusal, resetRenderer } from './fakeMuster';
import { makeDetail, personAt } from './peopleFixtures';

let fake: FakeMuster;
/** People still without a point, by id; placing one removes it. */
let unplaced: PersonRow[];

function unplacedDetail(id: number): PersonDetail {
  const base = makeDetail();
  return {
    ...base,
    person: { ...base.person, id, lat: null, lon: null, geocode_place: null, geocode_confidence: null },
    geocode: null,
  };
}

beforeEach(() => {
  fake = installFakeMuster();
  unplaced = Array.from({ length: 120 }, (_, i) =>
    personAt(1000 + i, { has_coordinates: false, city: i === 0 ? null : 'Zahle' }),
  );
  fake.handle('people.facets', () => ({ sources: [], cities: [], nationalities: [] }));
  fake.handle('people.search', ({ offset = 0, limit = 100 }) => ({
    total: 500,
    tookMs: 3,
    rows: Array.from({ length: Math.min(limit, 500 - offset) }, (_, i) => personAt(offset + i)),
  }));
  fake.handle('people.unplaced', ({ offset = 0, limit = 100 }) => ({
    total: unplaced.length,
    rows: unplaced.slice(offset, offset + limit),
  }));
  fake.handle('people.unplacedTowns', () =>
    unplaced.some((p) => p.city === 'Zahle')
      ? [{ country: 'LB', key: 'zhl', count: 119, spellings: [{ city: 'Zahle', count: 119 }] }]
      : [],
  );
  fake.handle('people.placeTown', () => {
    const placed = unplaced.filter((p) => p.city === 'Zahle').length;
    unplaced = unplaced.filter((p) => p.city !== 'Zahle');
    return { placed };
  });
  fake.handle('people.get', ({ id }) =>
    unplaced.some((p) => p.id === id)
      ? unplacedDetail(id)
      : makeDetail({ person: { ...makeDetail().person, id } }),
  );
  fake.handle('people.place', ({ id, lat, lon }) => {
    unplaced = unplaced.filter((p) => p.id !== id);
    const detail = unplacedDetail(id);
    return {
      ...detail,
      person: { ...detail.person, lat, lon, geocode_place: 'placed by hand' },
    };
  });
});
afterEach(resetRenderer);

async function openUnplaced(): Promise<void> {
  render(<PeopleSection count={500} />);
  await screen.findByText('Surname0');
  fireEvent.click(await screen.findByRole('button', { name: 'Unplaced (120)' }));
  await screen.findByRole('region', { name: 'Unplaced people' });
}

async function openPerson(name: string): Promise<HTMLElement> {
  const list = screen.getByRole('region', { name: 'Unplaced people' });
  fireEvent.click(within(list).getByRole('button', { name }));
  const panel = screen.getByRole('complementary', { name: 'Person details' });
  await within(panel).findByRole('heading', { name: 'محمد الحسيني' });
  return panel;
}

describe('unplaced towns', () => {
  it('places everyone of a town at one point, checks the point first, and lists what is left', async () => {
    await openUnplaced();
    const towns = await screen.findByRole('region', { name: 'Unplaced towns' });
    expect(within(towns).getByText('Zahle')).toBeTruthy();
    fireEvent.click(within(towns).getByRole('button', { name: 'Place everyone here…' }));
    const form = within(towns).getByRole('form', { name: 'Point for Zahle' });
    fireEvent.change(within(form).getByLabelText('Latitude'), { target: { value: '95' } });
    fireEvent.change(within(form).getByLabelText('Longitude'), { target: { value: '35.9' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Place 119 people' }));
    expect(await within(form).findByText(/from -90 to 90/)).toBeTruthy();
    expect(fake.callsOf('people.placeTown')).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText('Latitude'), { target: { value: '33.85' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Place 119 people' }));
    await screen.findByRole('button', { name: 'Unplaced (1)' }, { timeout: 5000 });
    expect(fake.callsOf('people.placeTown')[0]?.params).toEqual({
      country: 'LB',
      key: 'zhl',
      lat: 33.85,
      lon: 35.9,
    });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Unplaced towns' })).toBeNull());
  }, 20_000);
});

describe('unplaced people', () => {
  it('counts them on the button and lists them a page at a time', async () => {
    await openUnplaced();
    expect(screen.getByRole('button', { name: 'Unplaced (120)' }).getAttribute('aria-pressed')).toBe('true');
    const list = screen.getByRole('region', { name: 'Unplaced people' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getByText(/no city/)).toBeTruthy();
    expect(within(list).getByText('1–50 of 120')).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: 'Next' }));
    await within(list).findByRole('button', { name: 'Given1050 Surname1050' });
    expect(fake.callsOf('people.unplaced').at(-1)?.params).toEqual({ offset: 50, limit: 50 });
    // The table of everyone comes back with the button.
    fireEvent.click(screen.getByRole('button', { name: 'Unplaced (120)' }));
    expect(screen.queryByRole('region', { name: 'Unplaced people' })).toBeNull();
    expect(screen.getByRole('grid', { name: 'People' })).toBeTruthy();
  });

  it('says so when everyone has a point', async () => {
    unplaced = [];
    render(<PeopleSection count={500} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unplaced (0)' }));
    expect(await screen.findByText('Everyone has a point.')).toBeTruthy();
  });
});

describe('place on map', () => {
  it('places a person by hand, then the list and the count follow', async () => {
    await openUnplaced();
    const panel = await openPerson('Given1000 Surname1000');
    const form = within(panel).getByRole('form', { name: 'Place on map' });
    expect(within(panel).getByText(/no map to click on yet/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Latitude'), { target: { value: '33,8463' } });
    fireEvent.change(within(form).getByLabelText('Longitude'), { target: { value: '35.9020' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the point' }));

    await within(panel).findByText('Point saved and recorded in the history.');
    expect(fake.callsOf('people.place')[0]?.params).toEqual({ id: 1001, lat: 33.8463, lon: 35.902 });
    expect(within(panel).queryByRole('form', { name: 'Place on map' })).toBeNull();
    expect(within(panel).getByText('By hand, by an officer')).toBeTruthy();
    await screen.findByRole('button', { name: 'Unplaced (119)' });
    const list = screen.getByRole('region', { name: 'Unplaced people' });
    expect(within(list).queryByRole('button', { name: 'Given1000 Surname1000' })).toBeNull();
  });

  it('checks the point before sending it', async () => {
    await openUnplaced();
    const panel = await openPerson('Given1000 Surname1000');
    const form = within(panel).getByRole('form', { name: 'Place on map' });
    fireEvent.change(within(form).getByLabelText('Latitude'), { target: { value: '95' } });
    fireEvent.change(within(form).getByLabelText('Longitude'), { target: { value: 'east' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the point' }));
    expect(within(form).getByText(/Latitude in decimal degrees, from -90 to 90/)).toBeTruthy();
    expect(within(form).getByText(/Longitude in decimal degrees, from -180 to 180/)).toBeTruthy();
    expect(within(form).getByLabelText('Latitude').getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsOf('people.place')).toHaveLength(0);
  });

  it('keeps the form with the reason when the engine refuses', async () => {
    fake.handle('people.place', () => {
      throw new Refusal('LOCKED', 'The vault is locked; unlock it first.');
    });
    await openUnplaced();
    const panel = await openPerson('Given1000 Surname1000');
    const form = within(panel).getByRole('form', { name: 'Place on map' });
    fireEvent.change(within(form).getByLabelText('Latitude'), { target: { value: '33.8' } });
    fireEvent.change(within(form).getByLabelText('Longitude'), { target: { value: '35.9' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the point' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toMatch(/^The point was not saved\./);
    expect(within(form).getByRole('button', { name: 'Save the point' })).toBeTruthy();
  });

  it('offers no placement for a person who already has a point', async () => {
    render(<PeopleSection count={500} />);
    fireEvent.click(await screen.findByText('Surname0'));
    const panel = screen.getByRole('complementary', { name: 'Person details' });
    await within(panel).findByRole('heading', { name: 'محمد الحسيني' });
    expect(within(panel).queryByRole('form', { name: 'Place on map' })).toBeNull();
    await waitFor(() => expect(fake.callsOf('people.unplaced').length).toBeGreaterThan(0));
  });
});
