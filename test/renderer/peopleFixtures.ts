// Canned People answers: a vault of any size whose rows are made up from their position, so a
// million people cost nothing to serve.
import type { PersonDetail, PersonRow } from '../../shared/people';

export function personAt(index: number, overrides: Partial<PersonRow> = {}): PersonRow {
  return {
    id: index + 1,
    given_names: `Given${index}`,
    surname: `Surname${index}`,
    date_of_birth: '1980-04-03',
    sex: index % 2 === 0 ? 'F' : 'M',
    nationality: 'PH',
    passport_no: `P${String(index).padStart(7, '0')}`,
    phone: '+639171234567',
    email: null,
    city: 'Beirut',
    special_needs: null,
    household_key: null,
    source: 'Ministry registrations',
    has_coordinates: true,
    ...overrides,
  };
}

export function makeDetail(overrides: Partial<PersonDetail> = {}): PersonDetail {
  return {
    person: {
      id: 1,
      given_names: 'محمد',
      surname: 'الحسيني',
      date_of_birth: '1975-12-31',
      sex: 'M',
      nationality: 'LB',
      passport_no: 'RL1234567',
      phone: '+9613123456',
      city: 'Beirut',
      lat: 33.89,
      lon: 35.5,
      household_key: 'H-17',
    },
    provenance: [
      {
        source: 'Ministry registrations',
        batchId: 3,
        fileName: 'registrations.csv',
        row: 12,
        sourceKey: 'REG-0012',
        original: { given_names: 'Mohamed', surname: 'El Husseini' },
      },
      {
        source: 'Employer roster: Acme',
        batchId: 4,
        fileName: 'acme.xlsx',
        row: 88,
        sourceKey: null,
        original: {},
      },
    ],
    history: [
      {
        at: '2025-03-02T10:00:00.000Z',
        operator: 'Ana Duarte',
        field: 'phone',
        before: '+9613000000',
        after: '+9613123456',
        batchId: null,
      },
    ],
    household: [
      personAt(0, { id: 1, given_names: 'محمد', surname: 'الحسيني', household_key: 'H-17' }),
      personAt(1, {
        id: 42,
        given_names: 'Layla',
        surname: 'Husseini',
        date_of_birth: '2010-06-01',
        household_key: 'H-17',
      }),
    ],
    geocode: { place: 'Achrafieh, Beirut', confidence: 0.9 },
    ...overrides,
  };
}
