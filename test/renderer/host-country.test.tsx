// The import wizard's default phone country: prefilled from the vault's host country, and
// remembered as the host country when the officer asks.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSection } from '../../renderer/src/sections/ImportSection';
import type { FakeMuster } from './fakeMuster';
import { deferred, installFakeMuster, Refusal, resetRenderer } from './fakeMuster';
import { IMPORT_PATH, makePreview } from './importFixtures';

let fake: FakeMuster;
let hostCountry: string | null;
beforeEach(() => {
  fake = installFakeMuster();
  hostCountry = null;
  fake.handle('shell.chooseImportFile', () => IMPORT_PATH);
  fake.handle('import.batches', () => []);
  fake.handle('import.templates', () => []);
  fake.handle('import.preview', ({ mapping }) => makePreview(mapping));
  fake.handle('settings.get', () => ({ hostCountry }));
  fake.handle('settings.setHostCountry', ({ country }) => {
    hostCountry = country.toUpperCase();
    return { hostCountry };
  });
  fake.handle('import.run', () => deferred<never>().promise);
});
afterEach(resetRenderer);

async function openMapping(): Promise<void> {
  render(<ImportSection />);
  fireEvent.click(await screen.findByRole('button', { name: 'Choose file…' }));
  await screen.findByText('registrations.csv');
  fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'Ministry registrations' } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue to column mapping' }));
  await screen.findByRole('heading', { name: 'Match the columns' });
}

const countryField = () => screen.getByLabelText('Default phone country') as HTMLInputElement;
const rememberBox = () => screen.queryByRole('checkbox', { name: 'Remember as this vault’s host country' });

describe('import wizard: host country', () => {
  it('prefills the default phone country with the host country the preview filled in', async () => {
    hostCountry = 'LB';
    // As the engine answers: the host country fills a mapping that names none.
    fake.handle('import.preview', ({ mapping }) =>
      makePreview(mapping, { mapping: { ...(mapping ?? makePreview().mapping), country: 'LB' } }),
    );
    await openMapping();
    await waitFor(() => expect(screen.getByText(/This vault’s host country/)).toBeTruthy());
    expect(countryField().value).toBe('LB');
    expect(rememberBox()).toBeNull();
  });

  it('prefills the host country when the preview brings a mapping without one', async () => {
    hostCountry = 'LB';
    await openMapping();
    await waitFor(() => expect(countryField().value).toBe('LB'));
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await waitFor(() => expect(fake.callsOf('import.run')).toHaveLength(1));
    expect(fake.callsOf('import.run')[0]?.params.mapping).toMatchObject({ country: 'LB' });
    expect(fake.callsOf('settings.setHostCountry')).toHaveLength(0);
  });

  it('leaves the field as the officer cleared it', async () => {
    hostCountry = 'LB';
    await openMapping();
    await waitFor(() => expect(countryField().value).toBe('LB'));
    fireEvent.change(countryField(), { target: { value: '' } });
    // Past the preview's debounce, when any late prefill would have happened.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(countryField().value).toBe('');
    expect(screen.queryByText(/This vault’s host country/)).toBeNull();
  });

  it('remembers the country the officer typed as the host country, before the import starts', async () => {
    await openMapping();
    await waitFor(() => expect(fake.callsOf('settings.get')).toHaveLength(1));
    expect(countryField().value).toBe('');
    expect(rememberBox()).toBeNull();
    fireEvent.change(countryField(), { target: { value: 'ph' } });
    fireEvent.click(rememberBox() as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await screen.findByRole('heading', { name: 'Importing' });
    expect(fake.callsOf('settings.setHostCountry')[0]?.params).toEqual({ country: 'PH' });
    const order = fake.calls.map((c) => c.method);
    expect(order.indexOf('settings.setHostCountry')).toBeLessThan(order.indexOf('import.run'));
    expect(fake.callsOf('import.run')[0]?.params.mapping).toMatchObject({ country: 'PH' });
  });

  it('does not change the host country unless asked', async () => {
    hostCountry = 'LB';
    await openMapping();
    await waitFor(() => expect(countryField().value).toBe('LB'));
    fireEvent.change(countryField(), { target: { value: 'PH' } });
    expect(rememberBox()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await screen.findByRole('heading', { name: 'Importing' });
    expect(fake.callsOf('settings.setHostCountry')).toHaveLength(0);
  });

  it('does not start the import when the host country cannot be saved', async () => {
    fake.handle('settings.setHostCountry', () => {
      throw new Refusal('INVALID_INPUT', 'This is not an ISO 3166-1 country code.');
    });
    await openMapping();
    await waitFor(() => expect(fake.callsOf('settings.get')).toHaveLength(1));
    fireEvent.change(countryField(), { target: { value: 'XX' } });
    fireEvent.click(rememberBox() as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    expect((await screen.findByText(/The host country was not saved/)).textContent).toContain(
      'not an ISO 3166-1 country code',
    );
    expect(fake.callsOf('import.run')).toHaveLength(0);
  });
});
