import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerProfile } from '../../shared/exports';
import { FIELD_CHOICES } from '../../electron/engine/exports/profileStore';
import { PROFILES } from '../../electron/engine/exports/profiles';
import { ExportForm } from '../../renderer/src/exports/ExportForm';
import { PartnerProfiles } from '../../renderer/src/exports/PartnerProfiles';
import { ProfileForm } from '../../renderer/src/exports/ProfileForm';
import { ExportsSection } from '../../renderer/src/sections/ExportsSection';
import { installFakeMuster, Refusal, resetRenderer, type FakeMuster } from './fakeMuster';
import { installExportsEngine } from './exportsFixtures';
import { makeArea } from './map/mapFixtures';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
  installExportsEngine(fake);
});
afterEach(resetRenderer);

const TRIPOLI: PartnerProfile = {
  name: 'Civil protection Tripoli',
  kind: 'manifest',
  purpose: 'Planning buses and assistance',
  recipient: 'Host-country civil protection, Tripoli',
  fields: ['group', 'age_band', 'sex', 'special_needs'],
  pseudonymous: true,
  isDefault: false,
  builtIn: false,
};

function fieldBoxes(): string[] {
  const list = screen.getByRole('list', { name: 'Fields that may leave' });
  return within(list)
    .getAllByRole('checkbox')
    .map((box) => box.parentElement!.textContent!);
}

describe('the partner profile form', () => {
  it('offers the fields the chosen kind can write, with the export form’s names', () => {
    render(<ProfileForm choices={FIELD_CHOICES} onSaved={() => undefined} />);
    expect(fieldBoxes()).toContain('Passport number');
    expect(fieldBoxes()).toContain('Group (household number)');
    fireEvent.change(screen.getByLabelText('Kind of export'), { target: { value: 'contacts' } });
    expect(fieldBoxes()).toEqual([
      'Reference (links back to the vault only)',
      'Name',
      'Phone',
      'Language',
      'Channel',
      'E-mail',
    ]);
    fireEvent.change(screen.getByLabelText('Kind of export'), { target: { value: 'aggregate' } });
    expect(fieldBoxes()).toEqual(['Crisis area', 'Nationality', 'Sex', 'Age band', 'Number of people']);
  });

  it('saves with the fields ticked, and forgets those the new kind cannot write', async () => {
    const saved: string[] = [];
    fake.handle('profile.save', (params) => ({ ...params, isDefault: false, builtIn: false }));
    render(<ProfileForm choices={FIELD_CHOICES} onSaved={(name) => saved.push(name)} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: TRIPOLI.name } });
    fireEvent.change(screen.getByLabelText('Purpose'), { target: { value: TRIPOLI.purpose } });
    fireEvent.change(screen.getByLabelText('Recipient'), { target: { value: TRIPOLI.recipient } });
    fireEvent.click(screen.getByLabelText('Passport number'));
    for (const label of ['Group (household number)', 'Age band', 'Sex', 'Special needs']) {
      fireEvent.click(screen.getByLabelText(label));
    }
    fireEvent.click(screen.getByLabelText('Passport number'));
    fireEvent.click(screen.getByLabelText('Pseudonymous: no names, only references'));
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(saved).toEqual([TRIPOLI.name]));
    expect(fake.callsOf('profile.save')[0]!.params).toEqual({
      name: TRIPOLI.name,
      kind: 'manifest',
      purpose: TRIPOLI.purpose,
      recipient: TRIPOLI.recipient,
      fields: ['group', 'age_band', 'sex', 'special_needs'],
      pseudonymous: true,
    });
    expect(screen.getByLabelText('Name')).toHaveProperty('value', '');

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Figures' } });
    fireEvent.change(screen.getByLabelText('Purpose'), { target: { value: 'Situation report' } });
    fireEvent.change(screen.getByLabelText('Recipient'), { target: { value: 'Donors' } });
    fireEvent.click(screen.getByLabelText('Sex'));
    fireEvent.click(screen.getByLabelText('Phone'));
    fireEvent.change(screen.getByLabelText('Kind of export'), { target: { value: 'aggregate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(fake.callsOf('profile.save')).toHaveLength(2));
    expect(fake.callsOf('profile.save')[1]!.params).toMatchObject({ kind: 'aggregate', fields: ['sex'] });
  });

  it('shows the engine’s sentence when a profile is refused', async () => {
    fake.handle('profile.save', () => {
      throw new Refusal('INVALID_INPUT', 'civil-protection is a built-in profile; choose another name.');
    });
    render(<ProfileForm choices={FIELD_CHOICES} onSaved={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'civil-protection' } });
    fireEvent.change(screen.getByLabelText('Purpose'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Recipient'), { target: { value: 'y' } });
    fireEvent.click(screen.getByLabelText('Sex'));
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The profile was not saved. civil-protection is a built-in profile; choose another name.',
    );
  });
});

describe('the profiles list', () => {
  it('lists profiles by kind and deletes the crisis cell’s own only after a confirmation', async () => {
    fake.handle('profile.delete', () => null);
    let changed = 0;
    render(
      <PartnerProfiles
        profiles={[...PROFILES, TRIPOLI]}
        choices={FIELD_CHOICES}
        loadError={null}
        onChanged={() => changed++}
      />,
    );
    const manifests = screen.getByRole('region', { name: 'Evacuation manifest' });
    expect(within(manifests).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Delete carrier-manifest' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Delete ${TRIPOLI.name}` }));
    expect(fake.callsOf('profile.delete')).toHaveLength(0);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete profile' }));
    await waitFor(() => expect(changed).toBe(1));
    expect(fake.callsOf('profile.delete')[0]!.params).toEqual({ name: TRIPOLI.name });
    expect(screen.getByRole('status').textContent).toBe(`The profile ${TRIPOLI.name} was deleted.`);
  });

  it('offers the crisis cell’s profiles in the export form', () => {
    render(<ExportForm areas={[makeArea()]} profiles={[...PROFILES, TRIPOLI]} recipients={[]} />);
    fireEvent.change(screen.getByLabelText('Partner profile'), { target: { value: TRIPOLI.name } });
    const fields = screen.getByRole('list', { name: 'Fields that will leave' });
    expect(
      within(fields)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Group (household number)', 'Age band', 'Sex', 'Special needs']);
  });

  it('is a tab of the Exports section', async () => {
    render(<ExportsSection />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Profiles' }));
    await screen.findByRole('form', { name: 'Create a partner profile' });
    expect(screen.getByRole('region', { name: 'Contact list' })).toBeTruthy();
  });
});
