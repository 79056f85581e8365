// The columns of a person as the People table lists them.
import type { PersonRow } from '../../../shared/people';

export const PERSON_ROW_COLUMNS = `id, given_names, surname, date_of_birth, sex, nationality, passport_no, phone,
  email, city, special_needs, household_key, source, (lat IS NOT NULL AND lon IS NOT NULL) AS has_coordinates`;

export type PersonRowRecord = Omit<PersonRow, 'has_coordinates'> & { has_coordinates: number };

export function toPersonRow(r: PersonRowRecord): PersonRow {
  return { ...r, has_coordinates: r.has_coordinates === 1 };
}
